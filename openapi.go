// Package wxgate holds the API assets generated from proto/ that the gateway serves.
package wxgate

import _ "embed"

// OpenAPI is the generated OpenAPI (Swagger 2.0) spec of the REST surface, served at
// /openapi.json.
//
//go:embed gen/openapiv2/wxgate.swagger.json
var OpenAPI []byte
