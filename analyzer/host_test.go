package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
)

// TestHostModule runs rcperm under go/analysis's checker on the example app
// with and without module information. Hosts differ there: go vet and the
// standalone driver name each package's module, Bazel nogo and a driver
// loading without packages.NeedModule do not. The call of another module's
// fixed-operation wrapper (acme/rcwrap's Presence) must be reported either
// way: an unknown module counts as another module. With module information,
// the call of the same module's calllog.Purge (main.go:35) is not reported
// again: its request is reported inside calllog, where it is made.
func TestHostModule(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the example and std from source twice")
	}
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "cmd", "callcenter", "main.go")
	want, sameModuleCall := main+":38:2:", main+":35:2:"
	for _, mode := range []struct {
		name string
		mode packages.LoadMode
	}{
		{"with NeedModule", packages.LoadAllSyntax | packages.NeedModule},
		{"without NeedModule", packages.LoadAllSyntax},
	} {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			cfg := &packages.Config{Mode: mode.mode, Dir: dir, Tests: false,
				Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")}
			pkgs, err := packages.Load(cfg, "./...")
			if err != nil {
				t.Fatal(err)
			}
			if packages.PrintErrors(pkgs) > 0 {
				t.Fatal("the example does not load")
			}
			// SanityCheck gob-encodes every fact, as go vet does.
			graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, &checker.Options{SanityCheck: true})
			if err != nil {
				t.Fatal(err)
			}
			var found []string
			for act := range graph.All() {
				if act.Err != nil {
					t.Errorf("%s: %v", act, act.Err)
				}
				if !act.IsRoot {
					continue
				}
				for _, d := range act.Diagnostics {
					found = append(found, fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message))
				}
			}
			at := func(prefix string) bool {
				return slices.ContainsFunc(found, func(s string) bool { return strings.HasPrefix(s, prefix) })
			}
			if !at(want) {
				t.Errorf("no finding at %s; found:\n%s", want, strings.Join(found, "\n"))
			}
			if mode.mode&packages.NeedModule != 0 && at(sameModuleCall) {
				t.Errorf("a finding at %s, a call within the module; found:\n%s", sameModuleCall, strings.Join(found, "\n"))
			}
		})
	}
}
