// @wxgate/client (gen/ts, installed from the package) against a sandbox gateway over
// REST, with caller authentication on: typed calls across services, error bodies, the
// account header, the caller key.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { createClient, type Status } from "@wxgate/client";
import { main } from "./first-call.js";

const root = new URL("../../../", import.meta.url); // from interop/ts/dist/
let gateway: ChildProcess;
let baseUrl = "";
let tmp = "";
let key = ""; // the interop caller's key: sent as "Authorization: Bearer <key>"

before(async () => {
  const bin = process.env.WXGATE_GATEWAY ?? new URL("bin/gateway", root).pathname;
  // One caller, "interop", with a key that `gateway keys new` writes to a file.
  tmp = await mkdtemp(join(tmpdir(), "wxgate-interop-ts-"));
  const keyFile = join(tmp, "interop.key");
  execFileSync(bin, ["keys", "new", "--caller", "interop", "--key-file", keyFile], { stdio: ["ignore", "ignore", "inherit"] });
  key = (await readFile(keyFile, "utf8")).trim();
  assert.match(key, /^wxg_[a-z2-7]{8}_[a-z2-7]{52}$/, "gateway keys new: not a key");
  const config = join(tmp, "gateway.yaml"); // JSON is YAML
  await writeFile(config, JSON.stringify({
    auth: { mode: "keys" },
    callers: [{
      name: "interop",
      keys: [{ key_file: keyFile }],
      accounts: ["*"],
      // RegisterPortalDevice hands out a secret: only a rule naming it allows it.
      allow: ["*", "wxgate.wifi.v1.WifiService/RegisterPortalDevice"],
    }],
  }));
  gateway = spawn(bin, ["serve", "--sandbox", "--config", config, "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const tail: string[] = [];
  const lines = createInterface({ input: gateway.stderr! }); // keeps draining the log
  baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("gateway did not report its ports:\n" + tail.join("\n"))), 30_000);
    gateway.once("exit", (code) => reject(new Error(`gateway exited ${code}:\n` + tail.join("\n"))));
    lines.on("line", (line) => {
      tail.push(line);
      if (tail.length > 50) tail.shift();
      try {
        const rec = JSON.parse(line);
        if (rec.msg === "wxgate listening") {
          clearTimeout(timer);
          if (rec.auth === "keys") resolve(`http://${rec.http}`);
          else reject(new Error(`gateway's auth is ${rec.auth}, not keys`));
        }
      } catch {
        // not a JSON line
      }
    });
  });
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
  if (!gateway || gateway.exitCode !== null) return;
  const exited = new Promise<number | null>((resolve) => gateway.once("exit", resolve));
  gateway.kill("SIGTERM");
  const timer = setTimeout(() => gateway.kill("SIGKILL"), 20_000);
  const code = await exited;
  clearTimeout(timer);
  assert.equal(code, 0, "gateway exit code on SIGTERM");
});

/** The details of a google.rpc.Status error body, by type name. */
function details(status: Status | undefined): Record<string, any> {
  assert.ok(status, "an error body");
  assert.equal(typeof status.code, "number");
  assert.equal(typeof status.message, "string");
  assert.ok(Array.isArray(status.details), "details is an array");
  return Object.fromEntries(status.details.map((d) => [String(d["@type"]).replace("type.googleapis.com/", ""), d]));
}

test("README shows the snippet CI runs", async () => {
  const readme = await readFile(new URL("README.md", root), "utf8");
  const snippet = await readFile(new URL("interop/ts/first-call.ts", root), "utf8");
  assert.ok(readme.includes("```ts\n" + snippet + "```"), "README's TypeScript block is interop/ts/first-call.ts");
});

test("first call: a QR code, then a 400 with a JSON Status naming the field", async () => {
  const { qr, bad } = await main(baseUrl, key);
  assert.match(qr.qrcode_url ?? "", /^https?:\/\/.*429620/);
  assert.equal(bad.response.status, 400);
  assert.equal(bad.data, undefined);
  assert.match(bad.response.headers.get("content-type") ?? "", /application\/json/);
  assert.equal(bad.error?.code, 3); // INVALID_ARGUMENT
  const d = details(bad.error);
  assert.deepEqual(d["google.rpc.BadRequest"].field_violations.map((v: any) => v.field), ["url"]);
});

test("Wi-Fi: list shops, homepage round trip", async () => {
  const wx = createClient({ baseUrl, key });
  const shops = await wx.GET("/v1/wifi/shops", { params: { query: { page_size: 2 } } });
  assert.equal(shops.response.status, 200);
  assert.deepEqual(shops.data?.shops?.map((s) => s.shop_name), ["南山店", "福田店"]);
  assert.ok(shops.data?.next_page_token, "a next page");
  const put = await wx.PUT("/v1/wifi/shops/{shop_id}/homepage", {
    params: { path: { shop_id: "429621" } },
    body: { template_id: "HOMEPAGE_TEMPLATE_CUSTOM_URL", url: "https://shop.example.com/ts" },
  });
  assert.equal(put.response.status, 200, JSON.stringify(put.error));
  const got = await wx.GET("/v1/wifi/shops/{shop_id}/homepage", { params: { path: { shop_id: "429621" } } });
  assert.equal(got.data?.template_id, "HOMEPAGE_TEMPLATE_CUSTOM_URL");
  assert.equal(got.data?.url, "https://shop.example.com/ts");
});

test("store: merchant categories", async () => {
  const wx = createClient({ baseUrl, key, account: "default" });
  const { data, error } = await wx.GET("/v1/store/merchant-categories");
  assert.equal(error, undefined);
  const cat = data?.categories?.find((c) => c.id === "270");
  assert.equal(cat?.name, "中餐厅");
  assert.equal(cat?.level, "CATEGORY_LEVEL_SECOND");
});

test("portal: no key is a 400 with ErrorInfo; a key from Wi-Fi signs and verifies (custom verb :verify)", async () => {
  const wx = createClient({ baseUrl, key });
  const params = { shop_id: "7921527", auth_url: "https://auth.example.com/ts", mac: "aa:bb:cc:dd:ee:ff", ssid: "ts-shop" };
  const missing = await wx.POST("/v1/portal/sign", { body: params });
  assert.equal(missing.response.status, 400);
  assert.equal(missing.error?.code, 9); // FAILED_PRECONDITION
  const info = details(missing.error)["google.rpc.ErrorInfo"];
  assert.equal(info.reason, "PORTAL_SECRET_MISSING");
  assert.equal(info.metadata.shop_id, "7921527");

  const reg = await wx.POST("/v1/wifi/shops/{shop_id}/portal-devices", {
    params: { path: { shop_id: "7921527" } },
    body: { ssid: "ts-shop" },
  });
  assert.match(reg.data?.secretkey ?? "", /^[0-9a-f]{32}$/, JSON.stringify(reg.error));
  const signed = await wx.POST("/v1/portal/sign", { body: params });
  assert.match(signed.data?.sign ?? "", /^[0-9a-f]{32}$/, JSON.stringify(signed.error));
  const verify = await wx.POST("/v1/portal/sign:verify", {
    body: { ...params, timestamp: signed.data!.timestamp!, sign: signed.data!.sign! },
  });
  assert.equal(verify.data?.valid, true, JSON.stringify(verify.error));
});

test("card: deposit codes (custom verb with a path parameter), then count them", async () => {
  const wx = createClient({ baseUrl, key });
  const path = { card_id: "pDF3iY0_dVjb_Pua96MMewA96qvA" }; // the simulator's code/deposit card
  const before = await wx.GET("/v1/cards/{card_id}/deposit-count", { params: { path } });
  assert.equal(before.response.status, 200, JSON.stringify(before.error));
  const dep = await wx.POST("/v1/cards/{card_id}/codes:deposit", {
    params: { path },
    body: { code: ["wxgate-ts-1", "wxgate-ts-2", "wxgate-ts-3"] },
  });
  assert.equal(dep.response.status, 200, JSON.stringify(dep.error));
  assert.equal(dep.data?.code_count, "3"); // int64: a JSON string
  assert.equal(dep.data?.succ_code, "3");
  const after = await wx.GET("/v1/cards/{card_id}/deposit-count", { params: { path } });
  assert.equal(BigInt(after.data?.count ?? "0"), BigInt(before.data?.count ?? "0") + 3n);
});

test("x-wxgate-account: known account answers, unknown is a 400 with ErrorInfo UNKNOWN_ACCOUNT", async () => {
  const ok = await createClient({ baseUrl, key, account: "default" }).GET("/v1/wifi/connect-url");
  assert.equal(ok.response.status, 200, JSON.stringify(ok.error));
  assert.ok(ok.data?.connect_url);
  const bad = await createClient({ baseUrl, key, account: "nobody" }).GET("/v1/wifi/connect-url");
  assert.equal(bad.response.status, 400);
  assert.equal(bad.error?.code, 3);
  const info = details(bad.error)["google.rpc.ErrorInfo"];
  assert.equal(info.reason, "UNKNOWN_ACCOUNT");
  assert.equal(info.domain, "wxgate");
});

/** A well-formed key (wxg_<id>_<secret>, lowercase base32) that no caller has. */
function randomKey(): string {
  const part = (n: number) => Array.from(randomBytes(n), (b) => "abcdefghijklmnopqrstuvwxyz234567"[b & 31]).join("");
  return `wxg_${part(8)}_${part(52)}`;
}

for (const [name, wrongKey] of [["no key", undefined], ["a wrong key", randomKey()]] as const) {
  test(`${name}: 401 with WWW-Authenticate and ErrorInfo UNAUTHENTICATED`, async () => {
    const res = await createClient({ baseUrl, key: wrongKey, account: "default" }).GET("/v1/wifi/connect-url");
    assert.equal(res.response.status, 401);
    assert.match(res.response.headers.get("www-authenticate") ?? "", /^Bearer realm="wxgate"/);
    assert.match(res.response.headers.get("content-type") ?? "", /application\/json/);
    assert.equal(res.error?.code, 16); // UNAUTHENTICATED
    const info = details(res.error)["google.rpc.ErrorInfo"];
    assert.equal(info.reason, "UNAUTHENTICATED");
    assert.equal(info.domain, "wxgate");
  });
}

test("the README's JS-SDK page: wx.config and wx.addCard's cardList, signed by the gateway", async () => {
  const { wxConfig, addCardList } = await import("./jssdk-page.js");
  const config = await wxConfig(baseUrl, key, "https://shop.example.com/card?id=7#/step2");
  assert.match(config.signature, /^[0-9a-f]{40}$/);
  assert.match(String(config.timestamp), /^\d+$/);
  assert.equal(config.nonceStr.length, 16);
  assert.match(config.appId, /^wx/);
  const card = (await addCardList(baseUrl, key, "pFS7Fjg8kV1IdDz01r4SQwMkuCKc", "o1Pj9jmZvwSyyyyyyBa4aULW2mA"))[0]!;
  assert.equal(card.cardId, "pFS7Fjg8kV1IdDz01r4SQwMkuCKc");
  const ext = JSON.parse(card.cardExt);
  assert.equal(ext.openid, "o1Pj9jmZvwSyyyyyyBa4aULW2mA");
  assert.match(ext.signature, /^[0-9a-f]{40}$/);
  assert.match(ext.timestamp, /^\d+$/);
});
