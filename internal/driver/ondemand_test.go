package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"

	"github.com/rcperm/rcperm/analyzer"
)

// thirdParty are the modules of TestOnDemand, served by a file proxy: as
// modules downloaded, not replaced by a local directory, which the run
// would read from source anyway. urlutil imports net/url, not net/http: the program
// reads it as export data unless on demand.
var thirdParty = map[string]map[string]string{
	"example.com/urlutil": {"urlutil.go": `package urlutil

import (
	"net/url"
	"strings"
)

// JoinAbsolute joins a server and a path with one slash.
func JoinAbsolute(base, path string) string {
	return strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(path, "/")
}

// AddQuery appends a query to a URL.
func AddQuery(u string, q url.Values) string { return u + "?" + q.Encode() }
`},
	"example.com/multipartutil": {"multipartutil.go": `package multipartutil

import (
	"io"
	"net/http"
)

// NewHTTPRequest builds a request, as http.NewRequest does.
func NewHTTPRequest(method, url string, body io.Reader) (*http.Request, error) {
	return http.NewRequest(method, url, body)
}
`},
	// pathutil is a joiner only rcwrap calls, with its parameter: the
	// program hands it no route itself.
	"example.com/pathutil": {"pathutil.go": `package pathutil

import "net/url"

// Join appends elem to the path of base.
func Join(base, elem string) string {
	u, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return u.JoinPath(elem).String()
}
`},
	// rcwrap imports neither net/http nor anything the program imports:
	// its request comes from multipartutil, and its URL from pathutil, two
	// imports from the program.
	"example.com/rcwrap": {"rcwrap.go": `package rcwrap

import (
	"example.com/multipartutil"
	"example.com/pathutil"
)

type Client struct{ Server string }

// Prepare builds a request to path on the client's server.
func (c *Client) Prepare(method, path string) (any, error) {
	req, err := multipartutil.NewHTTPRequest(method, pathutil.Join(c.Server, path), nil)
	return req, err
}
`, "go.mod": "module example.com/rcwrap\n\ngo 1.26\n\nrequire (\n\texample.com/multipartutil v1.0.0\n\texample.com/pathutil v1.0.0\n)\n"},
}

// onDemandMain hands routes to urlutil's joiner and to rcwrap's request
// constructor: neither package sends requests itself, as the program sees
// them.
const onDemandMain = `package main

import (
	"net/http"

	"example.com/rcwrap"
	"example.com/urlutil"
)

func main() {
	server := "https://platform.ringcentral.com"
	req, _ := http.NewRequest(http.MethodGet, urlutil.JoinAbsolute(server, "/restapi/v1.0/account/~/call-log"), nil)
	http.DefaultClient.Do(req)

	c := &rcwrap.Client{Server: server}
	r, _ := c.Prepare("DELETE", "/restapi/v1.0/account/~/extension/~/call-log")
	http.DefaultClient.Do(r.(*http.Request))
}
`

// TestOnDemand: standalone finds the requests whose routes go through
// third-party packages it reads only on demand, with and without the
// cache; go vet, which analyzes every package, finds the same.
func TestOnDemand(t *testing.T) {
	useFileProxy(t, thirdParty)
	inModule(t, map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n\nrequire (\n\texample.com/rcwrap v1.0.0\n\texample.com/urlutil v1.0.0\n)\n",
		"rcperm.yaml": "permissions: [ReadAccounts]\n",
		"main.go":     onDemandMain,
	})
	want := []string{
		"main.go:12:12: GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) needs [ReadCallLog]",
		"main.go:16:10: DELETE /restapi/v1.0/account/~/extension/~/call-log (deleteUserCallLog) needs [EditCallLog]",
		"rcperm.yaml:1:15: rcperm.yaml grants ReadAccounts, which no RingCentral request",
	}
	for _, tt := range cacheModes("on demand") {
		run, err := Analyze([]string{"./..."}, tt.opts, analyzer.Analyzer)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := shortFindings(run)
		for _, w := range want {
			if !containsPrefix(got, w) {
				t.Errorf("%s: no finding %q among\n%s", tt.name, w, strings.Join(got, "\n"))
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d findings, want %d:\n%s", tt.name, len(got), len(want), strings.Join(got, "\n"))
		}
		if tt.name == "warm cache" && len(run.Analyzed()) != 0 {
			t.Errorf("warm cache: analyzed %v again, want nothing", run.Analyzed())
		}
	}
}

// useFileProxy serves modules through a file GOPROXY, into a module cache
// and an rcperm cache of the test's own.
func useFileProxy(t *testing.T, modules map[string]map[string]string) {
	t.Helper()
	t.Setenv("GOPROXY", "file://"+filepath.ToSlash(fileProxy(t, modules)))
	t.Setenv("GOSUMDB", "off")
	t.Setenv("GOFLAGS", "-mod=mod -modcacherw")
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("RCPERM_CACHE", t.TempDir())
}

// A cacheMode is a way to run the analysis: without the cache, then with
// it cold and warm (run in this order).
type cacheMode struct {
	name string
	opts Options
}

func cacheModes(salt string) []cacheMode {
	return []cacheMode{
		{"without the cache", Options{}},
		{"cold cache", Options{Cache: true, CacheSalt: salt}},
		{"warm cache", Options{Cache: true, CacheSalt: salt}},
	}
}

// shortFindings are the run's findings as shortFinding writes them.
func shortFindings(run *Run) []string {
	var out []string
	for _, f := range run.Findings() {
		out = append(out, shortFinding(f))
	}
	return out
}

// shortFinding is a finding as "file:line:col: message", the file's base
// name alone.
func shortFinding(f Finding) string {
	return filepath.Base(f.Pos.Filename) + strings.TrimPrefix(f.Pos.String(), f.Pos.Filename) + ": " + f.Message
}

func containsPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

// fileProxy writes a GOPROXY directory serving v1.0.0 of each module.
func fileProxy(t *testing.T, modules map[string]map[string]string) string {
	t.Helper()
	proxy, src := t.TempDir(), t.TempDir()
	for path, files := range modules {
		dir := filepath.Join(src, filepath.FromSlash(path))
		if _, ok := files["go.mod"]; !ok {
			files["go.mod"] = "module " + path + "\n\ngo 1.26\n"
		}
		for name, content := range files {
			writeFile(t, filepath.Join(dir, name), content)
		}
		at := filepath.Join(proxy, filepath.FromSlash(path), "@v")
		writeFile(t, filepath.Join(at, "list"), "v1.0.0\n")
		writeFile(t, filepath.Join(at, "v1.0.0.info"), `{"Version":"v1.0.0"}`)
		writeFile(t, filepath.Join(at, "v1.0.0.mod"), files["go.mod"])
		z, err := os.Create(filepath.Join(at, "v1.0.0.zip"))
		if err != nil {
			t.Fatal(err)
		}
		if err := zip.CreateFromDir(z, module.Version{Path: path, Version: "v1.0.0"}, dir); err != nil {
			t.Fatal(err)
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return proxy
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
