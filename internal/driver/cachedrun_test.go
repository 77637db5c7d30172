package driver

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestCacheReuse: a rerun with no change analyzes nothing and reports the
// same findings and requests; an edit re-analyzes the edited package and
// its importers only; a manifest edit or another configuration (salt,
// which holds rcperm's build) re-analyzes everything it governs. Every run
// lists the packages once without the compiled files, which does for
// checking packages that compile no generated file (see fill): a first run
// once (this module imports no package it reads as export data), a rerun
// with no change once, a rerun after an edit twice, the second time for
// the export data of the packages it reuses (see listExports).
func TestCacheReuse(t *testing.T) {
	// The wrapper calls the stand-in of the ringcentral-go SDK, which
	// imports nothing: each run lists no std, not net/http's hundreds.
	dir := inModule(t, map[string]string{
		"go.mod":      standInGoMod(t),
		"rcperm.yaml": "permissions: [ReadAccounts]\n",
		"rc/rc.go": `package rc

import rcgo "github.com/ringcentral/ringcentral-go"

// Get sends GET to a RingCentral path.
func Get(path string) {
	rcgo.RestClient{}.Get(path)
}
`,
		"calls/calls.go": `package calls

import "example.com/app/rc"

// Log reads the call log.
func Log() { rc.Get("/restapi/v1.0/account/~/extension/~/call-log") }
`,
		"plain/plain.go": "package plain\n\n// N is a number.\nconst N = 1\n",
		"app.go": `package app

import (
	"example.com/app/calls"
	"example.com/app/plain"
)

// Run reads the call log.
func Run() {
	calls.Log()
	_ = plain.N
}
`,
	})
	t.Setenv("RCPERM_CACHE", t.TempDir())
	opts := Options{Cache: true, CacheSalt: "config 1"}
	governed := []string{"example.com/app", "example.com/app/calls", "example.com/app/plain", "example.com/app/rc"}
	all := append(slices.Clone(governed), "github.com/ringcentral/ringcentral-go") // the SDK's module has no manifest
	steps := []struct {
		name  string
		edit  func()
		salt  string
		want  []string // analyzed, the rest reused
		lists int      // go list runs (1 when not set)
	}{
		{name: "cold", want: all},
		{name: "no change"},
		{name: "edit a package nothing imports but main", edit: func() {
			write(t, dir, "plain/plain.go", "package plain\n\n// N is a number.\nconst N = 2\n")
		}, want: []string{"example.com/app", "example.com/app/plain"}, lists: 2},
		{name: "edit the wrapper", edit: func() {
			write(t, dir, "rc/rc.go", `package rc

import rcgo "github.com/ringcentral/ringcentral-go"

// Get sends GET to a RingCentral path, through a client of its own.
func Get(path string) {
	rc := rcgo.RestClient{}
	rc.Get(path)
}
`)
		}, want: []string{"example.com/app", "example.com/app/calls", "example.com/app/rc"}, lists: 2},
		{name: "edit the manifest", edit: func() {
			write(t, dir, "rcperm.yaml", "permissions: [ReadAccounts, ReadCallLog]\n")
		}, want: governed, lists: 2},
		{name: "another rcperm or configuration", salt: "config 2", want: all},
	}
	for _, step := range steps {
		if step.edit != nil {
			step.edit()
		}
		if step.salt != "" {
			opts.CacheSalt = step.salt
		}
		warm, err := Analyze([]string{"./..."}, opts, analyzer.New(analyzer.Config{}))
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		got := slices.Sorted(slices.Values(warm.analyzed))
		if !slices.Equal(got, step.want) {
			t.Errorf("%s: analyzed %v, want %v", step.name, got, step.want)
		}
		if want := max(step.lists, 1); warm.lists != want {
			t.Errorf("%s: listed the packages %d times, want %d", step.name, warm.lists, want)
		}
		cold, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
		if err != nil {
			t.Fatal(err)
		}
		if len(cold.Findings()) == 0 || len(cold.Requests()) == 0 {
			t.Fatalf("%s: no findings or no requests to compare", step.name)
		}
		if w, c := findingLines(warm), findingLines(cold); !slices.Equal(w, c) {
			t.Errorf("%s: findings with the cache\n%q\nwithout\n%q", step.name, w, c)
		}
		if w, c := requestLines(warm), requestLines(cold); !slices.Equal(w, c) {
			t.Errorf("%s: requests with the cache\n%q\nwithout\n%q", step.name, w, c)
		}
	}
}

// TestCacheRerunListsOnce: whatever an app's requests are, a rerun with
// no change restores every package from its entry, lists the packages
// once, without export data, and analyzes nothing. An entry that stores
// but does not restore (a request to a legacy route did, its operation
// unknown to the current table) makes every rerun list twice and analyze
// everything: dearer than no cache at all.
func TestCacheRerunListsOnce(t *testing.T) {
	for _, tt := range []struct{ name, call string }{
		{"a current route", `"/restapi/v1.0/account/~/extension/~/call-log"`},
		{"a legacy route", `"/restapi/v1.0/account/~/device"`},
		{"a route RingCentral does not serve", `"/restapi/v1.0/account/~/no-such-thing"`},
		{"a route from a parameter", `"/restapi/v1.0/account/~/" + what`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			inModule(t, map[string]string{
				"go.mod":      standInGoMod(t),
				"rcperm.yaml": "permissions: [ReadAccounts]\n",
				"app.go": `package app

import rcgo "github.com/ringcentral/ringcentral-go"

// Run sends a request.
func Run(what string) {
	rcgo.RestClient{}.Get(` + tt.call + `)
}
`,
			})
			t.Setenv("RCPERM_CACHE", t.TempDir())
			opts := Options{Cache: true, CacheSalt: "config"}
			var runs []*Run
			for range 2 {
				run, err := Analyze([]string{"./..."}, opts, analyzer.New(analyzer.Config{}))
				if err != nil {
					t.Fatal(err)
				}
				runs = append(runs, run)
			}
			cold, warm := runs[0], runs[1]
			if len(warm.analyzed) > 0 || warm.lists != 1 {
				t.Errorf("rerun with no change: analyzed %v and listed %d times, want nothing analyzed and one listing", warm.analyzed, warm.lists)
			}
			if len(cold.Findings())+len(cold.Requests()) == 0 {
				t.Fatal("no finding and no request to compare")
			}
			if w, c := findingLines(warm), findingLines(cold); !slices.Equal(w, c) {
				t.Errorf("findings with the cache\n%q\nwithout\n%q", w, c)
			}
			if w, c := requestLines(warm), requestLines(cold); !slices.Equal(w, c) {
				t.Errorf("requests with the cache\n%q\nwithout\n%q", w, c)
			}
		})
	}
}

// TestCacheEditWithTests: with -test, a rerun after an edit checks the
// edited package's test variants from the listing without the compiled
// files (see fill), and reports what a run without the cache does.
func TestCacheEditWithTests(t *testing.T) {
	dir := inModule(t, map[string]string{
		"go.mod":      standInGoMod(t),
		"rcperm.yaml": "permissions: [ReadAccounts]\n",
		"app.go": `package app

import rcgo "github.com/ringcentral/ringcentral-go"

// Run reads the call log.
func Run() { rcgo.RestClient{}.Get("/restapi/v1.0/account/~/extension/~/call-log") }
`,
		"app_test.go": "package app\n\nimport \"testing\"\n\nfunc TestRun(t *testing.T) { Run() }\n",
		"x_test.go":   "package app_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/app\"\n)\n\nfunc TestX(t *testing.T) { app.Run() }\n",
		"lib/lib.go":  "package lib\n\n// N is a number.\nconst N = 1\n",
	})
	t.Setenv("RCPERM_CACHE", t.TempDir())
	opts := Options{Tests: true, Cache: true, CacheSalt: "config"}
	for i, edit := range []string{"", "\n// Edited.\n"} {
		if edit != "" {
			content, err := os.ReadFile(filepath.Join(dir, "app_test.go"))
			if err != nil {
				t.Fatal(err)
			}
			write(t, dir, "app_test.go", string(content)+edit)
		}
		warm, err := Analyze([]string{"./..."}, opts, analyzer.New(analyzer.Config{}))
		if err != nil {
			t.Fatalf("run %d: %v", i+1, err)
		}
		if i > 0 && (len(warm.analyzed) == 0 || slices.Contains(warm.analyzed, "example.com/app/lib")) {
			t.Errorf("run %d: analyzed %v, want the edited package's variants only", i+1, warm.analyzed)
		}
		cold, err := Analyze([]string{"./..."}, Options{Tests: true}, analyzer.New(analyzer.Config{}))
		if err != nil {
			t.Fatal(err)
		}
		if w, c := findingLines(warm), findingLines(cold); !slices.Equal(w, c) {
			t.Errorf("run %d: findings with the cache\n%q\nwithout\n%q", i+1, w, c)
		}
		if w, c := requestLines(warm), requestLines(cold); !slices.Equal(w, c) {
			t.Errorf("run %d: requests with the cache\n%q\nwithout\n%q", i+1, w, c)
		}
	}
}

// TestCacheOff: -cache=false, RCPERM_CACHE=off or no salt from the caller
// analyze everything every time.
func TestCacheOff(t *testing.T) {
	inModule(t, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n",
		"app.go": "package app\n",
	})
	t.Setenv("RCPERM_CACHE", t.TempDir())
	for _, tt := range []struct {
		name string
		opts Options
		env  string
	}{
		{"-cache=false", Options{CacheSalt: "config"}, ""},
		{"RCPERM_CACHE=off", Options{Cache: true, CacheSalt: "config"}, "off"},
		{"no salt", Options{Cache: true}, ""},
	} {
		if tt.env != "" {
			t.Setenv("RCPERM_CACHE", tt.env)
		}
		for range 2 {
			run, err := Analyze([]string{"./..."}, tt.opts, analyzer.New(analyzer.Config{}))
			if err != nil {
				t.Fatal(err)
			}
			if len(run.analyzed) != 1 {
				t.Errorf("%s: analyzed %v, want the package every time", tt.name, run.analyzed)
			}
		}
	}
}

// TestCacheCgo: a cgo package compiles files its key does not hash (cgo's
// output): it is analyzed again every run, never restored. A package that
// imports one (net is a cgo package with CGO_ENABLED=1) has the same key
// from the first run's listing, with the compiled files and cgo's
// imports, as from a rerun's, without: it is restored.
func TestCacheCgo(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no gcc for cgo")
	}
	t.Setenv("CGO_ENABLED", "1")
	inModule(t, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n",
		"one/one.go": `package one

// int one(void) { return 1; }
import "C"

// One is 1, from C.
func One() int { return int(C.one()) }
`,
		"web/web.go": "package web\n\nimport \"net\"\n\n// Local is the loopback address.\nvar Local = net.IPv4(127, 0, 0, 1)\n",
	})
	t.Setenv("RCPERM_CACHE", t.TempDir())
	for i, want := range [][]string{{"example.com/app/one", "example.com/app/web"}, {"example.com/app/one"}} {
		run, err := Analyze([]string{"./..."}, Options{Cache: true, CacheSalt: "config"}, analyzer.New(analyzer.Config{}))
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Sorted(slices.Values(run.analyzed)); !slices.Equal(got, want) {
			t.Errorf("run %d: analyzed %v, want %v", i+1, got, want)
		}
	}
}

// findingLines are a run's findings as text, the positions of the
// requests they are about resolved: token.Pos values differ between runs.
func findingLines(r *Run) []string {
	var out []string
	for _, f := range r.Findings() {
		req := "no request"
		if f.Request != nil {
			req = requestLine(r, *f.Request)
		}
		out = append(out, fmt.Sprintf("%s %s %v %v %v %s: %s", f.Package, f.Category, f.Pos, f.End, f.Related, req, f.Message))
	}
	return out
}

// requestLines are a run's requests as text, positions resolved.
func requestLines(r *Run) []string {
	var out []string
	for _, req := range r.Requests() {
		out = append(out, requestLine(r, req))
	}
	return out
}

func requestLine(r *Run, req analyzer.Request) string {
	var ops []string
	for _, op := range req.Operations {
		ops = append(ops, op.ID)
	}
	return fmt.Sprintf("%v %s %s %v %v %v", r.Fset.Position(req.Pos), req.Method, req.Route, ops, req.Requires, req.Chain)
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
