// Package wxgate holds the API assets generated from proto/ that the gateway serves.
package wxgate

import (
	"embed"
	"io/fs"
	"path"
)

// OpenAPI is the generated OpenAPI (Swagger 2.0) spec of the REST surface, served at
// /openapi.json.
//
//go:embed gen/openapiv2/wxgate.swagger.json
var OpenAPI []byte

//go:embed gen/swagger-ui web/docs
var docs embed.FS

// Docs are the API explorer's files, served at /docs/, by name: Swagger UI's
// assets (gen/swagger-ui, copied from the pinned swagger-ui-dist by make
// generate-docs) and the page that opens them on /openapi.json (web/docs).
var Docs = func() map[string][]byte {
	files := map[string][]byte{}
	for _, dir := range []string{"web/docs", "gen/swagger-ui"} {
		entries, err := fs.ReadDir(docs, dir)
		if err != nil {
			panic(err)
		}
		for _, e := range entries {
			if _, dup := files[e.Name()]; dup {
				panic("wxgate: two explorer files named " + e.Name())
			}
			files[e.Name()], err = docs.ReadFile(path.Join(dir, e.Name()))
			if err != nil {
				panic(err)
			}
		}
	}
	return files
}()
