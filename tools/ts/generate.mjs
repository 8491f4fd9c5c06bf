// make generate-ts: gen/ts/schema.d.ts, the types of the REST surface, from the
// OpenAPI v2 spec (gen/openapiv2/wxgate.swagger.json): converted to OpenAPI 3.0 by
// swagger2openapi, then typed by openapi-typescript. Deterministic: no dates, no paths.
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import converter from "swagger2openapi";

const root = new URL("../../", import.meta.url);
const v2 = JSON.parse(await readFile(new URL("gen/openapiv2/wxgate.swagger.json", root), "utf8"));
const { openapi } = await converter.convertObj(v2, { patch: true, warnOnly: false });
const ast = await openapiTS(openapi, { alphabetize: true, immutable: false });
await writeFile(new URL("gen/ts/schema.d.ts", root), COMMENT_HEADER + astToString(ast));
