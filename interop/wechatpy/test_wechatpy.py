"""wechatpy (unmodified, from PyPI; pinned in requirements.txt) against wxgate's pass-through.

How a user points wechatpy at wxgate (`wechatpy_client` below; README): wechatpy fetches
its token from a hard-coded https://api.weixin.qq.com/cgi-bin/token, so it is given a token
instead: the caller's wxgate key, which the pass-through takes as access_token for the
caller's first account. Its API base URLs are attributes: the client's (cgi-bin/, also
used by the groups without one of their own, e.g. client.poi, client.media) and those of
the groups used (client.wifi, client.card, client.wxa). No secret is given: wechatpy would
only send it to WeChat itself.

    client = WeChatClient(APP_ID, None, access_token=WXGATE_KEY)
    client.API_BASE_URL = "http://wxgate:8090/cgi-bin/"
    client.wifi.API_BASE_URL = "http://wxgate:8090/bizwifi/"
    client.card.API_BASE_URL = "http://wxgate:8090/"
    client.wxa.API_BASE_URL = "http://wxgate:8090/"

Every client here also carries a tripwire: an adapter of its requests session for
api.weixin.qq.com that records and refuses any request wechatpy would make to WeChat itself
(a group left unpointed, or its own token fetch). No test may trip it unless it says so.
"""
import uuid

import pytest
import requests
from wechatpy import WeChatClient
from wechatpy.exceptions import APILimitedException, WeChatClientException

CARD_QRCODE = "pFS7Fjg8kV1IdDz01r4SQwMkuCKc"  # seed 002: qrcode/create
CARD_DEPOSIT = "pDF3iY0_dVjb_Pua96MMewA96qvA"  # seed 002: code/deposit, getdepositcount, checkcode
CARD_MPNEWS = "p1Pj9jr90_SQRaVqYI239Ka1erkI"  # seed 002: mpnews/gethtml
CARD_SHELF = "pXch-jnOlGtbuWwIO2NDftZeynRE"  # seed 002: landingpage/create


class NoWeChat(requests.adapters.BaseAdapter):
    """Refuses, and records, every request to WeChat's own hosts."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def send(self, request, **kwargs):
        self.calls.append(request.url)
        raise requests.ConnectionError("tripwire: wechatpy called WeChat itself: " + request.url.split("?")[0])

    def close(self):
        pass


def wechatpy_client(wxgate, key, auto_retry=True):
    """A WeChatClient pointed at the pass-through, as the module docstring says."""
    base = wxgate.compat + "/"
    client = WeChatClient(wxgate.app_id, None, access_token=key, auto_retry=auto_retry)
    client.API_BASE_URL = base + "cgi-bin/"
    client.wifi.API_BASE_URL = base + "bizwifi/"
    client.card.API_BASE_URL = base
    client.wxa.API_BASE_URL = base
    client.tripwire = NoWeChat()
    for prefix in ("https://api.weixin.qq.com/", "http://api.weixin.qq.com/"):
        client._http.mount(prefix, client.tripwire)
    return client


@pytest.fixture
def sdk(wxgate):
    client = wechatpy_client(wxgate, wxgate.keys["sdk"])
    yield client
    assert client.tripwire.calls == [], "wechatpy went to WeChat itself"


@pytest.fixture
def limited(wxgate):
    client = wechatpy_client(wxgate, wxgate.keys["limited"])
    yield client
    assert client.tripwire.calls == [], "wechatpy went to WeChat itself"


def assert_never_saw_a_real_token(wxgate, client):
    stats = wxgate.stats()
    assert stats["tokens"], "WeChat issued real tokens"
    assert client.access_token not in stats["tokens"]
    assert client.access_token.startswith("wxg_"), "wechatpy holds the caller's key, nothing else"
    assert stats["requests"] > 0


def test_wifi_through_the_sdk_with_the_key_as_its_token(wxgate, sdk):
    fetches = wxgate.sdk_token_fetches("sdk")
    assert sdk.access_token == wxgate.keys["sdk"]

    shops = sdk.wifi.list_shops()
    assert shops["totalcount"] == 3 and shops["pageindex"] == 1
    by_id = {r["shop_id"]: r for r in shops["records"]}
    assert by_id[429620]["shop_name"] == "南山店"
    assert by_id[429621]["shop_name"] == "福田店"
    assert by_id[429620]["ssid"] is None  # no devices: WeChat's own null
    assert wxgate.bodies("/bizwifi/shop/list")[-1] == {"pageindex": 1, "pagesize": 20}

    shop = sdk.wifi.get_shop(429621)
    assert shop["shop_name"] == "福田店" and shop["ap_count"] == 0
    assert wxgate.bodies("/bizwifi/shop/get")[-1] == {"shop_id": 429621}

    url = sdk.wifi.get_qrcode_url(429620, 1)
    assert url.endswith("/bizwifi/qrcode/429620_1.png"), url

    assert sdk.wifi.set_homepage(429621, 1, "https://shop.example.com/home")["errcode"] == 0
    assert wxgate.bodies("/bizwifi/homepage/set")[-1] == {
        "shop_id": 429621, "template_id": 1, "struct": {"url": "https://shop.example.com/home"}}
    home = sdk.wifi.get_homepage(429621)
    assert home["template_id"] == 1 and home["url"] == "https://shop.example.com/home", home

    # The simulator answered with the account's real token (it answers nothing else); the
    # SDK holds none of them, and never fetched a token (from anywhere).
    assert_never_saw_a_real_token(wxgate, sdk)
    wxgate.sync()
    assert wxgate.sdk_token_fetches("sdk") == fetches


def test_card_through_the_sdk(wxgate, sdk):
    ticket = sdk.card.create_qrcode({
        "action_name": "QR_CARD", "expire_seconds": 1800,
        "action_info": {"card": {"card_id": CARD_QRCODE, "outer_str": "interop-wechatpy"}}})
    assert ticket, "a ticket"
    assert wxgate.bodies("/card/qrcode/create")[-1]["action_info"]["card"] == {
        "card_id": CARD_QRCODE, "outer_str": "interop-wechatpy"}

    run = uuid.uuid4().hex[:8]
    codes = [f"wp{run}{i}" for i in range(3)]
    before = sdk.card.get_deposit_count(CARD_DEPOSIT)["count"]
    deposit = sdk.card.deposit_code(CARD_DEPOSIT, codes)
    assert deposit["succ_code"] == 3 and deposit["duplicate_code"] == 0 and deposit["fail_code"] == 0, deposit
    assert wxgate.bodies("/card/code/deposit")[-1] == {"card_id": CARD_DEPOSIT, "code": codes}
    again = sdk.card.deposit_code(CARD_DEPOSIT, codes[:1])
    assert again["succ_code"] == 0 and again["duplicate_code"] == 1, again
    assert sdk.card.get_deposit_count(CARD_DEPOSIT)["count"] == before + 3
    check = sdk.card.check_code(CARD_DEPOSIT, [codes[0], f"wp{run}never"])
    assert check["exist_code"] == [codes[0]] and check["not_exist_code"] == [f"wp{run}never"]

    html = sdk.card.get_html(CARD_MPNEWS)
    assert f"cardid={CARD_MPNEWS}" in html, html

    page = sdk.card.create_landingpage({
        "banner": "http://mmbiz.qpic.cn/mmbiz/banner.jpg", "page_title": "interop", "can_share": True,
        "scene": "SCENE_H5", "card_list": [{"card_id": CARD_SHELF, "thumb_url": "http://example.com/t.jpg"}]})
    assert page["errcode"] == 0 and page["page_id"] >= 1 and page["url"].startswith("https://mp.weixin.qq.com/")

    assert sdk.card.set_test_whitelist(openids=["oInteropWechatpy"])["errcode"] == 0
    assert wxgate.bodies("/card/testwhitelist/set")[-1] == {"openid": ["oInteropWechatpy"], "username": []}

    with pytest.raises(WeChatClientException) as err:  # WeChat's own error, as wechatpy raises it
        sdk.card.get_deposit_count("pNoSuchCard0000000000000000")
    assert err.value.errcode == 40073
    assert_never_saw_a_real_token(wxgate, sdk)


def test_store_through_the_sdk(wxgate, sdk):
    # The POI list (/cgi-bin/poi/getpoilist, on the client's base URL).
    pois = sdk.poi.list(0, 20)
    assert [b["base_info"]["branch_name"] for b in pois["business_list"]] == ["艺苑路店", "怡安路店", "新华路店"]
    assert wxgate.bodies("/cgi-bin/poi/getpoilist")[-1] == {"begin": 0, "limit": 20}

    # The store mini program (门店小程序, /wxa/*).
    categories = sdk.wxa.get_merchant_category()
    names = {c["name"] for c in categories["data"]["all_category_info"]["categories"]}
    assert {"美食", "中餐厅"} <= names, names
    district = sdk.wxa.get_district()
    assert district["status"] == 0 and district["result"][0][0]["fullname"] == "北京市"
    stores = sdk.wxa.get_store_list(0, 10)
    assert stores["total_count"] == 2
    poi_id = stores["business_list"][0]["base_info"]["poi_id"]
    assert poi_id == "472665875"
    assert wxgate.bodies("/wxa/get_store_list")[-1] == {"offset": 0, "limit": 10}
    store = sdk.wxa.get_store_info(poi_id)
    assert store["business"]["base_info"]["business_name"] == "超速天使俱乐部", store
    assert_never_saw_a_real_token(wxgate, sdk)


def test_survives_a_token_rotation_with_one_refresh(wxgate, sdk):
    assert sdk.wifi.list_shops()["totalcount"] == 3
    wxgate.sync()
    fetches, sdk_fetches = wxgate.stats()["token_fetches"], wxgate.sdk_token_fetches("sdk")
    requests_before = len(wxgate.requests("/bizwifi/shop/list"))

    wxgate.invalidate_tokens()  # elsewhere, someone fetched a new token: 40001 for the old
    assert sdk.wifi.list_shops()["totalcount"] == 3
    assert wxgate.stats()["token_fetches"] == fetches + 1, "exactly one real token fetch for the rotation"
    assert len(wxgate.requests("/bizwifi/shop/list")) == requests_before + 2, "refused once, then answered"

    wxgate.expire_tokens()  # and WeChat's expiry, 42001
    assert sdk.wifi.get_shop(429620)["shop_name"] == "南山店"
    assert wxgate.stats()["token_fetches"] == fetches + 2
    wxgate.sync()
    assert wxgate.sdk_token_fetches("sdk") == sdk_fetches
    assert_never_saw_a_real_token(wxgate, sdk)


@pytest.mark.parametrize("times", [2, 1000])
def test_persistent_40001_is_minus_one_and_no_recursion(wxgate, sdk, times):
    # auto_retry is on (wechatpy's default): on 40001, 40014 and 42001 it fetches a new token
    # and calls again, without a limit (it recurses until RecursionError when the errcode
    # stays). wxgate answers WeChat refusing the token after its one refresh with -1, which
    # wechatpy raises as it is.
    assert sdk.auto_retry
    assert sdk.wifi.get_shop(429620)["shop_name"] == "南山店"
    wxgate.sync()
    fetches, sdk_fetches = wxgate.stats()["token_fetches"], wxgate.sdk_token_fetches("sdk")
    minus_ones = wxgate.answered("/bizwifi/shop/get", -1)
    requests_before = len(wxgate.requests("/bizwifi/shop/get"))

    wxgate.inject("/bizwifi/shop/get", 40001, times)
    with pytest.raises(WeChatClientException) as err:
        sdk.wifi.get_shop(429621)
    assert err.value.errcode == -1, err.value
    assert "refused" in err.value.errmsg, err.value.errmsg
    assert wxgate.stats()["token_fetches"] == fetches + 1, "one real refresh, not a loop"
    assert len(wxgate.requests("/bizwifi/shop/get")) == requests_before + 2, "40001, and 40001 after the refresh"
    wxgate.sync()
    assert wxgate.answered("/bizwifi/shop/get", -1) == minus_ones + 1
    assert wxgate.sdk_token_fetches("sdk") == sdk_fetches
    assert sdk.access_token == wxgate.keys["sdk"], "wechatpy kept its token: it never tried another"

    wxgate.clear_faults()
    assert sdk.wifi.get_shop(429621)["shop_name"] == "福田店", "and the next call goes through"


def test_a_path_the_caller_may_not_use_is_48001(wxgate, limited):
    requests_before = len(wxgate.requests("/card/code/getdepositcount"))
    with pytest.raises(WeChatClientException) as err:
        limited.card.get_deposit_count(CARD_DEPOSIT)
    assert err.value.errcode == 48001
    assert "may not call /card/code/getdepositcount" in err.value.errmsg
    assert len(wxgate.requests("/card/code/getdepositcount")) == requests_before, "nothing reached WeChat"
    assert limited.wifi.list_shops()["totalcount"] == 3, "Wi-Fi it may use"


def test_past_its_quota_share_is_45009(wxgate, limited):
    requests_before = len(wxgate.requests("/bizwifi/qrcode/get"))
    # "limited" may make 2 /bizwifi/qrcode/get a day; no other test uses its share.
    assert limited.wifi.get_qrcode_url(429620, 0).endswith("/bizwifi/qrcode/429620_0.png")
    assert limited.wifi.get_qrcode_url(429621, 0).endswith("/bizwifi/qrcode/429621_0.png")
    with pytest.raises(APILimitedException) as err:  # wechatpy's exception for 45009
        limited.wifi.get_qrcode_url(429620, 0)
    assert err.value.errcode == 45009
    assert "daily quota" in err.value.errmsg
    assert int(err.value.response.headers["Retry-After"]) > 0
    assert len(wxgate.requests("/bizwifi/qrcode/get")) == requests_before + 2, "the third did not reach WeChat"


def test_a_key_wxgate_does_not_know(wxgate):
    """Not a caller's key (a typo, or a key since removed): 40001. With auto_retry off,
    wechatpy raises it; with it on, wechatpy fetches a token from WeChat itself (its
    hard-coded host, caught here by the tripwire) with no secret, since none was given."""
    bogus = "wxg_aaaaaaaa_" + "a" * 52
    client = wechatpy_client(wxgate, bogus, auto_retry=False)
    with pytest.raises(WeChatClientException) as err:
        client.wifi.list_shops()
    assert err.value.errcode == 40001
    assert client.tripwire.calls == []

    client = wechatpy_client(wxgate, bogus)  # auto_retry on
    with pytest.raises(requests.ConnectionError, match="tripwire"):
        client.wifi.list_shops()
    assert [u.split("?")[0] for u in client.tripwire.calls] == ["https://api.weixin.qq.com/cgi-bin/token"]
    assert "secret=" not in client.tripwire.calls[0], client.tripwire.calls[0]
