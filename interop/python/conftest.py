"""The sandbox gateway (bin/gateway, built by make) on free loopback ports, per session,
with caller authentication on: one caller, "interop", whose key `gateway keys new` made."""
import collections
import json
import os
import pathlib
import queue
import re
import shutil
import stat
import subprocess
import threading

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


class Gateway:
    def __init__(self, grpc_target: str, http_base: str, key: str):
        self.grpc_target = grpc_target  # host:port
        self.http_base = http_base  # http://host:port
        self.key = key  # the interop caller's key: send "authorization: Bearer <key>"


@pytest.fixture(scope="session")
def gateway(tmp_path_factory):
    binary = os.environ.get("WXGATE_GATEWAY", str(ROOT / "bin" / "gateway"))
    tmp = tmp_path_factory.mktemp("gateway")
    key_file = tmp / "interop.key"
    subprocess.run([binary, "keys", "new", "--caller", "interop", "--key-file", str(key_file)],
                   check=True, stdout=subprocess.DEVNULL)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert re.fullmatch(r"wxg_[a-z2-7]{8}_[a-z2-7]{52}", key), "gateway keys new: not a key"
    config = tmp / "gateway.yaml"  # JSON is YAML
    config.write_text(json.dumps({"auth": {"mode": "keys"}, "callers": [{
        "name": "interop", "keys": [{"key_file": str(key_file)}], "accounts": ["*"],
        # RegisterPortalDevice hands out a secret: only a rule naming it allows it.
        "allow": ["*", "wxgate.wifi.v1.WifiService/RegisterPortalDevice"]}]}, indent=2))
    proc = subprocess.Popen(
        [binary, "serve", "--sandbox", "--config", str(config),
         "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    lines = queue.Queue()
    tail = collections.deque(maxlen=50)

    def drain():  # keep reading stderr so the gateway never blocks on its log
        for line in proc.stderr:
            tail.append(line)
            lines.put(line)
        lines.put(None)

    threading.Thread(target=drain, daemon=True).start()
    try:
        listening = None
        while listening is None:
            try:
                line = lines.get(timeout=30)
            except queue.Empty:
                break
            if line is None:
                break
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("msg") == "wxgate listening":
                listening = rec
        assert listening, "gateway did not report its ports:\n" + "".join(tail)
        assert listening.get("auth") == "keys", listening
        yield Gateway(listening["grpc"], "http://" + listening["http"], key)
    finally:
        shutil.rmtree(tmp)  # the key and the config
        proc.terminate()
        try:
            code = proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        assert code == 0, f"gateway exited {code} on SIGTERM:\n" + "".join(tail)
