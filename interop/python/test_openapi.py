"""The REST surface against its own OpenAPI spec (make openapi-check): the spec the
gateway serves is valid, and schemathesis, sending the interop caller's key, finds no
5xx, no 4xx without a JSON google.rpc.Status body (code, message, details), and no
operation that answers without the key (the spec's security: the bearer key)."""
import collections
import json
import os
import pathlib

import jsonschema
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from schemathesis.checks import ignored_auth

ROOT = pathlib.Path(__file__).resolve().parents[2]
# Examples per operation for the fuzzing phase (about a minute on 2 cores).
MAX_EXAMPLES = int(os.environ.get("WXGATE_FUZZ_EXAMPLES", "100"))
# The same cases on every run, so that CI is reproducible; WXGATE_FUZZ_RANDOM=1 explores.
DERANDOMIZE = os.environ.get("WXGATE_FUZZ_RANDOM", "") != "1"


@pytest.fixture(scope="session")
def served_spec(gateway):
    resp = requests.get(gateway.http_base + "/openapi.json", timeout=10)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("application/json")
    return resp.json()


def test_served_spec_is_the_generated_one(served_spec):
    assert served_spec == json.loads((ROOT / "gen/openapiv2/wxgate.swagger.json").read_text())


def test_served_spec_is_valid(served_spec):
    assert served_spec["swagger"] == "2.0"
    validate(served_spec)  # raises on any violation of the Swagger 2.0 schema and rules


def test_validator_rejects_a_broken_spec(served_spec):
    broken = json.loads(json.dumps(served_spec))
    next(iter(broken["paths"].values()))["get"] = {"responses": {"200": {"schema": {"$ref": "#/definitions/Nope"}}}}
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


# The path parameters' x-example of each operation (METHOD, path): ids the sandbox
# has (seed 000's shop, seed 002's cards, seed 004's stores), from the spec.
PATH_EXAMPLES = {}


@pytest.fixture(scope="session")
def api_schema(gateway, served_spec):
    for path, item in served_spec["paths"].items():
        for method, op in item.items():
            for p in op.get("parameters", []):
                if p["in"] == "path" and "x-example" in p:
                    PATH_EXAMPLES.setdefault((method.upper(), path), {})[p["name"]] = (p["x-example"], p)
    return schemathesis.openapi.from_url(gateway.http_base + "/openapi.json")


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    """Half the cases take the spec's example for a path parameter the fuzzer drew a
    valid value for, so that they reach a resource the sandbox has (an id drawn at
    random names none: 404) and the gateway's work past WeChat's answer; invalid
    values (negative cases) stay as drawn."""
    op = context.operation
    swap = {}
    for name, (example, param) in PATH_EXAMPLES.get((op.method.upper(), op.path), {}).items():
        keywords = {k: param[k] for k in ("type", "pattern", "minLength", "maxLength", "enum") if k in param}
        if name in path_parameters and jsonschema.Draft4Validator(keywords).is_valid(path_parameters[name]):
            swap[name] = example
    if not swap:
        return st.just(path_parameters)
    return st.sampled_from([path_parameters, {**path_parameters, **swap}])


schema = schemathesis.pytest.from_fixture("api_schema")
# What the fuzzer sent and got, for the closing test.
SEEN = collections.Counter()
# Cases the spec says are valid (positive) that the gateway refused, by operation,
# status and the refusal's message; and cases it says are invalid (negative) that
# the gateway answered 2xx, by operation and what schemathesis broke: for the
# closing test's report of where the spec and the gateway disagree.
REFUSED = collections.Counter()
ACCEPTED = collections.Counter()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, derandomize=DERANDOMIZE, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_rest_surface(case, gateway):
    # The key on every case; schemathesis's negative cases drop it (missing header).
    auth = {"Authorization": "Bearer " + gateway.key}
    response = case.call(headers=auth, timeout=10)
    phase = case.meta.phase.name.value if case.meta else "?"
    mode = case.meta.generation.mode.value if case.meta else "?"
    SEEN[(case.method, case.path, phase, mode, response.status_code // 100)] += 1
    if mode == "positive" and 400 <= response.status_code < 500:
        try:
            message = str(response.json().get("message", ""))
        except ValueError:
            message = response.text
        REFUSED[(f"{case.method} {case.path}", response.status_code, message[:80])] += 1
    if mode == "negative" and response.status_code < 300:
        broke = getattr(case.meta.phase.data, "description", "") or "; ".join(
            f"{c.value if hasattr(c, 'value') else c}: {info.mode.value}" for c, info in case.meta.components.items()
            if info.mode.value == "negative")
        ACCEPTED[(f"{case.method} {case.path}", str(broke)[:80])] += 1
    what = f"{case.as_curl_command(headers=auth)}\n-> HTTP {response.status_code} {response.text[:500]}"
    assert response.status_code < 500, "server error:\n" + what
    if response.status_code >= 400:
        # schemathesis' Response: lower-case names, lists of values
        assert response.headers.get("content-type", [""])[0].startswith("application/json"), what
        body = response.json()
        assert isinstance(body, dict), what
        assert isinstance(body.get("code"), int) and body["code"] > 0, what
        assert isinstance(body.get("message"), str) and body["message"], what
        assert isinstance(body.get("details"), list), what
        assert all(isinstance(d, dict) and "@type" in d for d in body["details"]), what
    # schemathesis's ignored_auth: after a 2xx with the key, the same request without it
    # and with a wrong one must be refused (401 or 403).
    case.validate_response(response, checks=[ignored_auth], headers=auth)


def test_fuzzer_reached_every_operation(api_schema, capsys):
    ops = {(op.method.upper(), op.path) for op in (r.ok() for r in api_schema.get_all_operations())}
    called = {(method.upper(), path) for method, path, _, _, _ in SEEN}
    total = collections.Counter()
    for (method, path, phase, mode, cls), n in SEEN.items():
        total[phase] += n
        total[f"{cls}xx"] += n
        total[f"{mode} {cls}xx"] += n
        total["unserved method"] += n if (method.upper(), path) not in ops else 0
    with capsys.disabled():
        print(f"\nschemathesis: {sum(SEEN.values())} requests:", dict(sorted(total.items())))
        print("valid by the spec, refused (most often):")
        top = int(os.environ.get("WXGATE_FUZZ_REFUSED", "10"))
        for (op, code, message), n in REFUSED.most_common(top):
            print(f"  {n:5d}  {code} {op}: {message}")
        print("invalid by the spec, accepted (most often):")
        for (op, broke), n in ACCEPTED.most_common(top):
            print(f"  {n:5d}  {op}: {broke}")
    assert ops <= called, f"operations never called: {sorted(ops - called)}"
    assert total["2xx"] > 0 and total["4xx"] > 0 and total["5xx"] == 0
