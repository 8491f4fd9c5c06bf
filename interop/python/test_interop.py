"""The generated Python package (wxgate-client, installed from gen/python) against a
sandbox gateway over gRPC: calls across services, error details, the account header,
the caller key."""
import base64
import pathlib
import re
import secrets
import threading

import grpc
import pytest
from buf.validate import validate_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status

import first_call
import subscriber
import wxgate
from wxgate.card.v1 import card_pb2, card_pb2_grpc
from wxgate.events.v1 import events_pb2, events_pb2_grpc
from wxgate.portal.v1 import portal_pb2, portal_pb2_grpc
from wxgate.store.v1 import store_pb2, store_pb2_grpc
from wxgate.wifi.v1 import wifi_pb2, wifi_pb2_grpc

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT = [("x-wxgate-account", "default")]


@pytest.fixture(scope="module")
def channel(gateway):
    # Every call on it sends "authorization: Bearer <key>": gRPC's call credentials, which
    # need a channel it trusts; local_channel_credentials is plaintext to a loopback port.
    creds = grpc.composite_channel_credentials(
        grpc.local_channel_credentials(), grpc.access_token_call_credentials(gateway.key))
    with grpc.secure_channel(gateway.grpc_target, creds) as ch:
        yield ch


def details(err):
    """The google.rpc.Status details of err, unpacked, by message type."""
    status = rpc_status.from_call(err)
    assert status is not None, f"{err.code()} without google.rpc.Status details"
    assert status.code == err.code().value[0]
    found = {}
    for any_ in status.details:
        for cls in (error_details_pb2.ErrorInfo, error_details_pb2.BadRequest, validate_pb2.Violations):
            msg = cls()
            if any_.Unpack(msg):
                found[cls] = msg
    return found


def test_package_is_installed_not_from_source_tree():
    assert "site-packages" in wxgate.__file__, wxgate.__file__


def test_readme_shows_the_snippet_ci_runs():
    readme = (HERE.parents[1] / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert (HERE / "first_call.py").read_text() in blocks
    assert (HERE / "subscriber.py").read_text() in blocks


def test_first_call(gateway, capsys):
    # Runs first (file order) so that shop 429620 has no portal key yet.
    shops, code, info = first_call.main(gateway.grpc_target, gateway.key)
    assert [s.shop_id for s in shops.shops] == [429620, 429621, 7921527]
    assert shops.total_count == 3
    assert code == grpc.StatusCode.FAILED_PRECONDITION
    assert info.reason == "PORTAL_SECRET_MISSING" and info.domain == "wxgate"
    assert info.metadata["shop_id"] == "429620" and info.metadata["account"] == "default"
    out = capsys.readouterr().out
    assert "429620 南山店" in out and "FAILED_PRECONDITION PORTAL_SECRET_MISSING" in out


def test_wifi_homepage_round_trip(channel):
    wifi = wifi_pb2_grpc.WifiServiceStub(channel)
    qr = wifi.GetQrcode(wifi_pb2.GetQrcodeRequest(shop_id=429620, img_id=wifi_pb2.QRCODE_IMAGE_PLAIN), timeout=10)
    assert qr.qrcode_url.startswith("http") and "429620" in qr.qrcode_url
    wifi.SetHomepage(wifi_pb2.SetHomepageRequest(
        shop_id=429621, template_id=wifi_pb2.HOMEPAGE_TEMPLATE_CUSTOM_URL,
        url="https://shop.example.com/py"), metadata=DEFAULT, timeout=10)
    home = wifi.GetHomepage(wifi_pb2.GetHomepageRequest(shop_id=429621), metadata=DEFAULT, timeout=10)
    assert home.template_id == wifi_pb2.HOMEPAGE_TEMPLATE_CUSTOM_URL
    assert home.url == "https://shop.example.com/py"


def test_store_categories_and_districts(channel):
    store = store_pb2_grpc.StoreServiceStub(channel)
    cats = store.ListMerchantCategories(store_pb2.ListMerchantCategoriesRequest(), timeout=10)
    by_id = {c.id: c for c in cats.categories}
    assert by_id[270].name == "中餐厅" and by_id[270].father == 269
    assert by_id[270].level == store_pb2.CATEGORY_LEVEL_SECOND
    districts = store.ListDistricts(store_pb2.ListDistrictsRequest(), timeout=10)
    assert any(p.fullname == "北京市" for p in districts.provinces)
    stores = store.ListStores(store_pb2.ListStoresRequest(), metadata=DEFAULT, timeout=10)
    assert stores.business_list and all(s.poi_id > 0 for s in stores.business_list)


def test_portal_key_from_wifi_then_sign_and_verify(channel):
    wifi = wifi_pb2_grpc.WifiServiceStub(channel)
    portal = portal_pb2_grpc.PortalSignServiceStub(channel)
    key = wifi.RegisterPortalDevice(wifi_pb2.RegisterPortalDeviceRequest(shop_id=7921527, ssid="py-shop"), timeout=10)
    assert re.fullmatch(r"[0-9a-f]{32}", key.secretkey)
    params = dict(shop_id=7921527, auth_url="https://auth.example.com/py", mac="aa:bb:cc:dd:ee:ff", ssid="py-shop")
    signed = portal.Sign(portal_pb2.SignRequest(**params), timeout=10)
    assert re.fullmatch(r"[0-9a-f]{32}", signed.sign) and signed.timestamp > 0
    ok = portal.VerifySign(portal_pb2.VerifySignRequest(**params, timestamp=signed.timestamp, sign=signed.sign), timeout=10)
    assert ok.valid
    bad = portal.VerifySign(portal_pb2.VerifySignRequest(**params, timestamp=signed.timestamp, sign="0" * 32), timeout=10)
    assert not bad.valid and bad.invalid_reason == portal_pb2.INVALID_REASON_SIGN_MISMATCH


def test_card_codes_streamed_then_counted_and_checked(channel):
    card = card_pb2_grpc.CardServiceStub(channel)
    card_id = "pDF3iY0_dVjb_Pua96MMewA96qvA"  # the simulator's code/deposit card
    before = card.GetDepositCount(card_pb2.GetDepositCountRequest(card_id=card_id), timeout=10).count
    codes = [f"wxgate-py-{i}" for i in range(250)]

    def chunks():  # a client stream of three messages
        for i in range(0, len(codes), 100):
            yield card_pb2.DepositCodesStreamRequest(card_id=card_id, code=codes[i:i + 100])

    got = card.DepositCodesStream(chunks(), timeout=30)
    assert (got.code_count, got.succ_code, got.duplicate_code, got.fail_code) == (250, 250, 0, 0)
    after = card.GetDepositCount(card_pb2.GetDepositCountRequest(card_id=card_id), timeout=10).count
    assert after == before + 250
    check = card.CheckCodes(card_pb2.CheckCodesRequest(card_id=card_id, code=codes[:3] + ["never-deposited"]), timeout=10)
    assert list(check.exist_code) == codes[:3] and list(check.not_exist_code) == ["never-deposited"]


def test_invalid_argument_names_the_fields(channel):
    portal = portal_pb2_grpc.PortalSignServiceStub(channel)
    with pytest.raises(grpc.RpcError) as exc:
        portal.Sign(portal_pb2.SignRequest(shop_id=7921527, auth_url="ftp://x", mac="zz", ssid="s"), timeout=10)
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    found = details(exc.value)
    fields = {v.field for v in found[error_details_pb2.BadRequest].field_violations}
    assert fields == {"auth_url", "mac"}
    rules = {v.rule_id for v in found[validate_pb2.Violations].violations}
    assert rules == {"auth_url.scheme", "mac.format"}


def test_account_metadata(channel):
    wifi = wifi_pb2_grpc.WifiServiceStub(channel)
    shops = wifi.ListShops(wifi_pb2.ListShopsRequest(), metadata=DEFAULT, timeout=10)
    assert shops.total_count == 3
    with pytest.raises(grpc.RpcError) as exc:
        wifi.ListShops(wifi_pb2.ListShopsRequest(), metadata=[("x-wxgate-account", "nobody")], timeout=10)
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "nobody" in exc.value.details()
    found = details(exc.value)
    info = found[error_details_pb2.ErrorInfo]
    assert info.reason == "UNKNOWN_ACCOUNT" and info.domain == "wxgate"
    assert info.metadata["header"] == "x-wxgate-account"
    assert [v.field for v in found[error_details_pb2.BadRequest].field_violations] == ["x-wxgate-account"]


def random_key():
    """A well-formed key (wxg_<id>_<secret>, lowercase base32) that no caller has."""
    b32 = lambda n: base64.b32encode(secrets.token_bytes(n)).decode().rstrip("=").lower()
    return f"wxg_{b32(5)}_{b32(32)}"


@pytest.mark.parametrize("metadata", [[], [("authorization", "Bearer " + random_key())]],
                         ids=["no key", "wrong key"])
def test_caller_without_its_key_is_refused(gateway, metadata):
    with grpc.insecure_channel(gateway.grpc_target) as plain:
        wifi = wifi_pb2_grpc.WifiServiceStub(plain)
        with pytest.raises(grpc.RpcError) as exc:
            wifi.ListShops(wifi_pb2.ListShopsRequest(), metadata=DEFAULT + metadata, timeout=10)
    assert exc.value.code() == grpc.StatusCode.UNAUTHENTICATED
    info = details(exc.value)[error_details_pb2.ErrorInfo]
    assert info.reason == "UNAUTHENTICATED" and info.domain == "wxgate"


def test_subscriber_receives_the_store_audit(gateway, channel, capsys):
    # The sandbox pushes AddStore's audit to the gateway's callback ~300 ms later; the
    # subscriber (subscriber.py), in a group of its own, receives it and acknowledges it.
    group = "interop-py-" + secrets.token_hex(4)
    done = {}

    def subscribe():
        try:
            done["handled"] = subscriber.main(gateway.grpc_target, gateway.key, group,
                                              event_types=["add_store_audit_info"], stop_after=1)
        except Exception as err:  # reported below
            done["error"] = err

    thread = threading.Thread(target=subscribe, daemon=True)
    thread.start()
    store = store_pb2_grpc.StoreServiceStub(channel)
    added = store.AddStore(store_pb2.AddStoreRequest(
        map_poi_id="2880741500279549033", pic_list=["http://mmbiz.qpic.cn/mmbiz_jpg/a/0?wx_fmt=jpeg"],
        contract_phone="12345678", hour="10:00-21:00", credential="c2880741500279549033"),
        metadata=DEFAULT, timeout=10)
    assert added.audit_id > 0
    thread.join(timeout=15)
    assert not thread.is_alive(), f"no add_store_audit_info reached group {group} within 15 s"
    assert "error" not in done, done.get("error")
    [got] = done["handled"]
    assert got.delivery_count == 1
    event = got.event
    assert event.event == "add_store_audit_info" and event.WhichOneof("payload") == "add_store_audit"
    assert event.add_store_audit.audit_id == added.audit_id
    assert event.add_store_audit.status == store_pb2.STORE_STATUS_APPROVED
    assert event.account == "default" and re.fullmatch(r"[0-9a-f]{32}", event.id)
    assert f"{event.id} add_store_audit {added.audit_id} STORE_STATUS_APPROVED" in capsys.readouterr().out

    events = events_pb2_grpc.EventServiceStub(channel)
    # Acknowledged by the subscriber: nothing of the group is outstanding any more.
    acked = events.AckEvents(events_pb2.AckEventsRequest(group=group, ids=[event.id]), timeout=10)
    assert acked.acknowledged == 0
    # ListEvents (every retained event, whatever the groups received) has it, the same.
    listed, token = [], ""
    while True:
        page = events.ListEvents(events_pb2.ListEventsRequest(
            event_types=["add_store_audit_info"], page_token=token), metadata=DEFAULT, timeout=10)
        listed += page.events
        token = page.next_page_token
        if not token:
            break
    assert [e for e in listed if e.id == event.id] == [event]
