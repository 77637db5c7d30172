package analyzer_test

import (
	"errors"
	"os"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
)

// TestNogoFlags configures rcperm the way Bazel nogo does: through the
// exported Analyzer's flags (analyzer_flags in nogo's config), with inline
// permissions, since nogo lets analyzers read no data files.
func TestNogoFlags(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"manifest", "permissions", "scope", "manifest-digest"} {
		if analyzer.Analyzer.Flags.Lookup(name) == nil {
			t.Errorf("analyzer.Analyzer has no -%s flag", name)
		}
	}
	if analyzer.Analyzer.Name != "rcperm" {
		t.Errorf("analyzer.Analyzer.Name = %q: nogo configs and //nolint name it rcperm", analyzer.Analyzer.Name)
	}
	for _, flags := range []map[string]string{
		{"permissions": "ReadAccounts"},
		{"permissions": " ReadAccounts , SMS "},
		{"scope": "ReadAccounts SMS"},
	} {
		// A fresh analyzer per case: the flags' state is the analyzer's.
		a := analyzer.New(analyzer.Config{})
		for name, value := range flags {
			if err := a.Flags.Set(name, value); err != nil {
				t.Fatal(err)
			}
		}
		analysistest.Run(t, testdata(t), a, "inline")
	}
}

// TestInlineUnknownPermission: a misspelled inline permission fails closed,
// naming the flag.
func TestInlineUnknownPermission(t *testing.T) {
	t.Parallel()
	a := analyzer.New(analyzer.Config{Permissions: []string{"ReadAccounts", "ReadCallLogs"}})
	var msgs []string
	for _, d := range analyzeInline(t, a).Diagnostics {
		msgs = append(msgs, d.Message)
	}
	want := `cannot check RingCentral permissions: -permissions: unknown permission "ReadCallLogs": did you mean ReadCallLog?`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("diagnostics %q, want exactly %q", msgs, want)
	}
}

// inlineLoad is testdata's inline package, with std below it, loaded once
// for the tests that analyze it under configurations that do not meet its
// // want comments and count what they report instead: analysistest.Run
// would load it, and type-check std from source, for each.
var inlineLoad struct {
	once sync.Once
	pkgs []*packages.Package
	err  error
}

// analyzeInline runs a on the inline package, loaded as analysistest.Run
// loads it (GOPATH mode, from source, std included) and checked as it
// checks (facts gob-encoded), and returns its action.
func analyzeInline(t *testing.T, a *analysis.Analyzer) *checker.Action {
	t.Helper()
	gopath := testdata(t)
	inlineLoad.once.Do(func() {
		cfg := &packages.Config{
			Mode: packages.LoadAllSyntax | packages.NeedModule,
			Dir:  gopath,
			Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off"),
		}
		inlineLoad.pkgs, inlineLoad.err = packages.Load(cfg, "inline")
		if inlineLoad.err == nil && packages.PrintErrors(inlineLoad.pkgs) > 0 {
			inlineLoad.err = errors.New("the inline package does not load")
		}
	})
	if inlineLoad.err != nil {
		t.Fatal(inlineLoad.err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, inlineLoad.pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(graph.Roots) != 1 || graph.Roots[0].Err != nil {
		t.Fatalf("analyzing the inline package: roots %v", graph.Roots)
	}
	return graph.Roots[0]
}
