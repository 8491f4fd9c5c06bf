// Package deploy holds what runs wxgate in production: the container image's
// podman settings (the Dockerfile is at the repository's root) and the Kubernetes
// manifests (kubernetes/: a base of three replicas and one overlay per kind of
// Redis). Its tests check them against the binary: manifests_test.go in every
// `go test`, image_test.go (build tag image) under `make test-image`.
package deploy
