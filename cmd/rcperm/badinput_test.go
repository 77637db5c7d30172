package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes files (path → content) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBadManifests: rcperm fails closed on a manifest it cannot use,
// through the binary, with a message that says what to do, once for the
// two packages it governs, at the manifest's place, relative to the
// working directory (where it should be when it is missing): one of each
// way a manifest fails (none, a named one missing, not a file, empty, bad
// YAML, a bad name, hostile input, a bad inline permission).
// internal/manifest's tests check each message of the parser.
func TestBadManifests(t *testing.T) {
	t.Parallel()
	aliasBomb := "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\npermissions: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
	tests := []struct {
		name     string
		manifest *string // nil: no rcperm.yaml at all
		args     []string
		want     string
	}{
		{"missing", nil, nil, "\nrcperm.yaml: cannot check RingCentral permissions: no rcperm.yaml at this module root: run 'rcperm manifest -w ./...' here to write one"},
		{"named but missing", nil, []string{"-manifest=deploy/rcperm.yaml"}, "\ndeploy/rcperm.yaml: cannot check RingCentral permissions: file does not exist: create it with the permissions your app has"},
		{"empty", ptr(""), nil, "\nrcperm.yaml: cannot check RingCentral permissions: no permissions listed: list the permissions your app has in the RingCentral Developer Console"},
		{"malformed", ptr("permissions: [ReadCallLog\n"), nil, "\nrcperm.yaml:1: cannot check RingCentral permissions: invalid YAML: did not find expected ',' or ']'"},
		{"unknown name", ptr("permissions: [ReadCallLogs]\n"), nil, `rcperm.yaml:1:15: cannot check RingCentral permissions: unknown permission "ReadCallLogs": did you mean ReadCallLog?`},
		{"alias bomb", ptr(aliasBomb), nil, "YAML anchors and aliases are not allowed in a manifest"},
		{"huge", ptr("permissions:\n" + strings.Repeat("  - ReadCallLog\n", 80000)), nil, "larger than the 1 MiB limit"},
		{"unknown inline name", ptr("permissions: [ReadCallLog]\n"), []string{"-permissions=ReadCallLogs"}, `-permissions: unknown permission "ReadCallLogs"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeModule(t, dir, "", callLogApp)
			writeFiles(t, dir, map[string]string{"sub/sub.go": strings.Replace(callLogApp, "package app", "package sub", 1)})
			if tc.manifest == nil {
				os.Remove(filepath.Join(dir, "rcperm.yaml"))
			} else {
				writeFiles(t, dir, map[string]string{"rcperm.yaml": *tc.manifest})
			}
			out, code := run(t, dir, nil, rcpermBin, append(tc.args, "./...")...)
			if code != 3 || !strings.Contains("\n"+out, tc.want) || strings.Count(out, "cannot check") != 1 {
				t.Errorf("rcperm = exit %d\n%s\nwant exit 3 and %q, once", code, out, tc.want)
			}
		})
	}
	// A directory where the manifest should be.
	dir := t.TempDir()
	writeModule(t, dir, "", callLogApp)
	os.Remove(filepath.Join(dir, "rcperm.yaml"))
	os.Mkdir(filepath.Join(dir, "rcperm.yaml"), 0o755)
	if out, code := run(t, dir, nil, rcpermBin, "-manifest=rcperm.yaml", "./..."); code != 3 || !strings.Contains(out, "rcperm.yaml: cannot check RingCentral permissions: is a directory, not a manifest") {
		t.Errorf("manifest is a directory: exit %d\n%s", code, out)
	}
}

func ptr(s string) *string { return &s }

// TestBrokenPackages: code rcperm cannot type-check stops the run with the
// compiler's message and exit 1, never a silent pass.
func TestBrokenPackages(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"type error":     "package app\n\nimport rcgo \"github.com/ringcentral/ringcentral-go\"\n\nfunc Run() { rcgo.RestClient{}.Get(42) }\n",
		"syntax error":   "package app\n\nfunc Run() {\n",
		"missing import": "package app\n\nimport \"example.com/nowhere\"\n\nfunc Run() { nowhere.X() }\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeModule(t, dir, "permissions: [ReadCallLog]\n", src)
			out, code := run(t, dir, []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}, rcpermBin, "./...")
			if code != 1 || !strings.Contains(out, "main.go:") {
				t.Errorf("rcperm = exit %d\n%s\nwant exit 1 naming main.go", code, out)
			}
		})
	}
}

// TestSourceForms: cgo, generated files, build tags and test files, through
// the binary.
func TestSourceForms(t *testing.T) {
	t.Parallel()
	const needsCallLog = "(readUserCallLog) needs [ReadCallLog]"
	t.Run("cgo", func(t *testing.T) {
		t.Parallel()
		if _, err := exec.LookPath("gcc"); err != nil {
			t.Skip("no C compiler for cgo")
		}
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadAccounts]\n", `package main

// int answer(void) { return 42; }
import "C"

import rcgo "github.com/ringcentral/ringcentral-go"

func main() {
	_ = C.answer()
	rc := rcgo.RestClient{}
	rc.Get("/restapi/v1.0/account/~/extension/~/call-log")
}
`)
		out, code := run(t, dir, []string{"CGO_ENABLED=1"}, rcpermBin, "./...")
		if code != 3 || !strings.Contains(out, needsCallLog) || !strings.Contains("\n"+out, "\nmain.go:11:2: ") {
			t.Errorf("cgo package: exit %d\n%s\nwant the finding at main.go:11:2 (the cgo file's own name, relative to the directory)", code, out)
		}
	})
	t.Run("generated file", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadAccounts]\n", "// Code generated by a client generator. DO NOT EDIT.\n\n"+callLogApp)
		// A generated client's request gets the same 403: it is reported.
		if out, code := run(t, dir, nil, rcpermBin, "./..."); code != 3 || !strings.Contains(out, needsCallLog) {
			t.Errorf("generated file: exit %d\n%s", code, out)
		}
	})
	t.Run("build tags", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadAccounts]\n", "package app\n")
		writeFiles(t, dir, map[string]string{"job.go": "//go:build job\n\n" + strings.Replace(callLogApp, "func Run()", "func job()", 1)})
		// Without the tag no request is built, and the manifest is judged
		// on what is: its grant is unused.
		if out, code := run(t, dir, nil, rcpermBin, "./..."); code != 3 || strings.Contains(out, needsCallLog) || !strings.Contains(out, "1 finding: 1 unused-permission") {
			t.Errorf("without -tags: exit %d\n%s\nwant only ReadAccounts unused: job.go is not built", code, out)
		}
		if out, code := run(t, dir, nil, rcpermBin, "-tags=job", "./..."); code != 3 || !strings.Contains(out, needsCallLog) {
			t.Errorf("-tags=job: exit %d\n%s", code, out)
		}
	})
	t.Run("test files", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
		writeFiles(t, dir, map[string]string{"main_test.go": "package app\n\nimport (\n\t\"testing\"\n\n\trcgo \"github.com/ringcentral/ringcentral-go\"\n)\n\nfunc TestDelete(t *testing.T) {\n\trcgo.RestClient{}.Delete(\"/restapi/v1.0/account/~/extension/~/call-log\")\n}\n"})
		for _, test := range []string{"-test=true", "-test=false"} {
			if out, code := run(t, dir, nil, rcpermBin, test, "./..."); code != 0 {
				t.Errorf("%s: exit %d\n%s\nwant 0: requests in tests go to test servers", test, code, out)
			}
		}
	})
	t.Run("tests not loaded by default", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
		writeFiles(t, dir, map[string]string{"main_test.go": "package app\n\nvar notAnInt int = \"x\"\n"})
		if out, code := run(t, dir, nil, rcpermBin, "./..."); code != 0 {
			t.Errorf("default: exit %d\n%s\nwant 0: test files are not loaded", code, out)
		}
		if out, code := run(t, dir, nil, rcpermBin, "-test=true", "./..."); code != 1 || !strings.Contains(out, "main_test.go") {
			t.Errorf("-test=true: exit %d\n%s\nwant 1, naming main_test.go, which does not type-check", code, out)
		}
	})
}

// TestVendoredSDK: an SDK vendored into the module is the same SDK.
func TestVendoredSDK(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	sdk := standIn(t, "github.com/ringcentral/ringcentral-go")
	writeFiles(t, dir, map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n\nrequire github.com/ringcentral/ringcentral-go v0.8.0\n\nreplace github.com/ringcentral/ringcentral-go => " + sdk + "\n",
		"rcperm.yaml": "permissions: [ReadAccounts]\n",
		"main.go":     callLogApp,
	})
	if out, code := run(t, dir, []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}, "go", "mod", "vendor"); code != 0 {
		t.Fatalf("go mod vendor: %s", out)
	}
	out, code := run(t, dir, []string{"GOFLAGS=-mod=vendor"}, rcpermBin, "./...")
	if code != 3 || !strings.Contains(out, "(readUserCallLog) needs [ReadCallLog]") {
		t.Errorf("vendored SDK: exit %d\n%s", code, out)
	}
}

// TestWorkspace: in a go.work workspace, wrappers in the other module are
// followed.
func TestWorkspace(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.work":         "go 1.26\n\nuse (\n\t./app\n\t./lib\n)\n",
		"lib/go.mod":      "module example.com/lib\n\ngo 1.26\n",
		"lib/lib.go":      "package lib\n\nimport \"net/http\"\n\n// Get forwards a path.\nfunc Get(path string) { http.Get(\"https://platform.ringcentral.com\" + path) }\n",
		"app/go.mod":      "module example.com/app\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n",
		"app/rcperm.yaml": "permissions: [ReadAccounts]\n",
		"app/main.go":     "package main\n\nimport \"example.com/lib\"\n\nfunc main() { lib.Get(\"/restapi/v1.0/account/~/extension/~/call-log\") }\n",
	})
	out, code := run(t, filepath.Join(dir, "app"), nil, rcpermBin, "./...")
	if code != 3 || !strings.Contains(out, "main.go:5:15: GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) needs [ReadCallLog]") {
		t.Errorf("workspace: exit %d\n%s", code, out)
	}
}

// TestManifestFindingOnceInSARIF: rcperm sarif reports a missing manifest
// once, at the rcperm.yaml the module root lacks, not in each package.
func TestManifestFindingOnceInSARIF(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "", callLogApp)
	writeFiles(t, dir, map[string]string{"sub/sub.go": strings.Replace(callLogApp, "package app", "package sub", 1)})
	os.Remove(filepath.Join(dir, "rcperm.yaml"))
	out, code := run(t, dir, nil, rcpermBin, "sarif", "./...")
	if code != 0 || strings.Count(out, `"ruleId": "manifest"`) != 1 || !strings.Contains(out, `"uri": "rcperm.yaml"`) ||
		!strings.Contains(out, "run 'rcperm manifest -w ./...' here") {
		t.Errorf("rcperm sarif without a manifest = exit %d\n%s\nwant one manifest result at rcperm.yaml saying how to write it", code, out)
	}
}
