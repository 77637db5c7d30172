package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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
	results := analysistest.Run(&silentT{}, testdata(t), a, "inline")
	var msgs []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			msgs = append(msgs, d.Message)
		}
	}
	want := `cannot check RingCentral permissions: -permissions: unknown permission "ReadCallLogs": did you mean ReadCallLog?`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("diagnostics %q, want exactly %q", msgs, want)
	}
}

// silentT swallows analysistest's complaints about // want comments that a
// deliberately broken configuration does not meet.
type silentT struct{}

func (*silentT) Errorf(string, ...any) {}
