package io.wxgate.interop.wxjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.card.WxMpCardCodeCheckcodeResult;
import me.chanjar.weixin.mp.bean.card.WxMpCardCodeDepositCountResult;
import me.chanjar.weixin.mp.bean.card.WxMpCardMpnewsGethtmlResult;
import me.chanjar.weixin.mp.bean.card.WxMpCardQrcodeCreateResult;
import me.chanjar.weixin.mp.bean.store.WxMpStoreInfo;
import me.chanjar.weixin.mp.bean.store.WxMpStoreListResult;
import me.chanjar.weixin.mp.bean.wifi.WxMpWifiShopDataResult;
import me.chanjar.weixin.mp.bean.wifi.WxMpWifiShopListResult;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WxJava (weixin-java-mp, unmodified, from Maven Central) against wxgate's WeChat-compatible
 * pass-through. The set-up, per class: {@code gateway sim} (the WeChat simulator, with its
 * control API under /_sim/), two caller keys made by {@code gateway keys new} ("sdk" and
 * "limited"), and {@code gateway serve} with one account whose upstream is the simulator
 * and compat on; everything on free loopback ports. Every call under test goes through
 * WxJava's own services; the simulator's control API and the gateway's log say what
 * happened behind them.
 */
class WxJavaPassThroughTest {
  private static final Set<String> TOKEN_PATHS = Set.of("/cgi-bin/token", "/cgi-bin/stable_token");
  private static final String CARD_DEPOSIT = "pDF3iY0_dVjb_Pua96MMewA96qvA"; // seed 002: code/deposit, count, check
  private static final String CARD_QRCODE = "pFS7Fjg8kV1IdDz01r4SQwMkuCKc"; // seed 002: qrcode/create
  private static final String CARD_MPNEWS = "p1Pj9jr90_SQRaVqYI239Ka1erkI"; // seed 002: mpnews/gethtml

  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> simLog = new ArrayList<>();
  private static final List<String> gatewayLog = new ArrayList<>();
  private static Process sim;
  private static Process gateway;
  private static Path tmp;
  private static String simURL; // http://127.0.0.1:PORT, the simulator (and its control API)
  private static String appID;
  private static String compat; // http://127.0.0.1:PORT, the pass-through
  private static String sdkKey;
  private static String limitedKey;

  @BeforeAll
  static void start() throws Exception {
    String bin = System.getProperty("wxgate.gateway", "../../bin/gateway");
    assertTrue(Files.isExecutable(Path.of(bin)), bin + " is not an executable: run `make build` first");
    tmp = Files.createTempDirectory("wxgate-interop-wxjava-");

    // The simulator prints one JSON line on stdout: its URL and the account it simulates.
    sim = new ProcessBuilder(bin, "sim").start();
    Process simStarted = sim;
    Runtime.getRuntime().addShutdownHook(new Thread(simStarted::destroyForcibly));
    CompletableFuture<JsonObject> simListening = new CompletableFuture<>();
    drain(sim.getInputStream(), simLog, "sim-stdout", line -> {
      if (line.contains("\"wechatsim listening\"")) {
        simListening.complete(JsonParser.parseString(line).getAsJsonObject());
      }
    }, simListening);
    drain(sim.getErrorStream(), simLog, "sim-stderr", line -> { }, null);
    JsonObject simInfo = simListening.get(30, TimeUnit.SECONDS);
    simURL = simInfo.get("url").getAsString();
    appID = simInfo.get("app_id").getAsString();
    assertTrue(simURL.startsWith("http://127.0.0.1:"), simURL);

    Path sdkKeyFile = newKey(bin, "sdk");
    Path limitedKeyFile = newKey(bin, "limited");
    sdkKey = Files.readString(sdkKeyFile).strip();
    limitedKey = Files.readString(limitedKeyFile).strip();

    // JSON is YAML. "limited" may use Wi-Fi only, and 2 shop/get a day.
    JsonObject config = JsonParser.parseString("""
        {"accounts":[{"name":"main","app_secret_env":"WXGATE_MAIN_SECRET"}],
         "ratelimits":{"default":{}},
         "compat":{"addr":"127.0.0.1:0"},
         "callers":[
          {"name":"sdk","keys":[{}],"accounts":["main"],"allow":["/cgi-bin/*","/bizwifi/*","/card/*","/wxa/*"]},
          {"name":"limited","keys":[{}],"accounts":["main"],"allow":["/bizwifi/*"],
           "quotas":{"/bizwifi/shop/get":{"daily":2}}}]}
        """).getAsJsonObject();
    JsonObject account = config.getAsJsonArray("accounts").get(0).getAsJsonObject();
    account.addProperty("app_id", appID);
    account.addProperty("upstream_url", simURL);
    JsonArray callers = config.getAsJsonArray("callers");
    callers.get(0).getAsJsonObject().getAsJsonArray("keys").get(0).getAsJsonObject()
        .addProperty("key_file", sdkKeyFile.toString());
    callers.get(1).getAsJsonObject().getAsJsonArray("keys").get(0).getAsJsonObject()
        .addProperty("key_file", limitedKeyFile.toString());
    Path configFile = tmp.resolve("gateway.yaml");
    Files.writeString(configFile, config.toString());

    ProcessBuilder serve = new ProcessBuilder(bin, "serve", "--config", configFile.toString(),
        "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    serve.environment().put("WXGATE_MAIN_SECRET", simInfo.get("app_secret").getAsString());
    gateway = serve.start();
    Process gatewayStarted = gateway;
    Runtime.getRuntime().addShutdownHook(new Thread(gatewayStarted::destroyForcibly));
    CompletableFuture<JsonObject> listening = new CompletableFuture<>();
    drain(gateway.getErrorStream(), gatewayLog, "gateway-stderr", line -> {
      if (line.contains("\"msg\":\"wxgate listening\"")) {
        listening.complete(JsonParser.parseString(line).getAsJsonObject());
      }
    }, listening);
    JsonObject info;
    try {
      info = listening.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("gateway did not report its ports\n" + tail(gatewayLog), e);
    }
    assertNotNull(info.get("compat"), "no compat listener: " + info);
    compat = "http://" + info.get("compat").getAsString();
    assertTrue(compat.startsWith("http://127.0.0.1:"), compat);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (gateway != null) {
        // SIGTERM (not Process.destroy(), which closes our end of its stderr at once).
        gateway.toHandle().destroy();
        if (!gateway.waitFor(15, TimeUnit.SECONDS)) {
          gateway.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
          fail("gateway did not stop within 15s of SIGTERM\n" + tail(gatewayLog));
        }
        assertEquals(0, gateway.exitValue(), "gateway's exit status after SIGTERM\n" + tail(gatewayLog));
      }
    } finally {
      if (sim != null) {
        sim.toHandle().destroy();
        if (!sim.waitFor(15, TimeUnit.SECONDS)) {
          sim.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
      if (tmp != null) {
        try (Stream<Path> files = Files.walk(tmp)) {
          for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(f);
          }
        }
      }
    }
  }

  @AfterEach
  void clearFaults() throws Exception {
    simPost("/_sim/clear-faults", "{}");
  }

  // ---- the SDK, configured the way a user points it at wxgate ----

  /**
   * A WxMpService for the caller whose wxgate key is {@code key}: the account's app id, the
   * key as its secret, and the pass-through as its API host. Only the pause between
   * WxJava's retries of errcode -1 is shortened (1 s, doubling, by default), so that the
   * test stays fast.
   */
  private static WxMpService wxMp(String key, boolean stableToken) {
    WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
    config.setAppId(appID);
    config.setSecret(key); // the caller's wxgate key, never the account's AppSecret
    config.setHostConfig(WxMpHostConfig.builder().apiHost(compat).build());
    config.useStableAccessToken(stableToken);
    WxMpService service = new WxMpServiceImpl();
    service.setWxMpConfigStorage(config);
    service.setRetrySleepMillis(50);
    return service;
  }

  // ---- tests ----

  @Test
  void classicTokenComesFromWxgateAndWifiCallsGoThrough() throws Exception {
    int fetchesBefore = sdkTokenFetches("sdk", "/cgi-bin/token");
    WxMpService wx = wxMp(sdkKey, false);
    String token = wx.getAccessToken();
    assertTrue(token.startsWith("wxgt1."), "an SDK token of wxgate: " + token);
    sync();
    // WxJava asked wxgate's /cgi-bin/token (the host config applies to the token URL too).
    assertEquals(fetchesBefore + 1, sdkTokenFetches("sdk", "/cgi-bin/token"));

    WxMpWifiShopListResult shops = wx.getWifiService().listShop(1, 20);
    assertEquals(3, shops.getTotalCount());
    assertEquals(1, shops.getPageIndex());
    List<Integer> ids = shops.getRecords().stream().map(WxMpWifiShopListResult.Record::getShopId).toList();
    assertTrue(ids.containsAll(List.of(429620, 429621)), "seed shops: " + ids);
    WxMpWifiShopListResult.Record nanshan = shops.getRecords().stream()
        .filter(r -> r.getShopId() == 429620).findFirst().orElseThrow();
    assertEquals("南山店", nanshan.getShopName());
    assertEquals(0, nanshan.getProtocolType());

    WxMpWifiShopDataResult shop = wx.getWifiService().getShopWifiInfo(429621);
    assertEquals("福田店", shop.getShopName());
    assertEquals(0, shop.getApCount());

    // The simulator got both calls with the account's real token (it answers nothing
    // else), with WxJava's bodies; the SDK's token is none of the real ones.
    JsonObject list = last(simRequests("/bizwifi/shop/list"));
    assertEquals("POST", list.get("method").getAsString());
    JsonObject body = JsonParser.parseString(list.get("body").getAsString()).getAsJsonObject();
    assertEquals(1, body.get("pageindex").getAsInt());
    assertEquals(20, body.get("pagesize").getAsInt());
    JsonObject get = JsonParser.parseString(last(simRequests("/bizwifi/shop/get")).get("body").getAsString())
        .getAsJsonObject();
    assertEquals(429621, get.get("shop_id").getAsInt());
    assertSdkNeverSawARealToken(wx);
  }

  @Test
  void stableTokenComesFromWxgate() throws Exception {
    int stableBefore = sdkTokenFetches("sdk", "/cgi-bin/stable_token");
    int classicBefore = sdkTokenFetches("sdk", "/cgi-bin/token");
    WxMpService wx = wxMp(sdkKey, true);
    assertTrue(wx.getWxMpConfigStorage().isStableAccessToken());
    String token = wx.getAccessToken();
    assertTrue(token.startsWith("wxgt1."), "an SDK token of wxgate: " + token);
    sync();
    assertEquals(stableBefore + 1, sdkTokenFetches("sdk", "/cgi-bin/stable_token"));

    WxMpWifiShopDataResult shop = wx.getWifiService().getShopWifiInfo(429620);
    assertEquals("南山店", shop.getShopName());
    sync();
    assertEquals(classicBefore, sdkTokenFetches("sdk", "/cgi-bin/token"), "stable mode never asks /cgi-bin/token");
    assertEquals(stableBefore + 1, sdkTokenFetches("sdk", "/cgi-bin/stable_token"), "one token for both calls");
    assertSdkNeverSawARealToken(wx);
  }

  @Test
  void cardCallsGoThrough() throws Exception {
    WxMpService wx = wxMp(sdkKey, false);

    WxMpCardQrcodeCreateResult qr = wx.getCardService().createQrcodeCard(CARD_QRCODE, "interop-wxjava", 1800);
    assertEquals(0, qr.getErrcode());
    assertFalse(qr.getTicket().isEmpty());
    assertEquals(1800, qr.getExpireSeconds());
    assertTrue(qr.getUrl().startsWith("http://weixin.qq.com/q/"), qr.getUrl());
    assertTrue(qr.getShowQrcodeUrl().startsWith("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket="),
        qr.getShowQrcodeUrl());
    JsonObject qrBody = bodyOf(last(simRequests("/card/qrcode/create")));
    assertEquals("QR_CARD", qrBody.get("action_name").getAsString());
    JsonObject card = qrBody.getAsJsonObject("action_info").getAsJsonObject("card");
    assertEquals(CARD_QRCODE, card.get("card_id").getAsString());
    assertEquals("interop-wxjava", card.get("outer_str").getAsString());

    // Codes: deposit, count, check. The count before is whatever other tests left.
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> codes = List.of("wj" + run + "1", "wj" + run + "2", "wj" + run + "3");
    int before = wx.getCardService().cardCodeDepositCount(CARD_DEPOSIT).getCount();
    depositCodes(wx, codes);
    JsonObject deposit = bodyOf(last(simRequests("/card/code/deposit")));
    assertEquals(CARD_DEPOSIT, deposit.get("card_id").getAsString());
    assertEquals(codes, strings(deposit.getAsJsonArray("code")));
    WxMpCardCodeDepositCountResult count = wx.getCardService().cardCodeDepositCount(CARD_DEPOSIT);
    assertEquals(before + 3, count.getCount());
    WxMpCardCodeCheckcodeResult check = wx.getCardService()
        .cardCodeCheckcode(CARD_DEPOSIT, List.of(codes.get(0), "wj" + run + "never"));
    assertEquals(List.of(codes.get(0)), check.getExistCode());
    assertEquals(List.of("wj" + run + "never"), check.getNotExistCode());

    WxMpCardMpnewsGethtmlResult html = wx.getCardService().cardMpnewsGethtml(CARD_MPNEWS);
    assertTrue(html.getContent().contains("cardid=" + CARD_MPNEWS), html.getContent());

    String whitelist = wx.getCardService().addTestWhiteList("oInteropWxJava");
    assertEquals(0, JsonParser.parseString(whitelist).getAsJsonObject().get("errcode").getAsInt(), whitelist);
    JsonObject wl = bodyOf(last(simRequests("/card/testwhitelist/set")));
    assertEquals(List.of("oInteropWxJava"), strings(wl.getAsJsonArray("openid")));

    // An unknown card id is WeChat's own error, through WxJava's exception.
    WxErrorException e = assertThrows(WxErrorException.class,
        () -> wx.getCardService().cardCodeDepositCount("pNoSuchCard0000000000000000"));
    assertEquals(40073, e.getError().getErrorCode());
    assertSdkNeverSawARealToken(wx);
  }

  /**
   * WxMpCardService.cardCodeDeposit. WxJava reads succ_code, duplicate_code and fail_code as
   * lists of codes (WxMpCardCodeDepositResult); the seed (002, 4.1.2) and so the simulator
   * have numbers ("成功个数", "失败个数"), and Gson refuses those. The codes are deposited all
   * the same (the count and the check below show it): only the answer does not parse.
   */
  private static void depositCodes(WxMpService wx, List<String> codes) {
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class,
        () -> wx.getCardService().cardCodeDeposit(CARD_DEPOSIT, codes),
        "WxJava now parses code/deposit's answer: make this a plain call");
    assertTrue(e.getMessage().contains("BEGIN_ARRAY"), e.getMessage());
  }

  @Test
  void storeCallsGoThrough() throws Exception {
    WxMpService wx = wxMp(sdkKey, false);
    // WxMpStoreService maps to the POI paths (/cgi-bin/poi/*); of them the simulator
    // serves getpoilist.
    WxMpStoreListResult stores = wx.getStoreService().list(0, 20);
    assertEquals(0, stores.getErrCode());
    assertEquals(3, stores.getTotalCount());
    List<String> branches = stores.getBusinessList().stream()
        .map(WxMpStoreInfo::getBaseInfo).map(b -> b.getBranchName()).toList();
    assertEquals(List.of("艺苑路店", "怡安路店", "新华路店"), branches);
    assertEquals("麦当劳", stores.getBusinessList().get(0).getBaseInfo().getBusinessName());
    assertEquals("271262077", stores.getBusinessList().get(0).getBaseInfo().getPoiId());
    JsonObject body = bodyOf(last(simRequests("/cgi-bin/poi/getpoilist")));
    assertEquals(0, body.get("begin").getAsInt());
    assertEquals(20, body.get("limit").getAsInt());
    List<WxMpStoreInfo> all = wx.getStoreService().listAll();
    assertEquals(3, all.size());

    // WxJava has no service for the store (门店小程序) paths /wxa/*: its generic calls,
    // which add the token and handle errors like every service, reach them.
    String categories = wx.get(compat + "/wxa/get_merchant_category", null);
    JsonObject cat = JsonParser.parseString(categories).getAsJsonObject();
    assertEquals(0, cat.get("errcode").getAsInt());
    assertTrue(cat.getAsJsonObject("data").getAsJsonObject("all_category_info").getAsJsonArray("categories").size() > 1);
    String list = wx.post(compat + "/wxa/get_store_list", "{\"offset\":0,\"limit\":10}");
    JsonObject storeList = JsonParser.parseString(list).getAsJsonObject();
    assertEquals(2, storeList.get("total_count").getAsInt());
    assertEquals("472665875", storeList.getAsJsonArray("business_list").get(0).getAsJsonObject()
        .getAsJsonObject("base_info").get("poi_id").getAsString());
    assertSdkNeverSawARealToken(wx);
  }

  @Test
  void survivesATokenRotationWithOneRefresh() throws Exception {
    for (boolean stable : new boolean[] {false, true}) {
      WxMpService wx = wxMp(sdkKey, stable);
      assertEquals(3, wx.getWifiService().listShop(1, 20).getTotalCount());
      sync();
      int sdkFetches = sdkTokenFetches("sdk", null);
      JsonObject before = stats();
      int requestsBefore = simRequests("/bizwifi/shop/list").size();

      // Elsewhere, someone fetched a new token: every real one issued so far is 40001.
      simPost("/_sim/invalidate-tokens", "{}");
      WxMpWifiShopListResult shops = wx.getWifiService().listShop(1, 20);
      assertEquals(3, shops.getTotalCount());

      JsonObject after = stats();
      assertEquals(before.get("token_fetches").getAsInt() + 1, after.get("token_fetches").getAsInt(),
          "exactly one real token fetch for the rotation");
      assertEquals(requestsBefore + 2, simRequests("/bizwifi/shop/list").size(), "refused once, then answered");
      sync();
      assertEquals(sdkFetches, sdkTokenFetches("sdk", null), "the SDK's token stays good: no fetch from wxgate");

      // And after WeChat's expiry (42001) the same.
      simPost("/_sim/expire-tokens", "{}");
      assertEquals("南山店", wx.getWifiService().getShopWifiInfo(429620).getShopName());
      assertEquals(after.get("token_fetches").getAsInt() + 1, stats().get("token_fetches").getAsInt());
      sync();
      assertEquals(sdkFetches, sdkTokenFetches("sdk", null));
      assertSdkNeverSawARealToken(wx);
    }
  }

  @Test
  void persistentWeChat40001IsMinusOneNotARefreshLoop() throws Exception {
    // WxJava retries errcode -1 (system busy) after a pause, up to maxRetryTimes (5):
    // WeChat refusing the refreshed token twice is one -1, then the retry goes through.
    WxMpService wx = wxMp(sdkKey, false);
    assertEquals("南山店", wx.getWifiService().getShopWifiInfo(429620).getShopName());
    sync();
    int sdkFetches = sdkTokenFetches("sdk", null);
    int minusOnes = passThroughs("/bizwifi/shop/get", -1);
    int fetches = stats().get("token_fetches").getAsInt();
    int requests = simRequests("/bizwifi/shop/get").size();
    simPost("/_sim/inject", "{\"path\":\"/bizwifi/shop/get\",\"errcode\":40001,\"times\":2}");
    assertEquals("福田店", wx.getWifiService().getShopWifiInfo(429621).getShopName());
    assertEquals(fetches + 1, stats().get("token_fetches").getAsInt(), "one real refresh, not a loop");
    assertEquals(requests + 3, simRequests("/bizwifi/shop/get").size(), "40001, 40001 after the refresh, then ok");
    sync();
    assertEquals(minusOnes + 1, passThroughs("/bizwifi/shop/get", -1), "wxgate answered -1 once");
    assertEquals(sdkFetches, sdkTokenFetches("sdk", null), "WxJava never saw 40001: no fetch from wxgate");

    // Without WxJava's retries (maxRetryTimes 0), the -1 is the call's failure: WxJava
    // throws its WxRuntimeException "微信服务端异常，超出重试次数" for it (it does not carry
    // the errcode; the gateway's log line of the call does).
    WxMpService once = wxMp(sdkKey, false);
    once.setMaxRetryTimes(0);
    assertEquals("南山店", once.getWifiService().getShopWifiInfo(429620).getShopName());
    sync();
    sdkFetches = sdkTokenFetches("sdk", null);
    fetches = stats().get("token_fetches").getAsInt();
    requests = simRequests("/bizwifi/shop/get").size();
    simPost("/_sim/inject", "{\"path\":\"/bizwifi/shop/get\",\"errcode\":40001,\"times\":2}");
    WxRuntimeException e = assertThrows(WxRuntimeException.class,
        () -> once.getWifiService().getShopWifiInfo(429621));
    assertTrue(e.getMessage().contains("超出重试次数"), e.getMessage());
    assertEquals(fetches + 1, stats().get("token_fetches").getAsInt(), "one real refresh, not a loop");
    assertEquals(requests + 2, simRequests("/bizwifi/shop/get").size());
    sync();
    assertEquals(minusOnes + 2, passThroughs("/bizwifi/shop/get", -1));
    assertEquals(sdkFetches, sdkTokenFetches("sdk", null));

    // WeChat refusing for good (more than WxJava's retries): every SDK attempt is one -1,
    // and costs at most one real refresh; the attempts end with WxJava's limit.
    WxMpService thrice = wxMp(sdkKey, false);
    thrice.setMaxRetryTimes(2);
    assertEquals("南山店", thrice.getWifiService().getShopWifiInfo(429620).getShopName());
    sync();
    fetches = stats().get("token_fetches").getAsInt();
    sdkFetches = sdkTokenFetches("sdk", null);
    simPost("/_sim/inject", "{\"path\":\"/bizwifi/shop/get\",\"errcode\":40001,\"times\":100}");
    assertThrows(WxRuntimeException.class, () -> thrice.getWifiService().getShopWifiInfo(429621));
    int refreshes = stats().get("token_fetches").getAsInt() - fetches;
    sync();
    assertEquals(minusOnes + 2 + 3, passThroughs("/bizwifi/shop/get", -1), "three SDK attempts, each a -1");
    assertTrue(refreshes >= 1 && refreshes <= 3, "real refreshes for three attempts: " + refreshes);
    System.out.println("wxjava: WeChat refusing for good, 3 WxJava attempts cost " + refreshes + " real token fetches");
    assertEquals(sdkFetches, sdkTokenFetches("sdk", null));
  }

  @Test
  void aStaleSdkTokenIsFetchedAgainFromWxgateOnce() throws Exception {
    // An SDK token wxgate does not know (forged, or of a key gone) is 40001: WxJava
    // fetches a new one from wxgate, once, and retries.
    WxMpService wx = wxMp(sdkKey, false);
    wx.getWxMpConfigStorage().updateAccessToken("wxgt1.bm90LWEtdG9rZW4.bm90LWEtbWFj", 7200);
    sync();
    int sdkFetches = sdkTokenFetches("sdk", "/cgi-bin/token");
    int fetches = stats().get("token_fetches").getAsInt();
    assertEquals(3, wx.getWifiService().listShop(1, 20).getTotalCount());
    sync();
    assertEquals(sdkFetches + 1, sdkTokenFetches("sdk", "/cgi-bin/token"));
    assertTrue(wx.getAccessToken().startsWith("wxgt1.") && !wx.getAccessToken().contains("bm90LWEtdG9rZW4"));
    assertEquals(fetches, stats().get("token_fetches").getAsInt(), "no real token fetch for it");
  }

  @Test
  void aPathTheCallerMayNotUseIs48001() throws Exception {
    WxMpService limited = wxMp(limitedKey, false);
    assertTrue(limited.getAccessToken().startsWith("wxgt1."), "limited gets its own SDK token");
    int requests = simRequests("/card/code/getdepositcount").size();
    WxErrorException e = assertThrows(WxErrorException.class,
        () -> limited.getCardService().cardCodeDepositCount(CARD_DEPOSIT));
    assertEquals(48001, e.getError().getErrorCode());
    // getErrorMsg() is WxJava's own text for the errcode; getJson() is the answer as sent.
    assertTrue(e.getError().getJson().contains("may not call /card/code/getdepositcount"), e.getError().getJson());
    assertEquals(requests, simRequests("/card/code/getdepositcount").size(), "nothing reached WeChat");
    // Wi-Fi it may use.
    assertEquals(3, limited.getWifiService().listShop(1, 10).getTotalCount());
  }

  @Test
  void pastItsQuotaShareIs45009() throws Exception {
    WxMpService limited = wxMp(limitedKey, false);
    int requests = simRequests("/bizwifi/shop/get").size();
    // "limited" may make 2 shop/get a day (no other test uses its share of it).
    assertEquals("南山店", limited.getWifiService().getShopWifiInfo(429620).getShopName());
    assertEquals("福田店", limited.getWifiService().getShopWifiInfo(429621).getShopName());
    WxErrorException e = assertThrows(WxErrorException.class,
        () -> limited.getWifiService().getShopWifiInfo(429620));
    assertEquals(45009, e.getError().getErrorCode());
    assertTrue(e.getError().getJson().contains("daily quota"), e.getError().getJson());
    assertEquals(requests + 2, simRequests("/bizwifi/shop/get").size(), "the third did not reach WeChat");
  }

  // ---- helpers ----

  /** The SDK's token is an SDK token of wxgate and none of the real ones WeChat issued. */
  private static void assertSdkNeverSawARealToken(WxMpService wx) throws Exception {
    String token = wx.getAccessToken();
    assertTrue(token.startsWith("wxgt1."), token);
    JsonObject stats = stats();
    List<String> real = strings(stats.getAsJsonArray("tokens"));
    assertFalse(real.isEmpty(), "WeChat issued real tokens: " + stats);
    assertFalse(real.contains(token), "the SDK holds a real token");
    assertTrue(stats.get("requests").getAsInt() > 0);
  }

  private static Path newKey(String bin, String caller) throws Exception {
    Path file = tmp.resolve(caller + ".key");
    Process p = new ProcessBuilder(bin, "keys", "new", "--caller", caller, "--key-file", file.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    assertEquals(0, p.waitFor(), "gateway keys new --caller " + caller);
    assertTrue(Files.readString(file).strip().matches("wxg_[a-z2-7]{8}_[a-z2-7]{52}"), "not a key");
    return file;
  }

  /** Keeps reading a child's output into lines (so that it never blocks on it). */
  private static void drain(InputStream in, List<String> lines, String name, Consumer<String> each,
      CompletableFuture<?> ready) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(line);
          }
          each.accept(line);
        }
      } catch (IOException | RuntimeException e) {
        if (ready != null) {
          ready.completeExceptionally(e);
        }
      }
      if (ready != null) {
        ready.completeExceptionally(new IllegalStateException(name + " ended before it was ready"));
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }

  private static String tail(List<String> lines) {
    synchronized (lines) {
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
  }

  /** The gateway's "pass-through" log lines so far. */
  private static List<JsonObject> passThroughLines() {
    List<String> copy;
    synchronized (gatewayLog) {
      copy = new ArrayList<>(gatewayLog);
    }
    List<JsonObject> out = new ArrayList<>();
    for (String line : copy) {
      if (!line.contains("\"msg\":\"pass-through\"")) {
        continue;
      }
      out.add(JsonParser.parseString(line).getAsJsonObject());
    }
    return out;
  }

  /** How often caller fetched its token from wxgate (path: one token path, or null for both). */
  private static int sdkTokenFetches(String caller, String path) {
    return (int) passThroughLines().stream()
        .filter(l -> caller.equals(str(l, "caller")))
        .filter(l -> path == null ? TOKEN_PATHS.contains(str(l, "path")) : path.equals(str(l, "path")))
        .count();
  }

  /** Pass-through calls of path that wxgate answered with errcode. */
  private static int passThroughs(String path, int errcode) {
    return (int) passThroughLines().stream()
        .filter(l -> path.equals(str(l, "path")) && l.has("errcode") && l.get("errcode").getAsInt() == errcode)
        .count();
  }

  private static String str(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  /**
   * Waits until the gateway has logged every pass-through call made so far: it logs a
   * call after answering it, so a count read right after an answer may miss it. A call
   * of a path of our own is the marker.
   */
  private static void sync() throws Exception {
    String marker = "/wxgate-interop-sync/" + UUID.randomUUID();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(compat + marker)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(r.body().contains("41001"), r.body()); // no access_token
    awaitLog(l -> marker.equals(str(l, "path")));
    Thread.sleep(50); // a call answered just before the marker may log just after it
  }

  private static void awaitLog(Predicate<JsonObject> seen) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (passThroughLines().stream().anyMatch(seen)) {
        return;
      }
      Thread.sleep(10);
    }
    fail("the gateway did not log what was expected\n" + tail(gatewayLog));
  }

  private static JsonObject stats() throws Exception {
    return JsonParser.parseString(simGet("/_sim/stats")).getAsJsonObject();
  }

  private static List<JsonObject> simRequests(String path) throws Exception {
    JsonElement all = JsonParser.parseString(simGet("/_sim/requests?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)));
    List<JsonObject> out = new ArrayList<>();
    if (all.isJsonArray()) {
      for (JsonElement e : all.getAsJsonArray()) {
        out.add(e.getAsJsonObject());
      }
    }
    return out;
  }

  private static JsonObject last(List<JsonObject> requests) {
    assertFalse(requests.isEmpty(), "the simulator got no such request");
    return requests.get(requests.size() - 1);
  }

  private static JsonObject bodyOf(JsonObject request) {
    return JsonParser.parseString(request.get("body").getAsString()).getAsJsonObject();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static String simGet(String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(simURL + pathAndQuery))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return r.body();
  }

  private static void simPost(String path, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(simURL + path))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
  }
}
