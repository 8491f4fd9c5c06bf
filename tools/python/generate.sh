#!/usr/bin/env bash
# Generates the Python client package's modules (gen/python/src) from proto/ with
# grpcio-tools' bundled protoc. Usage: tools/python/generate.sh PYTHON
# PYTHON is an interpreter with tools/python/requirements-generate.txt installed.
set -euo pipefail
py=$1
cd "$(dirname "$0")/../.."
out=gen/python/src
rm -rf "$out"
mkdir -p "$out"
mapfile -t protos < <(cd proto && find wxgate -name '*.proto' | LC_ALL=C sort)
# wxgate's messages and services; .pyi stubs for type checkers.
"$py" -m grpc_tools.protoc -Iproto -Iproto/third_party \
	--python_out="$out" --pyi_out="$out" --grpc_python_out="$out" "${protos[@]}"
# buf.validate is not on PyPI as a plain protobuf module: ship the vendored one.
# (google.api and google.rpc come from googleapis-common-protos.)
"$py" -m grpc_tools.protoc -Iproto/third_party \
	--python_out="$out" --pyi_out="$out" buf/validate/validate.proto
find "$out" -mindepth 1 -type d -print0 | while IFS= read -r -d '' d; do : >"$d/__init__.py"; done
: >"$out/wxgate/py.typed"
