"""The sandbox gateway (bin/gateway, built by make) on free loopback ports, per session."""
import collections
import json
import os
import pathlib
import queue
import subprocess
import threading

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


class Gateway:
    def __init__(self, grpc_target: str, http_base: str):
        self.grpc_target = grpc_target  # host:port
        self.http_base = http_base  # http://host:port


@pytest.fixture(scope="session")
def gateway():
    binary = os.environ.get("WXGATE_GATEWAY", str(ROOT / "bin" / "gateway"))
    proc = subprocess.Popen(
        [binary, "serve", "--sandbox", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"],
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
        yield Gateway(listening["grpc"], "http://" + listening["http"])
    finally:
        proc.terminate()
        try:
            code = proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        assert code == 0, f"gateway exited {code} on SIGTERM:\n" + "".join(tail)
