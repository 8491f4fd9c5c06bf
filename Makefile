# wxgate — every target works on a fresh machine with Go, Python, Node.js, Java and
# Maven, fetching only from the Go module proxy, PyPI, npm, Maven Central and Debian.
# Code generators are pinned: buf and protoc-gen-* as Go tools (tools/go.mod, go.mod),
# grpcio-tools in tools/python, the TypeScript generators in tools/ts, protoc and
# protoc-gen-grpc-java in gen/java/pom.xml.

SHELL := bash
BUF := go tool -modfile=tools/go.mod buf
GO_TEST_FLAGS ?= -race -count=1 -timeout 15m
# Python venvs of the client targets (git-ignored build/), each from a pinned requirements file.
PYTHON ?= python3

.PHONY: all deps generate generate-go generate-python generate-ts generate-java generate-docs check-generate \
	lint build run test test-go test-redis image test-image fuzz fuzz-short interop interop-python interop-ts interop-java interop-wxjava interop-wechatpy interop-silenceper openapi-check bench bench-events load clean

all: lint test build

## deps: the system packages the tests need, from Debian's packages: redis-server,
## and chromium (the browser test of CORS and browser callers); redis-tools,
## redis-sentinel, podman, runc and ca-certificates (test-redis, image, test-image)
deps:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server (Debian package)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing chromium (Debian package)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@missing=; for cp in $(DEPLOY_DEPS); do command -v $${cp%%:*} >/dev/null 2>&1 || missing="$$missing $${cp#*:}"; done; \
	[ -f /etc/ssl/certs/ca-certificates.crt ] || missing="$$missing ca-certificates"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing (Debian packages)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; fi

# command:package pairs of the Redis Cluster and Sentinel tests (redis-cli --cluster
# create, redis-sentinel) and of the image (podman builds it; podman run needs runc
# here, crun fails on this kind of machine)
DEPLOY_DEPS := redis-cli:redis-tools redis-sentinel:redis-sentinel podman:podman runc:runc

## generate: regenerate every tree under gen/ from proto/ (one generate-<lang> each),
## and the API explorer's assets
generate: generate-go generate-python generate-java generate-ts generate-docs

## generate-go: Go messages, gRPC, grpc-gateway and the OpenAPI spec (buf, local plugins);
## then tools/openapi-constraints writes the protos' buf.validate rules into the spec
## (required, lengths, patterns, ranges, enum values, list sizes), read from buf's image
generate-go:
	$(BUF) generate
	$(BUF) build --exclude-source-info -o -#format=binpb | \
		go -C tools run ./openapi-constraints $(CURDIR)/gen/openapiv2/wxgate.swagger.json

## generate-python: the Python client package gen/python (grpcio-tools' bundled protoc)
generate-python: build/venv-gen/.ok
	tools/python/generate.sh build/venv-gen/bin/python

# build/venv-NAME: a venv with the pinned requirements file(s) it depends on.
build/venv-%/.ok:
	rm -rf build/venv-$*
	$(PYTHON) -m venv build/venv-$*
	build/venv-$*/bin/pip install -q --disable-pip-version-check $(addprefix -r ,$^)
	touch $@
build/venv-gen/.ok: tools/python/requirements-generate.txt

## generate-ts: the TypeScript REST client's types gen/ts/schema.d.ts from the OpenAPI
## spec (swagger2openapi, openapi-typescript; pinned in tools/ts/package-lock.json)
generate-ts: generate-go
	npm ci --prefix tools/ts --no-audit --no-fund --loglevel=error
	node tools/ts/generate.mjs

## generate-docs: the API explorer's assets gen/swagger-ui (served at /docs with
## web/docs, embedded in the binary): swagger-ui-dist's bundle, stylesheet and
## licences, pinned in tools/swagger-ui/package-lock.json (no install scripts run)
SWAGGER_UI := tools/swagger-ui/node_modules/swagger-ui-dist
generate-docs:
	npm ci --prefix tools/swagger-ui --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -rf gen/swagger-ui && mkdir -p gen/swagger-ui
	cp $(addprefix $(SWAGGER_UI)/,swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css LICENSE NOTICE) \
		gen/swagger-ui/

## generate-java: the Java client module gen/java (protoc and protoc-gen-grpc-java are
## Maven artifacts, pinned in gen/java/pom.xml; its `generate` profile runs them)
JAVA_GEN := gen/java/target/generated-sources/protobuf
generate-java:
	mvn -B -q -f gen/java -Pgenerate clean generate-sources
	rm -rf gen/java/src/main/java && mkdir -p gen/java/src/main/java
	cp -R $(JAVA_GEN)/java/. $(JAVA_GEN)/grpc-java/. gen/java/src/main/java/

## check-generate: regenerate, then fail when gen/ differs from what is committed
check-generate: generate
	@if [ -n "$$(git status --porcelain -- gen)" ]; then \
		git status --short -- gen | head -40; git diff --stat -- gen | tail -5; \
		echo "gen/ is out of date with proto/: run 'make generate' and commit gen/"; exit 1; \
	fi

## lint: buf lint, buf format check, go vet (the tagged tests of test-redis and
## test-image too, and tools/openapi-constraints), gofmt
lint:
	$(BUF) lint
	$(BUF) format --diff --exit-code
	go vet -tags redisha,image ./...
	go -C tools vet ./openapi-constraints/
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^gen/')); \
	if [ -n "$$out" ]; then echo "gofmt would change: $$out"; exit 1; fi

## build: the gateway binary in bin/
build:
	go build -o bin/gateway ./cmd/gateway

## run: the gateway in sandbox mode (built-in WeChat simulator, no account needed)
run:
	go run ./cmd/gateway serve --sandbox

## test: every check and every test, as CI runs them (installs what they need)
test: deps check-generate lint test-go test-redis test-image fuzz-short interop

## fuzz: fuzz the REST decoding of every route (FUZZTIME, default 5m): never a 5xx or a
## panic, nothing reaching WeChat for input the gateway refuses; then the callback's
## push handling: the receiver, the decoder, the decrypter and the signature check
## (FUZZTIME each; never a panic); fuzz-short: 15 s of the first, 5 s of each other
FUZZTIME ?= 5m
PUSH_FUZZTIME ?= $(FUZZTIME)
fuzz:
	go test -run '^$$' -fuzz '^FuzzREST$$' -fuzztime $(FUZZTIME) ./internal/server/
	go test -run '^$$' -fuzz '^FuzzReceiver$$' -fuzztime $(PUSH_FUZZTIME) ./internal/events/
	go test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(PUSH_FUZZTIME) ./internal/events/
	go test -run '^$$' -fuzz '^FuzzDecrypt$$' -fuzztime $(PUSH_FUZZTIME) ./internal/wxcrypt/
	go test -run '^$$' -fuzz '^FuzzVerify$$' -fuzztime $(PUSH_FUZZTIME) ./internal/wxcrypt/
fuzz-short:
	$(MAKE) --no-print-directory fuzz FUZZTIME=15s PUSH_FUZZTIME=5s

## interop: the generated clients against a running sandbox gateway, and the REST
## surface fuzzed from the OpenAPI spec
interop: interop-python interop-ts interop-java interop-wxjava interop-wechatpy interop-silenceper openapi-check

## test-go: the Go tests alone, with the race detector (the everyday target)
test-go:
	go test $(GO_TEST_FLAGS) ./...
	go -C tools test $(GO_TEST_FLAGS) ./openapi-constraints/

## test-redis: the Redis Cluster and Sentinel tests (build tag redisha): three
## gateway replicas on a real three-master Cluster and on a Sentinel set, each
## started by the test from Debian's packages, the master holding an account's keys
## killed while calls run; the limiter's scripts on a Cluster, and behind one address
test-redis:
	go test $(GO_TEST_FLAGS) -tags redisha -run '^TestRedisHA' ./internal/ratelimit/ ./internal/server/

## image: the container image (Dockerfile) as $(IMAGE), built with podman FROM
## scratch: a static binary built here (CGO_ENABLED=0) and the host's CA certificates
IMAGE ?= wxgate:dev
# podman run needs default_ulimits = [] on this kind of machine (and --runtime runc)
CONTAINERS_CONF ?= $(CURDIR)/deploy/podman/containers.conf
PODMAN := CONTAINERS_CONF=$(CONTAINERS_CONF) podman
image:
	rm -rf build/image && mkdir -p build/image
	CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o build/image/gateway ./cmd/gateway
	cp /etc/ssl/certs/ca-certificates.crt build/image/
	$(PODMAN) build --quiet -f Dockerfile -t $(IMAGE) build/image

## test-image: the image run by podman (deploy/image_test.go, build tag image): only
## the binary and the CA bundle in it, static, non-root; in sandbox mode it answers
## /healthz, a REST and a gRPC call, and exits 0 on SIGTERM
test-image: image
	CONTAINERS_CONF=$(CONTAINERS_CONF) WXGATE_IMAGE=$(IMAGE) go test $(GO_TEST_FLAGS) -tags image -run '^TestImage' ./deploy/

## interop-python: the Python client (gen/python, installed into a venv) against a
## sandbox gateway over gRPC (interop/python, pytest)
interop-python: build build/venv-interop/.ok
	build/venv-interop/bin/pip install -q --disable-pip-version-check --no-deps --force-reinstall ./gen/python
	build/venv-interop/bin/pip check -q
	cd interop/python && ../../build/venv-interop/bin/python -m pytest -p no:cacheprovider -q test_interop.py
build/venv-interop/.ok: interop/python/requirements.txt

## openapi-check: the OpenAPI spec the gateway serves is valid (openapi-spec-validator),
## and schemathesis fuzzes the REST surface from it: no 5xx, every 4xx a JSON
## google.rpc.Status (interop/python/test_openapi.py; WXGATE_FUZZ_EXAMPLES, _RANDOM)
openapi-check: build build/venv-openapi/.ok
	cd interop/python && HYPOTHESIS_STORAGE_DIRECTORY=$(CURDIR)/build/hypothesis \
		../../build/venv-openapi/bin/python -m pytest -p no:cacheprovider -q test_openapi.py
build/venv-openapi/.ok: interop/python/requirements-openapi.txt

## interop-ts: the TypeScript client (gen/ts, npm-installed into interop/ts) against a
## sandbox gateway over REST (node:test, compiled with tsc, which also type-checks gen/ts)
interop-ts: build
	cd interop/ts && npm ci --no-audit --no-fund --loglevel=error && rm -rf dist && npx tsc -p . && node --test dist/

## interop-java: the Java client (gen/java, installed into ~/.m2) against a sandbox
## gateway over gRPC (interop/java, JUnit 5; not -q, so Surefire's counts show)
interop-java: build
	mvn -B -q -f gen/java install
	mvn -B -ntp -f interop/java test -Dwxgate.gateway=$(CURDIR)/bin/gateway

## interop-wxjava: WxJava (weixin-java-mp from Maven Central, unmodified) against the
## WeChat-compatible pass-through, its API host pointed at it, the simulator (gateway
## sim) behind (interop/wxjava, JUnit 5; not -q, so Surefire's counts show)
interop-wxjava: build
	mvn -B -ntp -f interop/wxjava test -Dwxgate.gateway=$(CURDIR)/bin/gateway

## interop-wechatpy: wechatpy (from PyPI, unmodified) against the WeChat-compatible
## pass-through, its base URLs pointed at it, the simulator (gateway sim) behind
## (interop/wechatpy, pytest)
interop-wechatpy: build build/venv-wechatpy/.ok
	cd interop/wechatpy && ../../build/venv-wechatpy/bin/python -m pytest -p no:cacheprovider -q test_wechatpy.py
build/venv-wechatpy/.ok: interop/wechatpy/requirements.txt

## interop-silenceper: silenceper/wechat v2 (from the Go module proxy, unmodified)
## against the pass-through (interop/silenceper: its own Go module, so the gateway's
## go.mod never depends on it)
interop-silenceper: build
	cd interop/silenceper && WXGATE_GATEWAY=$(CURDIR)/bin/gateway go test -race -count=1 ./...

## bench: the benchmarks, figures for issue notes
bench:
	go test -run '^$$' -bench . -benchmem -count 1 ./...

## bench-events: the events figures of issue 12 (internal/server/events_bench_test.go):
## pushes/s one replica accepts with a subscriber draining, p50/p99 ms push to subscriber
## (EVENTS_PUSHES pushes), memory and Redis; MB per 100,000 events retained
EVENTS_PUSHES ?= 20000
bench-events:
	go test -run '^$$' -bench '^BenchmarkEventsPush$$' -benchtime $(EVENTS_PUSHES)x -count 1 ./internal/server/
	go test -run '^$$' -bench '^BenchmarkEventsRetained$$' -benchtime 1x -count 1 ./internal/server/
## load: the gateway measured from outside, as a user would (cmd/loadgen, not in
## make test): the simulator (gateway sim) and a gateway in processes of their own on
## free loopback ports, rate limits out of the way; GetConnectUrl over REST, over gRPC,
## directly against the simulator and through a bare net/http proxy adding the token
## (the floor), in alternating windows (LOAD_FLAGS, e.g.
## -window 5s -rounds 3 -callers 32 -latencies 0,20ms -profile build/pprof), each
## path's throughput against the direct call's (overall, and the lowest and highest
## round: the run's noise) and its p50/p99; then 10,000 calls in
## flight at once at 50 ms upstream latency, all answered, and the gateway's memory;
## then calls through token rotations (tokens of 20 s), none waiting for a fetch
## (wxgate_token_waits_total)
LOAD_FLAGS ?=
LOAD_INFLIGHT ?= 10000
load: build
	go build -o bin/loadgen ./cmd/loadgen
	bin/loadgen -gateway bin/gateway $(LOAD_FLAGS)
	bin/loadgen -gateway bin/gateway -inflight $(LOAD_INFLIGHT) -inflight-latency 50ms
	bin/loadgen -gateway bin/gateway -rotation 20s

clean:
	rm -rf bin build tools/ts/node_modules interop/ts/node_modules interop/ts/dist
