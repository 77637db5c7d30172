package main_test

import (
	"strings"
	"testing"
)

// TestTemplateFilledInALoop: endpoints invoked by name from a table, each
// template's placeholders filled by a loop that cuts the template as it
// goes (the analyzer's tmplexpand fixture). The cut text the loop passes
// through knows nothing of the path: beside the filled template, which is
// the request, it leaves nothing unresolved, and the grant no request
// needs is called unused.
func TestTemplateFilledInALoop(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeStandInModule(t, dir, "example.com/tmplexpand", "example.com/tmplexpand")
	out, _ := run(t, dir, nil, rcpermBin, "./...")
	got := strings.Join(findings(out, dir), "\n")
	if want := "rcperm.yaml grants SMS, which no RingCentral request of the packages it governs needs"; !strings.Contains(got, want) {
		t.Errorf("rcperm ./... does not call SMS unused:\n%s", got)
	}
	if strings.Contains(got, "unresolved") || strings.Contains(got, "cannot tell") {
		t.Errorf("rcperm ./... leaves a request of the table unresolved:\n%s", got)
	}
}
