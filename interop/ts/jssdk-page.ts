// A WeChat H5 page's JS-SDK setup, signed by wxgate (the README's example; CI runs
// it). The page holds a browser caller's key: publishable, bound to the page's
// origin, allowed the JS-SDK signatures only.
import { createClient } from "@wxgate/client";

/** wx.config's argument for this page: signed for its URL without the #fragment. */
export async function wxConfig(baseUrl: string, key: string, pageUrl: string, jsApiList = ["addCard", "chooseCard"]) {
  const wx = createClient({ baseUrl, key });
  const { data, error } = await wx.POST("/v1/jssdk/config:sign", { body: { url: pageUrl } });
  if (error) throw new Error(`config:sign: ${error.code} ${error.message}`);
  return {
    appId: data.app_id!,
    timestamp: data.timestamp!,
    nonceStr: data.nonce_str!,
    signature: data.signature!,
    jsApiList,
  };
}

/** wx.addCard's cardList for one card, optionally only for one user (openid). */
export async function addCardList(baseUrl: string, key: string, cardId: string, openid = "") {
  const wx = createClient({ baseUrl, key });
  const { data, error } = await wx.POST("/v1/jssdk/card-ext:sign", { body: { card_id: cardId, openid } });
  if (error) throw new Error(`card-ext:sign: ${error.code} ${error.message}`);
  return [{ cardId: data.card_id!, cardExt: data.card_ext! }];
}
