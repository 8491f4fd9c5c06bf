package io.wxgate.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import build.buf.validate.Violations;
import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import io.wxgate.card.v1.CardServiceGrpc;
import io.wxgate.card.v1.CheckCodesRequest;
import io.wxgate.card.v1.CheckCodesResponse;
import io.wxgate.card.v1.DepositCodesRequest;
import io.wxgate.card.v1.DepositCodesResponse;
import io.wxgate.card.v1.DepositCodesStreamRequest;
import io.wxgate.card.v1.DepositCodesStreamResponse;
import io.wxgate.card.v1.GetDepositCountRequest;
import io.wxgate.events.v1.AckEventsRequest;
import io.wxgate.events.v1.Event;
import io.wxgate.events.v1.EventServiceGrpc;
import io.wxgate.events.v1.ListEventsRequest;
import io.wxgate.events.v1.ListEventsResponse;
import io.wxgate.events.v1.SubscribeResponse;
import io.wxgate.portal.v1.InvalidReason;
import io.wxgate.portal.v1.PortalSignServiceGrpc;
import io.wxgate.portal.v1.SignRequest;
import io.wxgate.portal.v1.SignResponse;
import io.wxgate.portal.v1.VerifySignRequest;
import io.wxgate.portal.v1.VerifySignResponse;
import io.wxgate.store.v1.AddStoreRequest;
import io.wxgate.store.v1.AddStoreResponse;
import io.wxgate.store.v1.District;
import io.wxgate.store.v1.ListDistrictsRequest;
import io.wxgate.store.v1.ListDistrictsResponse;
import io.wxgate.store.v1.StoreServiceGrpc;
import io.wxgate.store.v1.StoreStatus;
import io.wxgate.wifi.v1.GetQrcodeRequest;
import io.wxgate.wifi.v1.GetQrcodeResponse;
import io.wxgate.wifi.v1.ListShopsRequest;
import io.wxgate.wifi.v1.ListShopsResponse;
import io.wxgate.wifi.v1.QrcodeImage;
import io.wxgate.wifi.v1.RegisterPortalDeviceRequest;
import io.wxgate.wifi.v1.Shop;
import io.wxgate.wifi.v1.WifiServiceGrpc;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls every wxgate service through the generated Java client (io.wxgate:wxgate-client)
 * over gRPC, against a real gateway in sandbox mode (its built-in WeChat simulator),
 * started here on free loopback ports and stopped after the tests. Caller authentication
 * is on: one caller, "interop", whose key {@code gateway keys new} made; every call sends
 * it as {@code authorization: Bearer <key>}.
 */
class GatewayInteropTest {
  private static final Pattern GRPC_ADDR = Pattern.compile("\"grpc\":\"([^\"]+)\"");

  private static Process gateway;
  private static final List<String> gatewayLog = new ArrayList<>();
  private static ManagedChannel channel;
  private static String grpcTarget;
  private static Path tmp;
  private static String key; // the interop caller's key

  @BeforeAll
  static void startGateway() throws Exception {
    // -Dwxgate.gateway=PATH (make interop-java passes it), else the repository's bin/gateway.
    String bin = System.getProperty("wxgate.gateway", "../../bin/gateway");
    assertTrue(Files.isExecutable(Path.of(bin)), bin + " is not an executable: run `make build` first");

    // One caller, "interop", with a key that `gateway keys new` writes to a file.
    tmp = Files.createTempDirectory("wxgate-interop-java-");
    Path keyFile = tmp.resolve("interop.key");
    Process keysNew = new ProcessBuilder(bin, "keys", "new", "--caller", "interop", "--key-file", keyFile.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    assertEquals(0, keysNew.waitFor(), "gateway keys new");
    key = Files.readString(keyFile).strip();
    assertTrue(key.matches("wxg_[a-z2-7]{8}_[a-z2-7]{52}"), "gateway keys new: not a key");
    Path config = tmp.resolve("gateway.yaml");
    Files.writeString(config, String.join("\n",
        "auth: {mode: keys}",
        "callers:",
        "  - name: interop",
        "    keys: [{key_file: '" + keyFile + "'}]",
        "    accounts: ['*']",
        "    # RegisterPortalDevice hands out a secret: only a rule naming it allows it.",
        "    allow: ['*', wxgate.wifi.v1.WifiService/RegisterPortalDevice]",
        ""));

    gateway = new ProcessBuilder(bin, "serve", "--sandbox", "--config", config.toString(),
            "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    // Should the test JVM end without @AfterAll (killed, crashed), the gateway goes with it.
    Process started = gateway;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    // The gateway logs JSON lines to stderr; "wxgate listening" names the ports it got.
    // A reader thread keeps draining stderr so that the gateway never blocks on it.
    CompletableFuture<String> listening = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(gateway.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (gatewayLog) {
            gatewayLog.add(line);
          }
          Matcher m = GRPC_ADDR.matcher(line);
          if (line.contains("\"msg\":\"wxgate listening\"") && m.find()) {
            if (line.contains("\"auth\":\"keys\"")) {
              listening.complete(m.group(1));
            } else {
              listening.completeExceptionally(new IllegalStateException("gateway's auth is not keys: " + line));
            }
          }
        }
      } catch (IOException e) {
        listening.completeExceptionally(e);
      }
      listening.completeExceptionally(new IllegalStateException("gateway exited before listening"));
    }, "gateway-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      grpcTarget = listening.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      fail("gateway did not report its ports: " + e + "\n" + log(), e);
    }
    assertTrue(grpcTarget.startsWith("127.0.0.1:"), "gRPC on loopback: " + grpcTarget);
    channel = Grpc.newChannelBuilder(grpcTarget, InsecureChannelCredentials.create()).build();
  }

  @AfterAll
  static void stopGateway() throws InterruptedException, IOException {
    if (tmp != null) {
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    if (gateway != null) {
      // SIGTERM: the gateway drains and exits. Not Process.destroy(), which also closes
      // our end of the gateway's stderr at once, so that its last log lines would die
      // of SIGPIPE (exit status 141).
      gateway.toHandle().destroy();
      if (!gateway.waitFor(15, TimeUnit.SECONDS)) {
        gateway.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        fail("gateway did not stop within 15s of SIGTERM\n" + log());
      }
      assertEquals(0, gateway.exitValue(), "gateway's exit status after SIGTERM\n" + log());
    }
  }

  /** The stub with the interop caller's key, the account selector header x-wxgate-account and a deadline. */
  private static <S extends AbstractStub<S>> S as(String account, S stub) {
    return withKey(key, account, stub);
  }

  /** The stub with authorization: Bearer key (none when key is null), x-wxgate-account and a deadline. */
  private static <S extends AbstractStub<S>> S withKey(String key, String account, S stub) {
    Metadata headers = new Metadata();
    if (key != null) {
      headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + key);
    }
    headers.put(Metadata.Key.of("x-wxgate-account", Metadata.ASCII_STRING_MARSHALLER), account);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  private static String log() {
    synchronized (gatewayLog) {
      return String.join("\n", gatewayLog);
    }
  }

  private static <T extends com.google.protobuf.Message> T detail(
      com.google.rpc.Status status, Class<T> type) throws InvalidProtocolBufferException {
    for (Any any : status.getDetailsList()) {
      if (any.is(type)) {
        return any.unpack(type);
      }
    }
    fail("no " + type.getSimpleName() + " among the status details: " + status);
    return null;
  }

  /** The README's first call (section Clients, Java) is FirstCall: what it prints. */
  @Test
  void readmeFirstCall() throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      FirstCall.main(new String[] {grpcTarget, key});
    } finally {
      System.setOut(stdout);
    }
    assertEquals("http://sandbox.wxgate.invalid/bizwifi/qrcode/429620_0.png\n"
        + "INVALID_ARGUMENT img_id: is required: one of QRCODE_IMAGE_PLAIN, QRCODE_IMAGE_POSTER\n", printed.toString(StandardCharsets.UTF_8));
  }

  /** The README shows FirstCall as it is, so the snippet there is the code CI runs. */
  @Test
  void readmeShowsFirstCall() throws IOException {
    String firstCall = Files.readString(Path.of("src/test/java/io/wxgate/interop/FirstCall.java"));
    String readme = Files.readString(Path.of("../../README.md"));
    assertTrue(readme.contains("```java\n" + firstCall + "```\n"),
        "README.md's Java first call differs from interop/java/.../FirstCall.java: copy the file there");
    String subscriber = Files.readString(Path.of("src/test/java/io/wxgate/interop/Subscriber.java"));
    assertTrue(readme.contains("```java\n" + subscriber + "```\n"),
        "README.md's Java subscriber differs from interop/java/.../Subscriber.java: copy the file there");
  }

  @Test
  void wifiListsTheSandboxShops() {
    WifiServiceGrpc.WifiServiceBlockingStub wifi = as("default", WifiServiceGrpc.newBlockingStub(channel));
    ListShopsResponse shops = wifi.listShops(ListShopsRequest.getDefaultInstance());
    assertFalse(shops.getShopsList().isEmpty(), "sandbox has shops");
    Shop nanshan = shops.getShopsList().stream().filter(s -> s.getShopId() == 429620).findFirst()
        .orElseThrow(() -> new AssertionError("shop 429620 not listed: " + shops));
    assertEquals("南山店", nanshan.getShopName());

    GetQrcodeResponse qrcode = wifi.getQrcode(GetQrcodeRequest.newBuilder()
        .setShopId(429620).setImgId(QrcodeImage.QRCODE_IMAGE_POSTER).build());
    assertTrue(qrcode.getQrcodeUrl().contains("429620"), qrcode.getQrcodeUrl());
  }

  @Test
  void storeListsDistricts() {
    StoreServiceGrpc.StoreServiceBlockingStub store = as("default", StoreServiceGrpc.newBlockingStub(channel));
    ListDistrictsResponse districts = store.listDistricts(ListDistrictsRequest.getDefaultInstance());
    assertFalse(districts.getDataVersion().isEmpty(), "data_version");
    District beijing = districts.getProvincesList().stream().filter(p -> p.getId() == 110000)
        .findFirst().orElseThrow(() -> new AssertionError("no province 110000"));
    assertEquals("北京市", beijing.getFullname());
    assertFalse(beijing.getChildrenList().isEmpty(), "Beijing's districts");
  }

  /**
   * WifiService hands out a shop's portal secret key; PortalSignService signs with it. The
   * sign is recomputed here from WeChat's rule, MD5(appId + extend + timestamp + shop_id +
   * authUrl + mac + ssid + secretkey), so both sides agree on every byte.
   */
  @Test
  void portalSignsWithTheRegisteredSecretKey() throws Exception {
    long shop = 429621;
    String secret = as("default", WifiServiceGrpc.newBlockingStub(channel))
        .registerPortalDevice(RegisterPortalDeviceRequest.newBuilder()
            .setShopId(shop).setSsid("wxgate-java").build())
        .getSecretkey();
    assertFalse(secret.isEmpty(), "secret key");

    PortalSignServiceGrpc.PortalSignServiceBlockingStub portal =
        as("default", PortalSignServiceGrpc.newBlockingStub(channel));
    long ts = 1_700_000_000_000L;
    SignResponse sign = portal.sign(SignRequest.newBuilder().setShopId(shop)
        .setAuthUrl("https://auth.example.com/wifi").setExtend("java1")
        .setMac("aa:bb:cc:dd:ee:ff").setSsid("wxgate-java").setTimestamp(ts).build());
    assertEquals(ts, sign.getTimestamp());
    assertFalse(sign.getAppId().isEmpty(), "app id");
    String want = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(
        (sign.getAppId() + "java1" + ts + shop + "https://auth.example.com/wifi"
            + "aa:bb:cc:dd:ee:ff" + "wxgate-java" + secret).getBytes(StandardCharsets.UTF_8)));
    assertEquals(want, sign.getSign());

    VerifySignRequest.Builder verify = VerifySignRequest.newBuilder().setShopId(shop)
        .setAuthUrl("https://auth.example.com/wifi").setExtend("java1")
        .setMac("aa:bb:cc:dd:ee:ff").setSsid("wxgate-java").setTimestamp(ts);
    // The verify window is about now; a sign of 2023 is stale, a wrong one mismatches.
    VerifySignResponse stale = portal.verifySign(verify.setSign(sign.getSign()).build());
    assertFalse(stale.getValid());
    assertEquals(InvalidReason.INVALID_REASON_TIMESTAMP_OUT_OF_WINDOW, stale.getInvalidReason());

    long now = System.currentTimeMillis();
    SignResponse fresh = portal.sign(SignRequest.newBuilder().setShopId(shop)
        .setAuthUrl("https://auth.example.com/wifi").setExtend("java1")
        .setMac("aa:bb:cc:dd:ee:ff").setSsid("wxgate-java").setTimestamp(now).build());
    assertTrue(portal.verifySign(verify.setTimestamp(now).setSign(fresh.getSign()).build()).getValid());
    VerifySignResponse wrong = portal.verifySign(verify.setSign(
        fresh.getSign().startsWith("0") ? "1" + fresh.getSign().substring(1) : "0" + fresh.getSign().substring(1))
        .build());
    assertFalse(wrong.getValid());
    assertEquals(InvalidReason.INVALID_REASON_SIGN_MISMATCH, wrong.getInvalidReason());
  }

  @Test
  void cardDepositsAndChecksCodes() {
    CardServiceGrpc.CardServiceBlockingStub card = as("default", CardServiceGrpc.newBlockingStub(channel));
    String cardId = "pDF3iY0_dVjb_Pua96MMewA96qvA"; // the simulator's code/deposit card
    long before = card.getDepositCount(GetDepositCountRequest.newBuilder().setCardId(cardId).build())
        .getCount();
    DepositCodesResponse deposit = card.depositCodes(DepositCodesRequest.newBuilder()
        .setCardId(cardId).addCode("wxgate-java-1").addCode("wxgate-java-2").build());
    assertEquals(2, deposit.getSuccCode(), deposit.toString());
    assertEquals(before + 2, card.getDepositCount(GetDepositCountRequest.newBuilder()
        .setCardId(cardId).build()).getCount());
    CheckCodesResponse check = card.checkCodes(CheckCodesRequest.newBuilder().setCardId(cardId)
        .addCode("wxgate-java-1").addCode("wxgate-java-x").build());
    assertEquals(List.of("wxgate-java-1"), check.getExistCodeList());
    assertEquals(List.of("wxgate-java-x"), check.getNotExistCodeList());
  }

  /** Client streaming through the async stub: 300 codes in three messages, all deposited. */
  @Test
  void cardDepositsAStreamOfCodes() throws Exception {
    String cardId = "pDF3iY0_dVjb_Pua96MMewA96qvA";
    long before = as("default", CardServiceGrpc.newBlockingStub(channel))
        .getDepositCount(GetDepositCountRequest.newBuilder().setCardId(cardId).build()).getCount();
    CompletableFuture<DepositCodesStreamResponse> answer = new CompletableFuture<>();
    StreamObserver<DepositCodesStreamRequest> requests = as("default", CardServiceGrpc.newStub(channel))
        .depositCodesStream(new StreamObserver<>() {
          @Override public void onNext(DepositCodesStreamResponse r) { answer.complete(r); }
          @Override public void onError(Throwable t) { answer.completeExceptionally(t); }
          @Override public void onCompleted() { answer.completeExceptionally(new AssertionError("no response")); }
        });
    for (int m = 0; m < 3; m++) {
      DepositCodesStreamRequest.Builder chunk = DepositCodesStreamRequest.newBuilder().setCardId(cardId);
      for (int i = 0; i < 100; i++) {
        chunk.addCode("java-stream-" + (m * 100 + i));
      }
      requests.onNext(chunk.build());
    }
    requests.onCompleted();
    DepositCodesStreamResponse deposit = answer.get(30, TimeUnit.SECONDS);
    assertEquals(300, deposit.getCodeCount(), deposit.toString());
    assertEquals(300, deposit.getSuccCode(), deposit.toString());
    assertEquals(0, deposit.getFailCode(), deposit.toString());
    assertEquals(before + 300, as("default", CardServiceGrpc.newBlockingStub(channel))
        .getDepositCount(GetDepositCountRequest.newBuilder().setCardId(cardId).build()).getCount());
  }

  /** Bad input never reaches WeChat: INVALID_ARGUMENT with BadRequest and buf.validate details. */
  @Test
  void invalidArgumentCarriesBadRequest() throws Exception {
    WifiServiceGrpc.WifiServiceBlockingStub wifi = as("default", WifiServiceGrpc.newBlockingStub(channel));
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
        () -> wifi.getQrcode(GetQrcodeRequest.newBuilder().setShopId(429620).build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    assertNotNull(status, "google.rpc.Status in grpc-status-details-bin");
    BadRequest bad = detail(status, BadRequest.class);
    assertEquals(1, bad.getFieldViolationsCount(), bad.toString());
    assertEquals("img_id", bad.getFieldViolations(0).getField());
    assertEquals("enum.not_in", bad.getFieldViolations(0).getReason());
    Violations violations = detail(status, Violations.class); // build.buf.validate, from protovalidate
    assertEquals("enum.not_in", violations.getViolations(0).getRuleId());
  }

  /** A precondition the gateway knows: ErrorInfo with reason, domain and metadata. */
  @Test
  void failedPreconditionCarriesErrorInfo() throws Exception {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
        () -> as("default", PortalSignServiceGrpc.newBlockingStub(channel)).sign(SignRequest.newBuilder()
            .setShopId(7921527).setAuthUrl("https://auth.example.com/wifi")
            .setMac("aa:bb:cc:dd:ee:ff").setSsid("wxgate").build()));
    assertEquals(Status.Code.FAILED_PRECONDITION, e.getStatus().getCode());
    ErrorInfo info = detail(StatusProto.fromThrowable(e), ErrorInfo.class);
    assertEquals("PORTAL_SECRET_MISSING", info.getReason());
    assertEquals("wxgate", info.getDomain());
    assertEquals("default", info.getMetadataOrThrow("account"));
    assertEquals("7921527", info.getMetadataOrThrow("shop_id"));
  }

  /** x-wxgate-account reaches the gateway: an account it does not know is refused. */
  @Test
  void unknownAccountIsRefused() throws Exception {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
        () -> as("no-such-account", StoreServiceGrpc.newBlockingStub(channel))
            .listDistricts(ListDistrictsRequest.getDefaultInstance()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    assertEquals("UNKNOWN_ACCOUNT", detail(status, ErrorInfo.class).getReason());
    assertEquals("x-wxgate-account", detail(status, BadRequest.class).getFieldViolations(0).getField());
  }

  /** A call without the caller's key, or with a key the gateway does not know, is UNAUTHENTICATED. */
  @Test
  void callerWithoutItsKeyIsRefused() throws Exception {
    // A well-formed key (wxg_<id>_<secret>, lowercase base32) that no caller has.
    SecureRandom random = new SecureRandom();
    StringBuilder wrong = new StringBuilder("wxg_");
    for (int i = 0; i < 8 + 1 + 52; i++) {
      wrong.append(i == 8 ? '_' : "abcdefghijklmnopqrstuvwxyz234567".charAt(random.nextInt(32)));
    }
    for (String k : new String[] {null, wrong.toString()}) {
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
          () -> withKey(k, "default", WifiServiceGrpc.newBlockingStub(channel))
              .listShops(ListShopsRequest.getDefaultInstance()));
      String which = k == null ? "no key" : "a wrong key";
      assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode(), which);
      ErrorInfo info = detail(StatusProto.fromThrowable(e), ErrorInfo.class);
      assertEquals("UNAUTHENTICATED", info.getReason(), which);
      assertEquals("wxgate", info.getDomain(), which);
    }
  }

  /**
   * The sandbox pushes AddStore's audit to the gateway's callback ~300 ms later; Subscriber,
   * in a consumer group of its own, receives it, handles it and acknowledges it.
   */
  @Test
  void subscriberReceivesTheStoreAudit() throws Exception {
    byte[] unique = new byte[4];
    new SecureRandom().nextBytes(unique);
    String group = "interop-java-" + HexFormat.of().formatHex(unique);
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "subscriber");
      t.setDaemon(true);
      return t;
    });
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    AddStoreResponse added;
    List<SubscribeResponse> handled;
    try {
      Future<List<SubscribeResponse>> subscriber = executor.submit(
          () -> Subscriber.subscribe(grpcTarget, key, group, List.of("add_store_audit_info"), 1));
      added = as("default", StoreServiceGrpc.newBlockingStub(channel)).addStore(AddStoreRequest.newBuilder()
          .setMapPoiId("2708071440732747189").addPicList("http://mmbiz.qpic.cn/mmbiz_jpg/a/0?wx_fmt=jpeg")
          .setContractPhone("12345678").setHour("10:00-21:00").setCredential("c2708071440732747189")
          .build());
      try {
        handled = subscriber.get(15, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("no add_store_audit_info reached group " + group + " within 15s\n" + log(), e);
      }
    } finally {
      System.setOut(stdout);
      executor.shutdownNow(); // interrupts a subscriber still waiting: its stream is cancelled
    }
    assertTrue(added.getAuditId() > 0, added.toString());
    assertEquals(1, handled.size(), handled.toString());
    assertEquals(1, handled.get(0).getDeliveryCount());
    Event event = handled.get(0).getEvent();
    assertEquals("add_store_audit_info", event.getEvent());
    assertEquals(Event.PayloadCase.ADD_STORE_AUDIT, event.getPayloadCase());
    assertEquals(added.getAuditId(), event.getAddStoreAudit().getAuditId());
    assertEquals(StoreStatus.STORE_STATUS_APPROVED, event.getAddStoreAudit().getStatus());
    assertEquals("default", event.getAccount());
    assertTrue(event.getId().matches("[0-9a-f]{32}"), event.getId());
    assertEquals(event.getId() + " ADD_STORE_AUDIT " + added.getAuditId() + " STORE_STATUS_APPROVED\n",
        printed.toString(StandardCharsets.UTF_8));

    EventServiceGrpc.EventServiceBlockingStub events = as("default", EventServiceGrpc.newBlockingStub(channel));
    // Acknowledged by Subscriber: nothing of the group is outstanding any more.
    assertEquals(0, events.ackEvents(AckEventsRequest.newBuilder().setGroup(group).addIds(event.getId()).build())
        .getAcknowledged());
    // ListEvents (every retained event, whatever the groups received) has it, the same.
    List<Event> listed = new ArrayList<>();
    String token = "";
    do {
      ListEventsResponse page = events.listEvents(ListEventsRequest.newBuilder()
          .addEventTypes("add_store_audit_info").setPageToken(token).build());
      listed.addAll(page.getEventsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(event), listed.stream().filter(e -> e.getId().equals(event.getId())).toList());
  }
}
