// The gateway's API explorer (/docs/): Swagger UI on the gateway's own spec. The
// spec is ../openapi.json, relative to this page, so the explorer works behind a
// path prefix too. Nothing comes from anywhere else (the page's
// Content-Security-Policy allows the gateway alone): no validator badge, no spec
// or configuration named in the page's URL. The key entered under "Authorize" is
// sent as "Authorization: Bearer <key>" with each call tried and is kept by the
// page only while it is open.
window.ui = SwaggerUIBundle({
  url: new URL("../openapi.json", document.baseURI).href,
  dom_id: "#swagger-ui",
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  deepLinking: true,
  validatorUrl: null,
  queryConfigEnabled: false,
  persistAuthorization: false,
  displayRequestDuration: true,
  showExtensions: false,
});
