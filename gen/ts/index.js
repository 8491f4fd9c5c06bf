// @wxgate/client: a typed fetch client for wxgate's REST surface. The types
// (schema.d.ts) are generated from gen/openapiv2 by `make generate-ts`; the requests
// are openapi-fetch's. This file and index.d.ts are written by hand.
import createFetchClient from "openapi-fetch";

/**
 * A client for the gateway at options.baseUrl (e.g. "http://127.0.0.1:8080").
 * options.account, when set, is sent as x-wxgate-account on every request; the other
 * options are openapi-fetch's (headers, fetch, ...).
 */
export function createClient({ account, headers, ...options }) {
  return createFetchClient({ ...options, headers: withAccount(headers, account) });
}

function withAccount(headers, account) {
  if (!account) return headers;
  if (headers instanceof Headers || Array.isArray(headers)) {
    const h = new Headers(headers);
    h.set("x-wxgate-account", account);
    return h;
  }
  return { ...headers, "x-wxgate-account": account };
}
