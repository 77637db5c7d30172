package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// rcpermBin is the rcperm binary built from this checkout, as users run it.
var rcpermBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rcperm-e2e")
	if err != nil {
		panic(err)
	}
	rcpermBin = filepath.Join(dir, "rcperm")
	if out, err := exec.Command("go", "build", "-o", rcpermBin, ".").CombinedOutput(); err != nil {
		panic("building rcperm: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs a command in dir and returns its combined output and exit code.
func run(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	}
	t.Fatalf("%s %v: %v", name, args, err)
	return "", -1
}

func testdataDir(t *testing.T, name string) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// findings normalizes the diagnostics of a run: paths relative to dir, one
// line each, sorted, without go vet's "# package" headers.
func findings(out, dir string) []string {
	if dir != "" {
		out = strings.ReplaceAll(out, dir+string(filepath.Separator), "")
	}
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		// A step down a wrapper chain is shown at its own place where the
		// driver knows it (standalone) and at the finding's under go vet;
		// its message names the place either way.
		if i := strings.Index(l, ": \tvia "); i >= 0 {
			l = l[i+2:]
		}
		lines = append(lines, l)
	}
	sort.Strings(lines)
	return lines
}

func golden(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return findings(string(data), "")
}

func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n%s\n\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExample runs rcperm on the example app standalone and as a vet tool:
// both report exactly the findings in rcperm.golden, with the exit codes
// of their drivers.
func TestExample(t *testing.T) {
	dir := testdataDir(t, "example")
	want := golden(t, filepath.Join(dir, "rcperm.golden"))

	out, code := run(t, dir, nil, rcpermBin, "./...")
	if code != 3 {
		t.Errorf("rcperm ./... exit code %d, want 3 (findings)\n%s", code, out)
	}
	diff(t, "rcperm ./...", findings(out, dir), want)

	out, code = run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./...")
	if code != 1 {
		t.Errorf("go vet exit code %d, want 1 (findings)\n%s", code, out)
	}
	diff(t, "go vet -vettool=rcperm ./...", findings(out, dir), want)
}

// TestExampleJSON checks the -json output: every finding with its category.
func TestExampleJSON(t *testing.T) {
	dir := testdataDir(t, "example")
	out, code := run(t, dir, nil, rcpermBin, "-json", "./...")
	if code != 0 {
		t.Errorf("rcperm -json exit code %d, want 0 (findings are data in -json mode)\n%s", code, out)
	}
	// {"pkg": {"rcperm": [diagnostic...]}}
	var tree map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Message  string `json:"message"`
		Category string `json:"category"`
		Related  []struct {
			Message string `json:"message"`
		} `json:"related"`
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out)
	}
	categories := map[string]int{}
	for _, analyzers := range tree {
		for _, diags := range analyzers["rcperm"] {
			categories[diags.Category]++
			if diags.Category == "missing-permission" && len(diags.Related) == 0 {
				t.Errorf("%s: a request through wrappers has no related steps", diags.Posn)
			}
		}
	}
	want := map[string]int{"missing-permission": 1, "unknown-operation": 1, "unused-permission": 1}
	for c, n := range want {
		if categories[c] != n {
			t.Errorf("%d findings of category %s, want %d (all: %v)", categories[c], c, n, categories)
		}
	}
}

// TestGrantedExitsZero: once the manifest grants what the code needs, rcperm
// is silent and exits 0.
func TestGrantedExitsZero(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", `package main

import "net/http"

func main() {
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log")
}
`)
	if out, code := run(t, dir, nil, rcpermBin, "./..."); code != 0 || out != "" {
		t.Errorf("rcperm ./... = exit %d, output %q; want 0 and nothing", code, out)
	}
	if out, code := run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./..."); code != 0 || out != "" {
		t.Errorf("go vet = exit %d, output %q; want 0 and nothing", code, out)
	}
}

// TestRealSDKs runs rcperm on a module that uses the real SDK modules, as
// the module proxy serves them, to check that rcperm's models of them hold.
func TestRealSDKs(t *testing.T) {
	dir := testdataDir(t, "realsdk")
	offline := []string{"GOPROXY=off", "GOFLAGS=-mod=mod"}
	if out, code := run(t, dir, offline, "go", "list", "./..."); code != 0 {
		t.Skipf("the real SDK modules are not in the module cache (%s): run `cd testdata/realsdk && go mod download` (CI does)", strings.TrimSpace(out))
	}
	out, code := run(t, dir, offline, rcpermBin, "./...")
	if code != 3 {
		t.Errorf("exit code %d, want 3\n%s", code, out)
	}
	diff(t, "rcperm ./... on the real SDKs", findings(out, dir), golden(t, filepath.Join(dir, "rcperm.golden")))
}

func writeModule(t *testing.T, dir, manifest, main string) {
	t.Helper()
	files := map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n",
		"rcperm.yaml": manifest,
		"main.go":     main,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
