//go:build image

// The container image's test (make test-image, which builds the image first and
// names it in WXGATE_IMAGE): podman runs it as Kubernetes would, and its contents
// are read from `podman save`.

package deploy

import (
	"archive/tar"
	"bytes"
	"context"
	"debug/elf"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
)

// imageName is the image under test; podmanEnv the environment podman runs in.
func imageName(t *testing.T) (string, []string) {
	t.Helper()
	for _, tool := range []string{"podman", "runc"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed: run `make deps` (apt-get install %s)", tool, tool)
		}
	}
	name := os.Getenv("WXGATE_IMAGE")
	if name == "" {
		t.Fatal("WXGATE_IMAGE is not set: run `make test-image`, which builds the image and names it")
	}
	env := os.Environ()
	if os.Getenv("CONTAINERS_CONF") == "" {
		conf, err := filepath.Abs("podman/containers.conf")
		if err != nil {
			t.Fatal(err)
		}
		env = append(env, "CONTAINERS_CONF="+conf)
	}
	return name, env
}

func podman(t *testing.T, env []string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "podman", args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("podman %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// TestImageContents: the image holds the gateway binary, statically linked and
// owned by root (its user cannot change it), and the CA bundle, nothing else; it
// runs as a numeric non-root user, exposes the gRPC and HTTP ports, and by default
// serves on every interface of the container.
func TestImageContents(t *testing.T) {
	name, env := imageName(t)
	var inspect []struct {
		Config struct {
			User         string              `json:"User"`
			Entrypoint   []string            `json:"Entrypoint"`
			Cmd          []string            `json:"Cmd"`
			ExposedPorts map[string]struct{} `json:"ExposedPorts"`
			StopSignal   string              `json:"StopSignal"`
		} `json:"Config"`
	}
	if err := json.Unmarshal(podman(t, env, "image", "inspect", name), &inspect); err != nil || len(inspect) != 1 {
		t.Fatalf("podman image inspect: %v", err)
	}
	cfg := inspect[0].Config
	user, group, _ := strings.Cut(cfg.User, ":")
	if uid, err := strconv.Atoi(user); err != nil || uid == 0 {
		t.Errorf("USER %q: want a numeric non-root user", cfg.User)
	}
	if gid, err := strconv.Atoi(group); err != nil || gid == 0 {
		t.Errorf("USER %q: want a numeric non-root group", cfg.User)
	}
	if !slices.Equal(cfg.Entrypoint, []string{"/gateway"}) {
		t.Errorf("entrypoint %q", cfg.Entrypoint)
	}
	if !slices.Equal(cfg.Cmd, []string{"serve", "--grpc-addr", "0.0.0.0:9090", "--http-addr", "0.0.0.0:8080"}) {
		t.Errorf("cmd %q: want serve on every interface, on the exposed ports", cfg.Cmd)
	}
	if _, ok := cfg.ExposedPorts["9090/tcp"]; !ok || len(cfg.ExposedPorts) != 2 {
		t.Errorf("exposed ports %v, want 9090/tcp and 8080/tcp", cfg.ExposedPorts)
	}
	if _, ok := cfg.ExposedPorts["8080/tcp"]; !ok {
		t.Errorf("exposed ports %v, want 9090/tcp and 8080/tcp", cfg.ExposedPorts)
	}
	if cfg.StopSignal != "" && cfg.StopSignal != "SIGTERM" {
		t.Errorf("stop signal %s: the gateway stops gracefully on SIGTERM", cfg.StopSignal)
	}

	archive := filepath.Join(t.TempDir(), "image.tar")
	podman(t, env, "save", "--quiet", "--format", "docker-archive", "-o", archive, name)
	files := imageFiles(t, archive)
	var names []string
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	if want := []string{"etc/ssl/certs/ca-certificates.crt", "gateway"}; !slices.Equal(names, want) {
		t.Errorf("files in the image %q, want only %q", names, want)
	}
	if gw, ok := files["gateway"]; ok {
		if gw.hdr.Uid != 0 || gw.hdr.Mode&0o022 != 0 || gw.hdr.Mode&0o111 == 0 {
			t.Errorf("/gateway uid %d mode %o: want root's, executable, writable by no one else", gw.hdr.Uid, gw.hdr.Mode)
		}
		bin, err := elf.NewFile(bytes.NewReader(gw.data))
		if err != nil {
			t.Fatalf("/gateway is not an ELF binary: %v", err)
		}
		for _, p := range bin.Progs {
			if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
				t.Errorf("/gateway is dynamically linked (%v): it would need a libc the image has not", p.Type)
			}
		}
	}
	if ca, ok := files["etc/ssl/certs/ca-certificates.crt"]; ok && !bytes.Contains(ca.data, []byte("BEGIN CERTIFICATE")) {
		t.Error("the CA bundle holds no certificate")
	}
}

type imageFile struct {
	hdr  *tar.Header
	data []byte
}

// imageFiles are the regular files of the image's layers in a docker-archive
// (later layers over earlier ones), by path.
func imageFiles(t *testing.T, archive string) map[string]imageFile {
	t.Helper()
	entries := map[string][]byte{}
	f, err := os.Open(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr := tar.NewReader(f)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		entries[hdr.Name] = data
	}
	var manifest []struct{ Layers []string }
	if err := json.Unmarshal(entries["manifest.json"], &manifest); err != nil || len(manifest) != 1 {
		t.Fatalf("docker-archive manifest.json: %v", err)
	}
	files := map[string]imageFile{}
	for _, layer := range manifest[0].Layers {
		lr := tar.NewReader(bytes.NewReader(entries[layer]))
		for {
			hdr, err := lr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("layer %s: %v", layer, err)
			}
			name := strings.TrimPrefix(filepath.Clean("/"+hdr.Name), "/")
			switch hdr.Typeflag {
			case tar.TypeDir:
			case tar.TypeReg:
				data, err := io.ReadAll(lr)
				if err != nil {
					t.Fatal(err)
				}
				files[name] = imageFile{hdr, data}
			default:
				files[name] = imageFile{hdr: hdr} // a link or device: listed, and so refused
			}
		}
	}
	return files
}

// TestImageRuns: podman runs the image (host network, its listeners on free
// loopback ports) in sandbox mode: the gateway answers /healthz, a REST call and a
// gRPC call, runs as the image's non-root user, and on SIGTERM stops with exit
// status 0.
func TestImageRuns(t *testing.T) {
	name, env := imageName(t)
	httpPort, grpcPort := freePort(t), freePort(t)
	container := fmt.Sprintf("wxgate-test-%d-%d", os.Getpid(), time.Now().UnixNano()%1e6)
	cmd := exec.Command("podman", "run", "--rm", "--runtime", "runc", "--network", "host", "--name", container, name,
		"serve", "--sandbox", "--http-addr", "127.0.0.1:"+strconv.Itoa(httpPort), "--grpc-addr", "127.0.0.1:"+strconv.Itoa(grpcPort))
	cmd.Env = env
	var logs syncBuffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{}) // closed when podman run has exited, with waitErr
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		select {
		case <-done:
		default:
			cmd.Process.Kill()
			<-done
		}
		rm := exec.Command("podman", "rm", "--force", "--ignore", container)
		rm.Env = env
		rm.Run()
	})

	base := "http://127.0.0.1:" + strconv.Itoa(httpPort)
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case <-done:
			t.Fatalf("the container exited before answering /healthz: %v\n%s", waitErr, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no /healthz within 60 s: %v\n%s", err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}

	// A REST call, answered by the sandbox's simulator through the gateway.
	resp, err := http.Get(base + "/v1/wifi/connect-url")
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		ConnectURL string `json:"connect_url"`
	}
	json.NewDecoder(resp.Body).Decode(&body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(body.ConnectURL, "http") {
		t.Errorf("GET /v1/wifi/connect-url: %d %+v", resp.StatusCode, body)
	}
	// And over gRPC: health and the same RPC.
	conn, err := grpc.NewClient("127.0.0.1:"+strconv.Itoa(grpcPort), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if h, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{}); err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("gRPC health: %v %v", h, err)
	}
	if r, err := wifiv1.NewWifiServiceClient(conn).GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{}); err != nil || r.GetConnectUrl() != body.ConnectURL {
		t.Errorf("gRPC GetConnectUrl: %v %v, want %q", r, err, body.ConnectURL)
	}

	// The gateway runs as the image's user, not root.
	pid := strings.TrimSpace(string(podman(t, env, "inspect", "--format", "{{.State.Pid}}", container)))
	status, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		t.Fatal(err)
	}
	uid := ""
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "Uid:" {
			uid = f[1]
		}
	}
	if uid == "" || uid == "0" {
		t.Errorf("the gateway runs as uid %q, want the image's non-root user", uid)
	}
	t.Logf("the gateway runs as uid %s", uid)

	// SIGTERM, as the kubelet sends it: the gateway stops and exits 0.
	start := time.Now()
	podman(t, env, "kill", "--signal", "SIGTERM", container)
	select {
	case <-done:
		if waitErr != nil {
			t.Errorf("after SIGTERM: %v, want exit status 0\n%s", waitErr, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("still running 30 s after SIGTERM\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("the gateway did not log that it stopped:\n%s", logs.String())
	}
	t.Logf("stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
