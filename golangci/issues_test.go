package golangci

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// appModule writes a module at a temporary directory: rcperm.yaml at its
// root with manifest as its content, a wrapper package rc, and a command
// in cmd/app whose source is main. It returns the module's directory.
func appModule(t *testing.T, manifest, main string) string {
	t.Helper()
	root := t.TempDir()
	write(t, filepath.Join(root, "go.mod"), "module example.com/app\n\ngo 1.26\n")
	if manifest != "" {
		write(t, filepath.Join(root, "rcperm.yaml"), manifest)
	}
	write(t, filepath.Join(root, "rc", "rc.go"), `package rc

import "net/http"

// Get sends a GET to RingCentral's path.
func Get(path string) (*http.Response, error) {
	return Do("GET", path)
}

// Do sends a request to RingCentral's path.
func Do(method, path string) (*http.Response, error) {
	req, err := http.NewRequest(method, "https://platform.ringcentral.com"+path, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`)
	write(t, filepath.Join(root, "cmd", "app", "main.go"), main)
	return root
}

// callLogMain is a command that reads the call log through the rc wrapper.
const callLogMain = `package main

import "example.com/app/rc"

func main() {
	rc.Get("/restapi/v1.0/account/~/call-log")
}
`

// TestOneIssuePerFinding: a request reached through a wrapper is one
// diagnostic, whose message carries the chain with paths relative to the
// working directory, and no related information, which golangci-lint
// would make issues of their own.
func TestOneIssuePerFinding(t *testing.T) {
	root := appModule(t, "permissions: [ReadAccounts]\n", callLogMain)
	t.Chdir(root)
	diags := analyze(t, root, nil)
	want := "needs [ReadCallLog], which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401)" +
		"; grant ReadCallLog in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1 (via example.com/app/rc.Do at rc/rc.go:7:9; via net/http.NewRequest at rc/rc.go:12:14)"
	if len(diags) != 1 || !strings.HasSuffix(diags[0].Message, want) || len(diags[0].Related) > 0 {
		t.Errorf("diagnostics = %+v\nwant one ending %q, without related information", diags, want)
	}
}

// analyze runs the plugin's rcperm with settings, made in the current
// directory, on the packages of the module at root, as golangci-lint does,
// and returns the diagnostics of the module's packages.
func analyze(t *testing.T, root string, settings any) []analysis.Diagnostic {
	t.Helper()
	p, err := newPlugin(t, settings)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: root}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze(as[:1], pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []analysis.Diagnostic
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Package.PkgPath, act.Err)
		}
		out = append(out, act.Diagnostics...)
	}
	return out
}

// TestRelativeManifest: manifest: rcperm.yaml means the module root's
// file wherever golangci-lint runs, at the module root from a terminal or
// in the package's directory from VS Code; a manifest problem names paths
// relative to golangci-lint's directory, and a missing one says how to
// write it.
func TestRelativeManifest(t *testing.T) {
	named := map[string]any{"manifest": "rcperm.yaml"}
	for _, tc := range []struct {
		name     string
		manifest string // at the module root; "" for none
		settings any
		wd       string // relative to the module root
		want     string // in the one diagnostic's message
	}{
		{"from the module root", "permissions: [ReadAccounts]\n", named, ".", "in rcperm.yaml at line 1 (via example.com/app/rc.Do at rc/rc.go:7:9; via net/http.NewRequest at rc/rc.go:12:14)"},
		{"from the package directory", "permissions: [ReadAccounts]\n", named, "cmd/app", "in rcperm.yaml at line 1 (via example.com/app/rc.Do at "},
		{"a bad manifest", "permissions: [ReadAcounts]\n", named, ".", "cannot check RingCentral permissions: rcperm.yaml:1:15: unknown permission \"ReadAcounts\": did you mean ReadAccounts?"},
		{"no manifest", "", nil, ".", "cannot check RingCentral permissions: .: no rcperm.yaml at this module root nor in cmd/app, cmd: run 'rcperm manifest -w ./...' here"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := appModule(t, tc.manifest, callLogMain)
			t.Chdir(filepath.Join(root, tc.wd))
			diags := analyze(t, root, tc.settings)
			// A manifest that cannot be read fails every package of the
			// app, requests or not: each is checked one at a time.
			want := 1
			if tc.name == "a bad manifest" {
				want = 2
			}
			if len(diags) != want {
				t.Errorf("diagnostics = %+v\nwant %d", diags, want)
			}
			for _, d := range diags {
				if !strings.Contains(d.Message, tc.want) {
					t.Errorf("diagnostic %q, want one with %q", d.Message, tc.want)
				}
			}
		})
	}
}

// TestNolintLeftToGolangci: the plugin reports a finding that //nolint:rcperm
// covers, for golangci-lint to drop: had rcperm dropped it, nolintlint
// would report the directive as unused.
func TestNolintLeftToGolangci(t *testing.T) {
	root := appModule(t, "permissions: [ReadAccounts]\n", strings.Replace(callLogMain, "call-log\")", "call-log\") //nolint:rcperm // admin build", 1))
	t.Chdir(root)
	if diags := analyze(t, root, nil); len(diags) != 1 {
		t.Errorf("diagnostics = %+v, want the one //nolint covers", diags)
	}
}
