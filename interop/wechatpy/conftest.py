"""wechatpy against wxgate's WeChat-compatible pass-through: the set-up, once per session.

`make interop-wechatpy` runs this directory (pytest) in a venv with requirements.txt.
The session starts `gateway sim` (the WeChat simulator, with its control API under
/_sim/), makes two caller keys with `gateway keys new` ("sdk", and "limited": Wi-Fi only,
2 /bizwifi/qrcode/get a day), and starts `gateway serve` with one account whose upstream is
the simulator and the pass-through on; everything on free loopback ports, stopped (SIGTERM)
at the end. The control API and the gateway's log lines say what happened behind the SDK.
"""
import json
import os
import pathlib
import queue
import re
import shutil
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOKEN_PATHS = {"/cgi-bin/token", "/cgi-bin/stable_token"}


class _Output:
    """Keeps reading a child's output (so that it never blocks on it), line by line."""

    def __init__(self, stream):
        self.lines = []
        self.new = queue.Queue()
        self._lock = threading.Lock()
        threading.Thread(target=self._drain, args=(stream,), daemon=True).start()

    def _drain(self, stream):
        for line in stream:
            with self._lock:
                self.lines.append(line)
            self.new.put(line)
        self.new.put(None)

    def snapshot(self):
        with self._lock:
            return list(self.lines)

    def tail(self, n=40):
        return "".join(self.snapshot()[-n:])

    def wait_for(self, predicate, timeout=30):
        """The first JSON line (from now on) for which predicate holds, or None."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.new.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return None
            if line is None:
                return None
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if predicate(rec):
                return rec


class Wxgate:
    """The running simulator and gateway, and what the tests ask of them."""

    def __init__(self, sim_url, app_id, compat, keys, log):
        self.sim_url = sim_url  # http://127.0.0.1:PORT: the simulator and its control API
        self.app_id = app_id  # the account's app id (the simulator's)
        self.compat = compat  # http://127.0.0.1:PORT: the pass-through
        self.keys = keys  # caller name -> its wxgate key
        self._log = log

    # -- the simulator's control API (plain HTTP: it is not what the tests are about)

    def _sim(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.sim_url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as res:
            return json.loads(res.read() or b"null")

    def stats(self):
        return self._sim("GET", "/_sim/stats")

    def requests(self, path):
        return self._sim("GET", "/_sim/requests?path=" + urllib.parse.quote(path)) or []

    def bodies(self, path):
        return [json.loads(r["body"]) for r in self.requests(path) if r.get("body")]

    def invalidate_tokens(self):
        self._sim("POST", "/_sim/invalidate-tokens", {})

    def expire_tokens(self):
        self._sim("POST", "/_sim/expire-tokens", {})

    def inject(self, path, errcode, times):
        self._sim("POST", "/_sim/inject", {"path": path, "errcode": errcode, "times": times})

    def clear_faults(self):
        self._sim("POST", "/_sim/clear-faults", {})

    # -- the gateway's log

    def pass_throughs(self):
        out = []
        for line in self._log.snapshot():
            if '"msg":"pass-through"' in line:
                out.append(json.loads(line))
        return out

    def sdk_token_fetches(self, caller):
        """How often caller fetched an SDK token from wxgate (/cgi-bin/token, stable_token)."""
        return sum(1 for r in self.pass_throughs() if r.get("caller") == caller and r.get("path") in TOKEN_PATHS)

    def answered(self, path, errcode):
        """Pass-through calls of path that wxgate answered with errcode."""
        return sum(1 for r in self.pass_throughs() if r.get("path") == path and r.get("errcode") == errcode)

    def sync(self):
        """Waits until the gateway has logged every call made so far: it logs a call after
        answering it. A call of a path of our own (no token: 41001) is the marker."""
        marker = "/wxgate-interop-sync/" + uuid.uuid4().hex
        with urllib.request.urlopen(self.compat + marker, timeout=10) as res:
            assert json.loads(res.read())["errcode"] == 41001
        deadline = time.monotonic() + 5
        while not any(r.get("path") == marker for r in self.pass_throughs()):
            assert time.monotonic() < deadline, "gateway did not log the marker:\n" + self._log.tail()
            time.sleep(0.01)
        time.sleep(0.05)  # a call answered just before the marker may log just after it


def _stop(proc, name, output, must_exit_zero):
    proc.terminate()  # SIGTERM
    try:
        code = proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError(f"{name} did not stop within 20s of SIGTERM:\n" + output.tail())
    if must_exit_zero:
        assert code == 0, f"{name} exited {code} on SIGTERM:\n" + output.tail()


@pytest.fixture(scope="session")
def wxgate(tmp_path_factory):
    binary = os.environ.get("WXGATE_GATEWAY", str(ROOT / "bin" / "gateway"))
    tmp = tmp_path_factory.mktemp("wxgate")
    sim = subprocess.Popen([binary, "sim"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    gateway = None
    sim_out = _Output(sim.stdout)
    try:
        info = sim_out.wait_for(lambda r: r.get("msg") == "wechatsim listening")
        assert info, "gateway sim did not report its URL:\n" + sim_out.tail()
        assert info["url"].startswith("http://127.0.0.1:"), info

        keys, key_files = {}, {}
        for caller in ("sdk", "limited"):
            key_files[caller] = tmp / f"{caller}.key"
            subprocess.run([binary, "keys", "new", "--caller", caller, "--key-file", str(key_files[caller])],
                           check=True, stdout=subprocess.DEVNULL)
            keys[caller] = key_files[caller].read_text().strip()
            assert re.fullmatch(r"wxg_[a-z2-7]{8}_[a-z2-7]{52}", keys[caller]), "gateway keys new: not a key"
        config = tmp / "gateway.yaml"  # JSON is YAML
        config.write_text(json.dumps({
            "accounts": [{"name": "main", "app_id": info["app_id"], "app_secret_env": "WXGATE_MAIN_SECRET",
                          "upstream_url": info["url"]}],
            "ratelimits": {"default": {}},
            "compat": {"addr": "127.0.0.1:0"},
            "callers": [
                {"name": "sdk", "keys": [{"key_file": str(key_files["sdk"])}], "accounts": ["main"],
                 "allow": ["/cgi-bin/*", "/bizwifi/*", "/card/*", "/wxa/*"]},
                {"name": "limited", "keys": [{"key_file": str(key_files["limited"])}], "accounts": ["main"],
                 "allow": ["/bizwifi/*"], "quotas": {"/bizwifi/qrcode/get": {"daily": 2}}},
            ]}, indent=2))
        env = dict(os.environ, WXGATE_MAIN_SECRET=info["app_secret"])
        gateway = subprocess.Popen(
            [binary, "serve", "--config", str(config), "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        log = _Output(gateway.stderr)
        listening = log.wait_for(lambda r: r.get("msg") == "wxgate listening")
        assert listening and listening.get("compat"), "gateway did not report its compat port:\n" + log.tail()
        assert listening["compat"].startswith("127.0.0.1:"), listening
        yield Wxgate(info["url"], info["app_id"], "http://" + listening["compat"], keys, log)
        _stop(gateway, "gateway", log, must_exit_zero=True)
        gateway = None
    finally:
        if gateway is not None:
            gateway.kill()
            gateway.wait()
        if sim.poll() is None:
            _stop(sim, "gateway sim", sim_out, must_exit_zero=False)
        shutil.rmtree(tmp)  # the keys and the config


@pytest.fixture(autouse=True)
def _clear_faults(wxgate):
    yield
    wxgate.clear_faults()
