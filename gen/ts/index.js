// @wxgate/client: a typed fetch client for wxgate's REST surface. The types
// (schema.d.ts) are generated from gen/openapiv2 by `make generate-ts`; the requests
// are openapi-fetch's. This file and index.d.ts are written by hand.
import createFetchClient from "openapi-fetch";

/**
 * A client for the gateway at options.baseUrl (e.g. "http://127.0.0.1:8080").
 * options.key, when set, is sent as "Authorization: Bearer <key>" and options.account
 * as x-wxgate-account on every request (over any of the same name in
 * options.headers); the other options are openapi-fetch's (headers, fetch, ...).
 */
export function createClient({ account, key, headers, ...options }) {
  const ours = {};
  if (key) ours.Authorization = `Bearer ${key}`;
  if (account) ours["x-wxgate-account"] = account;
  return createFetchClient({ ...options, headers: withHeaders(headers, ours) });
}

function withHeaders(headers, ours) {
  if (Object.keys(ours).length === 0) return headers;
  if (headers instanceof Headers || Array.isArray(headers)) {
    const h = new Headers(headers);
    for (const [name, value] of Object.entries(ours)) h.set(name, value);
    return h;
  }
  // openapi-fetch merges names case-insensitively, the later winning: ours come last.
  return { ...headers, ...ours };
}
