package main_test

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThirdPartyWrapper: a wrapper in a module fetched from a proxy (here a
// file:// proxy made for the test), which standalone rcperm reads from
// source because the app imports it directly and it sends HTTP requests.
// Its request counts as a need, so the permission it needs is not "unused".
func TestThirdPartyWrapper(t *testing.T) {
	t.Parallel()
	proxy := t.TempDir()
	writeProxyModule(t, proxy, "github.com/acme/httpwrap", "v1.0.0", map[string]string{
		"go.mod": "module github.com/acme/httpwrap\n\ngo 1.26\n",
		"httpwrap.go": `// Package httpwrap is a generic HTTP helper, as teams use for any API.
package httpwrap

import "net/http"

// Fetch GETs url.
func Fetch(url string) (*http.Response, error) { return http.Get(url) }
`,
	})
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n\nrequire github.com/acme/httpwrap v1.0.0\n",
		"rcperm.yaml": "permissions: [ReadCallLog, SMS]\n",
		"main.go": `package main

import "github.com/acme/httpwrap"

func main() {
	httpwrap.Fetch("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log")
}
`,
	})
	env := []string{
		"GOPROXY=file://" + filepath.ToSlash(proxy), "GOSUMDB=off", "GOFLAGS=-mod=mod",
		"GOMODCACHE=" + t.TempDir(), "GONOSUMDB=*", "GOTOOLCHAIN=local",
	}
	defer func() { // the module cache is read-only, as go makes it
		filepath.Walk(env[4][len("GOMODCACHE="):], func(p string, info os.FileInfo, err error) error {
			if err == nil {
				os.Chmod(p, 0o755)
			}
			return nil
		})
	}()
	out, code := run(t, dir, env, rcpermBin, "./...")
	if code != 3 {
		t.Fatalf("rcperm = exit %d\n%s", code, out)
	}
	if strings.Contains(out, "grants ReadCallLog") {
		t.Errorf("ReadCallLog, which the third-party wrapper's request needs, is reported unused:\n%s", out)
	}
	if !strings.Contains(out, "grants SMS, which no RingCentral request of the packages it governs needs") {
		t.Errorf("SMS is not reported unused:\n%s", out)
	}
	// Revoking ReadCallLog makes the call through the wrapper a finding.
	writeFiles(t, dir, map[string]string{"rcperm.yaml": "permissions: [SMS]\n"})
	out, _ = run(t, dir, env, rcpermBin, "./...")
	if !strings.Contains(out, "main.go:6:2: GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) needs [ReadCallLog]") {
		t.Errorf("the call through the third-party wrapper is not checked:\n%s", out)
	}
}

// writeProxyModule lays out one module version in a GOPROXY=file:// tree.
func writeProxyModule(t *testing.T, proxy, path, version string, files map[string]string) {
	t.Helper()
	dir := filepath.Join(proxy, filepath.FromSlash(path), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"list":            version + "\n",
		version + ".info": `{"Version":"` + version + `","Time":"2026-01-01T00:00:00Z"}`,
		version + ".mod":  files["go.mod"],
	})
	f, err := os.Create(filepath.Join(dir, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	for name, content := range files {
		w, err := zw.Create(path + "@" + version + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}
