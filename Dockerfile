# wxgate's container image: the static gateway binary and the CA certificates it
# needs to reach https://api.weixin.qq.com, nothing else (no shell, no libc, no
# package manager), run as a numeric non-root user.
#
# Build it with `make image` (IMAGE=wxgate:dev by default, with podman): the binary
# is built on the host with CGO_ENABLED=0 and copied in with the host's CA bundle,
# so the build pulls no base image. The build context is build/image/, which
# `make image` fills with exactly these two files:
#
#   build/image/gateway                 CGO_ENABLED=0 go build -trimpath ./cmd/gateway
#   build/image/ca-certificates.crt     /etc/ssl/certs/ca-certificates.crt
#
# Run it in sandbox mode (a built-in WeChat simulator, no account needed):
#
#   podman run --rm -p 127.0.0.1:8080:8080 -p 127.0.0.1:9090:9090 wxgate:dev
#
# With a config file, give the command line yourself, as the Kubernetes manifests in
# deploy/kubernetes do: serve --config /etc/wxgate/config.yaml (the file's grpc_addr
# and http_addr then apply; listen on 0.0.0.0 to be reachable from outside the pod).
FROM scratch

COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY gateway /gateway

# 65532: the usual "nonroot" of minimal images; numeric, so that Kubernetes'
# runAsNonRoot can check it without a passwd file.
USER 65532:65532

# gRPC and HTTP (REST, /healthz, /readyz, /metrics). Without a config file the
# gateway listens on loopback only: the default command listens on every interface
# of the container.
EXPOSE 9090 8080
ENTRYPOINT ["/gateway"]
CMD ["serve", "--grpc-addr", "0.0.0.0:9090", "--http-addr", "0.0.0.0:8080"]

LABEL org.opencontainers.image.title="wxgate" \
      org.opencontainers.image.description="gRPC and REST gateway in front of the WeChat Official Account API"
