package deploy

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// The Kubernetes manifests are read as `kubectl apply -k` reads them, by a loader
// of the kustomize features they use (resources, images, configMapGenerator and
// secretGenerator), and every object strictly: a field these types do not know
// (a misspelt one, or one added without a check) fails the test.

type kustomization struct {
	APIVersion string      `yaml:"apiVersion"`
	Kind       string      `yaml:"kind"`
	Resources  []string    `yaml:"resources"`
	Images     []image     `yaml:"images"`
	ConfigMaps []generator `yaml:"configMapGenerator"`
	Secrets    []generator `yaml:"secretGenerator"`
}

type image struct {
	Name    string `yaml:"name"`
	NewName string `yaml:"newName"`
	NewTag  string `yaml:"newTag"`
}

type generator struct {
	Name  string   `yaml:"name"`
	Files []string `yaml:"files"` // KEY=PATH or PATH (the key is its base name)
}

type meta struct {
	Name        string            `yaml:"name"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
}

type selector struct {
	MatchLabels map[string]string `yaml:"matchLabels"`
}

type head struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   meta   `yaml:"metadata"`
}

type deployment struct {
	head `yaml:",inline"`
	Spec struct {
		Replicas             int      `yaml:"replicas"`
		RevisionHistoryLimit int      `yaml:"revisionHistoryLimit"`
		Selector             selector `yaml:"selector"`
		Strategy             struct {
			Type          string `yaml:"type"`
			RollingUpdate struct {
				MaxUnavailable int `yaml:"maxUnavailable"`
				MaxSurge       int `yaml:"maxSurge"`
			} `yaml:"rollingUpdate"`
		} `yaml:"strategy"`
		Template podTemplate `yaml:"template"`
	} `yaml:"spec"`
}

type statefulSet struct {
	head `yaml:",inline"`
	Spec struct {
		ServiceName          string      `yaml:"serviceName"`
		Replicas             int         `yaml:"replicas"`
		Selector             selector    `yaml:"selector"`
		Template             podTemplate `yaml:"template"`
		VolumeClaimTemplates []struct {
			Metadata meta `yaml:"metadata"`
			Spec     struct {
				AccessModes []string `yaml:"accessModes"`
				Resources   struct {
					Requests map[string]string `yaml:"requests"`
				} `yaml:"resources"`
			} `yaml:"spec"`
		} `yaml:"volumeClaimTemplates"`
	} `yaml:"spec"`
}

type podTemplate struct {
	Metadata meta `yaml:"metadata"`
	Spec     struct {
		TerminationGracePeriodSeconds int `yaml:"terminationGracePeriodSeconds"`
		SecurityContext               struct {
			RunAsNonRoot   bool `yaml:"runAsNonRoot"`
			RunAsUser      int  `yaml:"runAsUser"`
			RunAsGroup     int  `yaml:"runAsGroup"`
			FSGroup        int  `yaml:"fsGroup"`
			SeccompProfile struct {
				Type string `yaml:"type"`
			} `yaml:"seccompProfile"`
		} `yaml:"securityContext"`
		TopologySpreadConstraints []struct {
			MaxSkew           int      `yaml:"maxSkew"`
			TopologyKey       string   `yaml:"topologyKey"`
			WhenUnsatisfiable string   `yaml:"whenUnsatisfiable"`
			LabelSelector     selector `yaml:"labelSelector"`
		} `yaml:"topologySpreadConstraints"`
		Containers []container `yaml:"containers"`
		Volumes    []struct {
			Name      string `yaml:"name"`
			ConfigMap *struct {
				Name string `yaml:"name"`
			} `yaml:"configMap"`
			Secret *struct {
				SecretName  string `yaml:"secretName"`
				DefaultMode int    `yaml:"defaultMode"`
			} `yaml:"secret"`
		} `yaml:"volumes"`
	} `yaml:"spec"`
}

type container struct {
	Name  string   `yaml:"name"`
	Image string   `yaml:"image"`
	Args  []string `yaml:"args"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
		Protocol      string `yaml:"protocol"`
	} `yaml:"ports"`
	Env []struct {
		Name      string `yaml:"name"`
		Value     string `yaml:"value"`
		ValueFrom struct {
			SecretKeyRef struct {
				Name string `yaml:"name"`
				Key  string `yaml:"key"`
			} `yaml:"secretKeyRef"`
			ResourceFieldRef struct {
				Resource string `yaml:"resource"`
			} `yaml:"resourceFieldRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	Lifecycle      struct {
		PreStop struct {
			Sleep struct {
				Seconds int `yaml:"seconds"`
			} `yaml:"sleep"`
		} `yaml:"preStop"`
	} `yaml:"lifecycle"`
	Resources struct {
		Requests map[string]string `yaml:"requests"`
		Limits   map[string]string `yaml:"limits"`
	} `yaml:"resources"`
	SecurityContext struct {
		ReadOnlyRootFilesystem   bool  `yaml:"readOnlyRootFilesystem"`
		AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation"`
		Capabilities             struct {
			Drop []string `yaml:"drop"`
		} `yaml:"capabilities"`
	} `yaml:"securityContext"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
		ReadOnly  bool   `yaml:"readOnly"`
	} `yaml:"volumeMounts"`
}

type probe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
		Port string `yaml:"port"`
	} `yaml:"httpGet"`
	TCPSocket *struct {
		Port string `yaml:"port"`
	} `yaml:"tcpSocket"`
	PeriodSeconds    int `yaml:"periodSeconds"`
	TimeoutSeconds   int `yaml:"timeoutSeconds"`
	FailureThreshold int `yaml:"failureThreshold"`
}

type service struct {
	head `yaml:",inline"`
	Spec struct {
		ClusterIP string            `yaml:"clusterIP"`
		Selector  map[string]string `yaml:"selector"`
		Ports     []struct {
			Name        string `yaml:"name"`
			Port        int    `yaml:"port"`
			TargetPort  string `yaml:"targetPort"`
			AppProtocol string `yaml:"appProtocol"`
		} `yaml:"ports"`
	} `yaml:"spec"`
}

type podDisruptionBudget struct {
	head `yaml:",inline"`
	Spec struct {
		MinAvailable int      `yaml:"minAvailable"`
		Selector     selector `yaml:"selector"`
	} `yaml:"spec"`
}

type networkPolicy struct {
	head `yaml:",inline"`
	Spec struct {
		PodSelector selector `yaml:"podSelector"`
		PolicyTypes []string `yaml:"policyTypes"`
		Ingress     []struct {
			From []struct {
				PodSelector selector `yaml:"podSelector"`
			} `yaml:"from"`
			Ports []struct {
				Port     string `yaml:"port"`
				Protocol string `yaml:"protocol"`
			} `yaml:"ports"`
		} `yaml:"ingress"`
	} `yaml:"spec"`
}

// objects is what `kubectl apply -k DIR` applies (generated names without their
// hash suffix, which kustomize also writes into every reference).
type objects struct {
	deployments     map[string]deployment
	statefulSets    map[string]statefulSet
	services        map[string]service
	pdbs            map[string]podDisruptionBudget
	networkPolicies map[string]networkPolicy
	configMaps      map[string]map[string]string // name → key → content
	secrets         map[string][]string          // name → keys
	images          []image
}

// build reads the kustomization in dir and, recursively, its resources.
func build(t *testing.T, dir string) *objects {
	t.Helper()
	o := &objects{
		deployments: map[string]deployment{}, statefulSets: map[string]statefulSet{}, services: map[string]service{},
		pdbs: map[string]podDisruptionBudget{}, networkPolicies: map[string]networkPolicy{},
		configMaps: map[string]map[string]string{}, secrets: map[string][]string{},
	}
	o.load(t, dir)
	return o
}

func (o *objects) load(t *testing.T, dir string) {
	t.Helper()
	var k kustomization
	strict(t, filepath.Join(dir, "kustomization.yaml"), readFile(t, filepath.Join(dir, "kustomization.yaml")), &k)
	if k.APIVersion != "kustomize.config.k8s.io/v1beta1" || k.Kind != "Kustomization" {
		t.Errorf("%s: apiVersion %q kind %q", dir, k.APIVersion, k.Kind)
	}
	o.images = append(o.images, k.Images...)
	for _, r := range k.Resources {
		path := filepath.Join(dir, r)
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			o.load(t, path)
			continue
		}
		o.loadFile(t, path)
	}
	for _, g := range k.ConfigMaps {
		data := map[string]string{}
		for _, f := range g.Files {
			key, path := generatorFile(f)
			data[key] = string(readFile(t, filepath.Join(dir, path)))
		}
		o.configMaps[g.Name] = data
	}
	for _, g := range k.Secrets {
		for _, f := range g.Files {
			key, path := generatorFile(f)
			if !strings.HasPrefix(path, "secrets/") {
				t.Errorf("%s: secret %s key %s comes from %s, not from the git-ignored secrets/", dir, g.Name, key, path)
			}
			o.secrets[g.Name] = append(o.secrets[g.Name], key)
		}
	}
}

func generatorFile(f string) (key, path string) {
	if k, p, ok := strings.Cut(f, "="); ok {
		return k, p
	}
	return filepath.Base(f), f
}

func (o *objects) loadFile(t *testing.T, path string) {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(readFile(t, path)))
	for {
		var n yaml.Node
		if err := dec.Decode(&n); errors.Is(err, io.EOF) {
			return
		} else if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		raw, err := yaml.Marshal(&n)
		if err != nil {
			t.Fatal(err)
		}
		var h struct {
			Kind     string `yaml:"kind"`
			Metadata meta   `yaml:"metadata"`
		}
		if err := n.Decode(&h); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		where := path + ": " + h.Kind + " " + h.Metadata.Name
		if _, ok := o.kinds()[h.Kind]; !ok {
			t.Fatalf("%s: a kind this test does not check", where)
		}
		if o.has(h.Kind, h.Metadata.Name) {
			t.Fatalf("%s: twice", where)
		}
		switch h.Kind {
		case "Deployment":
			var v deployment
			strict(t, where, raw, &v)
			o.deployments[v.Metadata.Name] = v
		case "StatefulSet":
			var v statefulSet
			strict(t, where, raw, &v)
			o.statefulSets[v.Metadata.Name] = v
		case "Service":
			var v service
			strict(t, where, raw, &v)
			o.services[v.Metadata.Name] = v
		case "PodDisruptionBudget":
			var v podDisruptionBudget
			strict(t, where, raw, &v)
			o.pdbs[v.Metadata.Name] = v
		case "NetworkPolicy":
			var v networkPolicy
			strict(t, where, raw, &v)
			o.networkPolicies[v.Metadata.Name] = v
		}
	}
}

// kinds are the kinds the manifests may hold, with their apiVersion.
func (o *objects) kinds() map[string]string {
	return map[string]string{
		"Deployment": "apps/v1", "StatefulSet": "apps/v1", "Service": "v1",
		"PodDisruptionBudget": "policy/v1", "NetworkPolicy": "networking.k8s.io/v1",
	}
}

func (o *objects) has(kind, name string) bool {
	switch kind {
	case "Deployment":
		_, ok := o.deployments[name]
		return ok
	case "StatefulSet":
		_, ok := o.statefulSets[name]
		return ok
	case "Service":
		_, ok := o.services[name]
		return ok
	case "PodDisruptionBudget":
		_, ok := o.pdbs[name]
		return ok
	case "NetworkPolicy":
		_, ok := o.networkPolicies[name]
		return ok
	}
	return false
}

// strict decodes raw into v, refusing fields v does not have, and checks the
// apiVersion of an object.
func strict(t *testing.T, where string, raw []byte, v any) {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	type withHead interface{ apiVersion() (string, string) }
	if h, ok := v.(withHead); ok {
		kind, version := h.apiVersion()
		if want := (&objects{}).kinds()[kind]; version != want {
			t.Errorf("%s: apiVersion %q, want %q", where, version, want)
		}
	}
}

func (h *head) apiVersion() (string, string) { return h.Kind, h.APIVersion }

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// selects says every label of sel is on labels (and sel has some).
func selects(sel, labels map[string]string) bool {
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return len(sel) > 0
}

// dockerfile is what the tests need of the Dockerfile: its USER uid and EXPOSE ports.
func dockerfile(t *testing.T) (uid int, ports []int) {
	t.Helper()
	uid = -1
	sc := bufio.NewScanner(bytes.NewReader(readFile(t, "../Dockerfile")))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "USER":
			u, _, _ := strings.Cut(f[1], ":")
			n, err := strconv.Atoi(u)
			if err != nil {
				t.Fatalf("Dockerfile: USER %s is not numeric", f[1])
			}
			uid = n
		case len(f) > 1 && f[0] == "EXPOSE":
			for _, p := range f[1:] {
				n, err := strconv.Atoi(p)
				if err != nil {
					t.Fatalf("Dockerfile: EXPOSE %s", p)
				}
				ports = append(ports, n)
			}
		}
	}
	return uid, ports
}

// TestKubernetesManifests checks each overlay against the binary and the image:
// three replicas of the image's non-root user; the ConfigMap's config loads as the
// gateway loads it, with every secret it names coming from the Secret (mounted
// where the config looks) and every key known; the ports it listens on are the
// container ports, which the Services target; the probes ask the HTTP port for
// paths the gateway serves; the disruption budget and the shutdown timings fit.
func TestKubernetesManifests(t *testing.T) {
	uid, exposed := dockerfile(t)
	if uid <= 0 {
		t.Fatalf("Dockerfile: USER %d: want a numeric non-root user", uid)
	}
	served := servedPaths(t)
	for _, overlay := range []string{"single", "sentinel", "cluster"} {
		t.Run(overlay, func(t *testing.T) {
			o := build(t, filepath.Join("kubernetes", overlay))
			checkOverlay(t, o, overlay, uid, exposed, served)
		})
	}
}

func checkOverlay(t *testing.T, o *objects, overlay string, uid int, exposed []int, served func(string) int) {
	d, ok := o.deployments["wxgate"]
	if !ok || len(o.deployments) != 1 {
		t.Fatalf("deployments %v, want wxgate", keys(o.deployments))
	}
	spec, pod := d.Spec, d.Spec.Template.Spec
	if spec.Replicas != 3 {
		t.Errorf("replicas %d, want 3", spec.Replicas)
	}
	labels := d.Spec.Template.Metadata.Labels
	if !selects(spec.Selector.MatchLabels, labels) {
		t.Errorf("the Deployment's selector %v does not select its pods %v", spec.Selector.MatchLabels, labels)
	}
	if spec.Strategy.RollingUpdate.MaxUnavailable != 0 || spec.Strategy.RollingUpdate.MaxSurge < 1 {
		t.Errorf("rolling update %+v: want a new replica up before an old one goes", spec.Strategy.RollingUpdate)
	}
	sc := pod.SecurityContext
	if !sc.RunAsNonRoot || sc.RunAsUser != uid || sc.RunAsGroup != uid || sc.FSGroup != uid {
		t.Errorf("pod securityContext %+v, want runAsNonRoot as the image's user %d", sc, uid)
	}
	if len(pod.TopologySpreadConstraints) == 0 || !selects(pod.TopologySpreadConstraints[0].LabelSelector.MatchLabels, labels) {
		t.Errorf("replicas not spread over nodes: %+v", pod.TopologySpreadConstraints)
	}
	if len(pod.Containers) != 1 {
		t.Fatalf("%d containers, want 1", len(pod.Containers))
	}
	c := pod.Containers[0]
	if img := o.image(c.Image); !strings.HasSuffix(strings.Split(img, ":")[0], "wxgate") {
		t.Errorf("image %s (%s), want the wxgate image", c.Image, img)
	}
	csc := c.SecurityContext
	if !csc.ReadOnlyRootFilesystem || csc.AllowPrivilegeEscalation == nil || *csc.AllowPrivilegeEscalation || !slices.Equal(csc.Capabilities.Drop, []string{"ALL"}) {
		t.Errorf("container securityContext %+v: want a read-only root, no privilege escalation, no capabilities", csc)
	}
	ports := map[string]int{}
	var containerPorts []int
	for _, p := range c.Ports {
		ports[p.Name] = p.ContainerPort
		containerPorts = append(containerPorts, p.ContainerPort)
	}
	slices.Sort(containerPorts)
	if e := slices.Sorted(slices.Values(exposed)); !slices.Equal(containerPorts, e) {
		t.Errorf("container ports %v, the image exposes %v", containerPorts, e)
	}

	// The config: mounted from the ConfigMap where --config looks, and loaded as
	// the gateway loads it.
	if len(c.Args) != 3 || c.Args[0] != "serve" || c.Args[1] != "--config" {
		t.Fatalf("args %q, want serve --config FILE", c.Args)
	}
	mounts := map[string]string{} // volume → mount path
	for _, m := range c.VolumeMounts {
		if !m.ReadOnly {
			t.Errorf("volume %s mounted writable", m.Name)
		}
		mounts[m.Name] = m.MountPath
	}
	var configText string
	var secretDir, secretName string
	for _, v := range pod.Volumes {
		dir, ok := mounts[v.Name]
		if !ok {
			t.Errorf("volume %s is not mounted", v.Name)
		}
		switch {
		case v.ConfigMap != nil:
			data, ok := o.configMaps[v.ConfigMap.Name]
			if !ok {
				t.Fatalf("volume %s: no ConfigMap %s", v.Name, v.ConfigMap.Name)
			}
			if filepath.Dir(c.Args[2]) == dir {
				configText, ok = data[filepath.Base(c.Args[2])]
				if !ok {
					t.Fatalf("--config %s: the ConfigMap %s has no key %s", c.Args[2], v.ConfigMap.Name, filepath.Base(c.Args[2]))
				}
			}
		case v.Secret != nil:
			secretDir, secretName = dir, v.Secret.SecretName
			if _, ok := o.secrets[secretName]; !ok {
				t.Errorf("volume %s: no Secret %s", v.Name, secretName)
			}
			if v.Secret.DefaultMode != 0o440 {
				t.Errorf("secret files mode %o, want 0440 (readable by the pod's fsGroup only)", v.Secret.DefaultMode)
			}
		}
	}
	if configText == "" {
		t.Fatalf("--config %s is not a file of a mounted ConfigMap", c.Args[2])
	}
	cfg := loadConfig(t, configText, secretDir, o.secrets[secretName], c)
	checkMemory(t, c, cfg)

	// Listeners: every interface of the pod, on the container ports.
	for name, addr := range map[string]string{"grpc": cfg.GRPCAddr, "http": cfg.HTTPAddr} {
		host, port, err := net.SplitHostPort(addr)
		if err != nil || (host != "0.0.0.0" && host != "" && host != "::") {
			t.Errorf("%s_addr %s: want every interface (0.0.0.0), or the kubelet and the Service cannot reach it", name, addr)
		}
		if p, _ := strconv.Atoi(port); p != ports[name] || p == 0 {
			t.Errorf("%s_addr %s: the container port %s is %d", name, addr, name, ports[name])
		}
	}
	if cfg.Auth.Mode == config.AuthNone {
		t.Errorf("auth.mode none on %v: the gateway refuses to start so", cfg.ListenAddrs())
	}
	if !cfg.UsesRedis() || cfg.Token.Store != config.StoreRedis || cfg.RateLimit.Store != config.StoreRedis || cfg.Portal.Store != config.StoreRedis {
		t.Errorf("stores token %s ratelimit %s portal %s: three replicas share their state in Redis", cfg.Token.Store, cfg.RateLimit.Store, cfg.Portal.Store)
	}
	if cfg.Redis.Mode() != overlay {
		t.Errorf("redis mode %s in the %s overlay", cfg.Redis.Mode(), overlay)
	}

	// Probes: the HTTP port, paths the gateway answers 200.
	for name, p := range map[string]*probe{"readiness": c.ReadinessProbe, "liveness": c.LivenessProbe} {
		if p == nil || p.HTTPGet == nil {
			t.Errorf("no %s probe over HTTP", name)
			continue
		}
		if portOf(p.HTTPGet.Port, ports) != ports["http"] {
			t.Errorf("%s probe on port %s, want the HTTP port", name, p.HTTPGet.Port)
		}
		want := map[string]string{"readiness": "/readyz", "liveness": "/healthz"}[name]
		if p.HTTPGet.Path != want {
			t.Errorf("%s probe asks %s, want %s", name, p.HTTPGet.Path, want)
		}
		if code := served(p.HTTPGet.Path); code != http.StatusOK {
			t.Errorf("%s probe: the gateway answers %s with %d", name, p.HTTPGet.Path, code)
		}
	}
	// /readyz answers from the last background check (internal/server's
	// TestReadyzAnswersFastWhateverRedisDoes), so a short timeout is enough; one
	// past the period would let probes pile up.
	if p := c.ReadinessProbe; p != nil && (p.TimeoutSeconds < 1 || p.TimeoutSeconds > p.PeriodSeconds) {
		t.Errorf("readiness timeoutSeconds %d: want 1..periodSeconds (%d)", p.TimeoutSeconds, p.PeriodSeconds)
	}
	ann := d.Spec.Template.Metadata.Annotations
	if ann["prometheus.io/port"] != strconv.Itoa(ports["http"]) || served(ann["prometheus.io/path"]) != http.StatusOK {
		t.Errorf("prometheus annotations %v: want the HTTP port and a path the gateway serves", ann)
	}

	// Shutdown: the preStop pause and calls in flight fit in the grace period.
	pause := c.Lifecycle.PreStop.Sleep.Seconds
	if grace := pod.TerminationGracePeriodSeconds; float64(grace) <= float64(pause)+cfg.ShutdownTimeout.Seconds() {
		t.Errorf("terminationGracePeriodSeconds %d ≤ preStop %d s + shutdown_timeout %v: calls in flight would be killed", grace, pause, cfg.ShutdownTimeout)
	}

	// Services: select the pods, target container ports.
	for _, name := range []string{"wxgate", "wxgate-headless"} {
		s, ok := o.services[name]
		if !ok {
			t.Errorf("no Service %s", name)
			continue
		}
		if !selects(s.Spec.Selector, labels) {
			t.Errorf("Service %s selects %v, not the pods %v", name, s.Spec.Selector, labels)
		}
		for _, p := range s.Spec.Ports {
			if tp := portOf(p.TargetPort, ports); tp == 0 || tp != ports[p.Name] {
				t.Errorf("Service %s port %s targets %s (%d), want the container port %s (%d)", name, p.Name, p.TargetPort, tp, p.Name, ports[p.Name])
			}
			if p.Name == "grpc" && p.AppProtocol != "kubernetes.io/h2c" {
				t.Errorf("Service %s: gRPC port without appProtocol kubernetes.io/h2c", name)
			}
		}
	}
	if o.services["wxgate-headless"].Spec.ClusterIP != "None" {
		t.Error("wxgate-headless is not headless (clusterIP: None)")
	}

	// The disruption budget: covers the pods, lets a drain take one at a time.
	pdb, ok := o.pdbs["wxgate"]
	if !ok || !selects(pdb.Spec.Selector.MatchLabels, labels) || pdb.Spec.MinAvailable < 1 || pdb.Spec.MinAvailable >= spec.Replicas {
		t.Errorf("PodDisruptionBudget %+v: want one selecting the pods with 1 ≤ minAvailable < %d", pdb.Spec, spec.Replicas)
	}

	if overlay == "single" {
		checkRedis(t, o, cfg, secretName, labels)
	}
}

// checkRedis: the single overlay's Redis is the Service redis.addr names, with the
// password the gateway sends, reachable by the gateway's pods.
func checkRedis(t *testing.T, o *objects, cfg config.Config, secretName string, gatewayLabels map[string]string) {
	ss, ok := o.statefulSets["redis"]
	svc, ok2 := o.services["redis"]
	if !ok || !ok2 {
		t.Fatal("no StatefulSet and Service redis")
	}
	labels := ss.Spec.Template.Metadata.Labels
	if !selects(svc.Spec.Selector, labels) || !selects(ss.Spec.Selector.MatchLabels, labels) || ss.Spec.ServiceName != "redis" {
		t.Errorf("Service redis %v and StatefulSet %v do not select the Redis pod %v", svc.Spec.Selector, ss.Spec.Selector.MatchLabels, labels)
	}
	c := ss.Spec.Template.Spec.Containers[0]
	ports := map[string]int{}
	for _, p := range c.Ports {
		ports[p.Name] = p.ContainerPort
	}
	host, port, _ := net.SplitHostPort(cfg.Redis.Addr)
	var servicePort int
	for _, p := range svc.Spec.Ports {
		if strconv.Itoa(p.Port) == port {
			servicePort = portOf(p.TargetPort, ports)
		}
	}
	if host != "redis" || servicePort != 6379 {
		t.Errorf("redis.addr %s: want the Service redis on a port targeting Redis's 6379 (got %d)", cfg.Redis.Addr, servicePort)
	}
	// The password: the same key of the same Secret as the gateway's password_file.
	key := filepath.Base(cfg.Redis.PasswordFile)
	found := false
	for _, e := range c.Env {
		ref := e.ValueFrom.SecretKeyRef
		if ref.Name == secretName && ref.Key == key && slices.Contains(c.Args, "$("+e.Name+")") {
			found = true
		}
	}
	if !found {
		t.Errorf("Redis does not take its requirepass from the Secret %s key %s, which the gateway sends", secretName, key)
	}
	if ss.Spec.Template.Spec.SecurityContext.RunAsNonRoot != true || !slices.Contains(c.Args, "--appendonly") {
		t.Error("Redis: want non-root and persistent (appendonly: the day's quota counts survive a restart)")
	}
	np, ok := o.networkPolicies["redis"]
	if !ok || !selects(np.Spec.PodSelector.MatchLabels, labels) || len(np.Spec.Ingress) != 1 ||
		len(np.Spec.Ingress[0].From) != 1 || !selects(np.Spec.Ingress[0].From[0].PodSelector.MatchLabels, gatewayLabels) ||
		len(np.Spec.Ingress[0].Ports) != 1 || portOf(np.Spec.Ingress[0].Ports[0].Port, ports) != 6379 {
		t.Errorf("NetworkPolicy redis %+v: want Redis's port open to the gateway's pods only", np.Spec)
	}
}

// loadConfig loads the config as the gateway does in the pod: the Secret's keys
// are files under secretDir (here, a temporary directory holding one file per key
// the secretGenerator names), the container's environment is what it sets.
func loadConfig(t *testing.T, text, secretDir string, secretKeys []string, c container) config.Config {
	t.Helper()
	if secretDir == "" {
		t.Fatal("no Secret is mounted")
	}
	dir := t.TempDir()
	for _, k := range secretKeys {
		if err := os.WriteFile(filepath.Join(dir, k), []byte("value-of-"+k+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Every file the config reads is a key of the mounted Secret.
	var files []string
	for _, line := range strings.Split(text, "\n") {
		if f := strings.Fields(line); len(f) >= 2 && strings.HasSuffix(f[0], "_file:") {
			files = append(files, f[1])
		}
	}
	for _, f := range files {
		if filepath.Dir(f) != secretDir || !slices.Contains(secretKeys, filepath.Base(f)) {
			t.Errorf("the config reads %s, which is not a key of the Secret mounted at %s (keys %v)", f, secretDir, secretKeys)
		}
	}
	if len(files) == 0 {
		t.Error("the config reads no secret from the Secret")
	}
	env := map[string]string{}
	for _, e := range c.Env {
		env[e.Name] = e.Value
		if e.ValueFrom.SecretKeyRef.Key != "" {
			env[e.Name] = "value-of-" + e.ValueFrom.SecretKeyRef.Key
		}
	}
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(text, secretDir+"/", dir+"/")), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path, func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("the ConfigMap's config does not load: %v", err)
	}
	for _, a := range cfg.Accounts {
		if a.AppSecret.Reveal() != "value-of-"+filepath.Base(a.AppSecretFile) {
			t.Errorf("account %s: the app secret is not the Secret's", a.Name)
		}
	}
	return cfg
}

// portOf resolves a port given by name or number against a container's ports.
func portOf(p string, ports map[string]int) int {
	if n, err := strconv.Atoi(p); err == nil {
		return n
	}
	return ports[p]
}

// image is the image a container runs after the kustomization's images: entries.
func (o *objects) image(name string) string {
	for _, i := range o.images {
		if i.Name == name {
			return i.NewName + ":" + i.NewTag
		}
	}
	return name
}

// servedPaths starts a gateway and returns what it answers a GET of a path on its
// HTTP listener.
func servedPaths(t *testing.T) func(string) int {
	g := gatewaytest.Start(t)
	return func(path string) int {
		if !strings.HasPrefix(path, "/") {
			return 0
		}
		resp, err := g.HTTP.Get(g.Base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
}

func keys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// Memory a replica holds, from make load: about 40 MiB besides the GC's heap floor
// under steady load, and about 45 KiB for each call in flight (10,000 REST calls:
// 440–460 MiB, 38 of them before the burst).
const (
	steadyMiB     = 40
	perCallKiB    = 45
	inFlightBurst = "limits.max_calls_in_flight"
)

// checkMemory: the request covers a replica under steady load, the limit the
// configured calls in flight on top (so a burst the gateway admits does not get
// the pod killed), and GOMEMLIMIT is the limit.
func checkMemory(t *testing.T, c container, cfg config.Config) {
	t.Helper()
	request, limit := quantityMiB(t, c.Resources.Requests["memory"]), quantityMiB(t, c.Resources.Limits["memory"])
	if want := cfg.GCHeapFloorMiB + steadyMiB; request < want {
		t.Errorf("memory request %dMi: a replica under load holds about %dMi (gc_heap_floor_mib %d + %d)", request, want, cfg.GCHeapFloorMiB, steadyMiB)
	}
	if want := cfg.GCHeapFloorMiB + steadyMiB + cfg.RequestLimits.MaxCallsInFlight*perCallKiB/1024; limit < want {
		t.Errorf("memory limit %dMi: %s %d calls need about %dMi", limit, inFlightBurst, cfg.RequestLimits.MaxCallsInFlight, want)
	}
	found := false
	for _, e := range c.Env {
		found = found || e.Name == "GOMEMLIMIT" && e.ValueFrom.ResourceFieldRef.Resource == "limits.memory"
	}
	if !found {
		t.Error("GOMEMLIMIT is not taken from the container's limits.memory")
	}
}

// quantityMiB reads a Kubernetes memory quantity in Mi or Gi.
func quantityMiB(t *testing.T, q string) int {
	t.Helper()
	for suffix, m := range map[string]int{"Mi": 1, "Gi": 1024} {
		if n, err := strconv.Atoi(strings.TrimSuffix(q, suffix)); err == nil && strings.HasSuffix(q, suffix) {
			return n * m
		}
	}
	t.Fatalf("memory quantity %q: want Mi or Gi", q)
	return 0
}
