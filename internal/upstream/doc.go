// Package upstream is wxgate's client for the WeChat Official Account HTTP API.
//
// One Client serves one account. It is the only place that holds the account's
// AppSecret and access_token: it fetches and caches the token (one fetch at a time,
// refreshed before it expires), attaches it to every call, spends the account's
// per-API budget through a ratelimit.Limiter before WeChat is called, retries what
// is safe to retry, and turns WeChat's errcodes into errors that carry their gRPC
// status (see Error).
//
// Services describe a call with an API value and plain Go structs for WeChat's JSON;
// they never build URLs, see tokens or parse errcodes. This package knows nothing of
// the gateway's protobuf messages.
package upstream
