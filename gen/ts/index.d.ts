import type { Client, ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** The error body of every non-2xx answer: google.rpc.Status as JSON. */
export type Status = components["schemas"]["rpcStatus"];

export interface WxgateClientOptions extends ClientOptions {
  /** The gateway's HTTP address, e.g. "http://127.0.0.1:8080". */
  baseUrl: string;
  /**
   * The caller's key (made by `gateway keys new`, configured under the gateway's
   * callers:), sent as "Authorization: Bearer <key>" on every request. Without it, a
   * gateway with caller authentication on answers 401.
   */
  key?: string;
  /** The configured WeChat account to act for (x-wxgate-account); default: the gateway's. */
  account?: string;
}

/** A typed client of every REST path of wxgate (openapi-fetch: GET, POST, PUT, ...). */
export declare function createClient(options: WxgateClientOptions): Client<paths>;
