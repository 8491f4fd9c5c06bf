import { createClient } from "@wxgate/client";

export async function main(baseUrl = "http://127.0.0.1:8080", key = process.env.WXGATE_KEY) {
  // key: the caller's key (Authorization: Bearer <key>); account: the configured
  // WeChat account to act for (x-wxgate-account).
  const wx = createClient({ baseUrl, key, account: "default" });

  const { data: qr, error } = await wx.GET("/v1/wifi/shops/{shop_id}/qrcode", {
    params: { path: { shop_id: "429620" }, query: { img_id: "QRCODE_IMAGE_PLAIN" } },
  });
  if (error) throw new Error(`GetQrcode: ${error.code} ${error.message}`);
  console.log(qr.qrcode_url);

  // Bad input is HTTP 400 with a google.rpc.Status body naming the field.
  const bad = await wx.PUT("/v1/wifi/shops/{shop_id}/homepage", {
    params: { path: { shop_id: "429620" } },
    body: { template_id: "HOMEPAGE_TEMPLATE_CUSTOM_URL" },
  });
  console.log(bad.response.status, bad.error?.message);
  return { qr, bad };
}
