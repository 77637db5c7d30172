package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTextRelativePaths: run from a subdirectory, the text output names
// every file relative to it, in the via lines' messages too, as go vet
// does, and ends with the count of findings by category.
func TestTextRelativePaths(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	out, code := run(t, filepath.Join(dir, "cmd"), nil, rcpermBin, "../...")
	if code != 3 {
		t.Fatalf("rcperm ../... = exit %d\n%s", code, out)
	}
	if strings.Contains(out, filepath.Dir(dir)) {
		t.Errorf("output names absolute paths:\n%s", out)
	}
	for _, want := range []string{
		"../calllog/calllog.go:16:12: GET /restapi/v1.0/account/~/recording/{recordingId}/content",
		"../rc/client.go:19:9: \tvia (*example.com/callcenter/rc.Client).Do at ../rc/client.go:19:9\n",
		"callcenter/main.go:38:2: GET",
		"../../../analyzer/testdata/src/github.com/acme/rcwrap/rcwrap.go:26:9: \tvia (*github.com/acme/rcwrap.Client).Get at ../../../analyzer/testdata/src/github.com/acme/rcwrap/rcwrap.go:26:9\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if want := "\n8 findings: 6 missing-permission, 1 unknown-operation, 1 unused-permission\n"; !strings.HasSuffix(out, want) {
		t.Errorf("output does not end with the count %q:\n%s", want, out)
	}
	if out, _ := runExample(t, "-json", "./..."); strings.Contains(out, "findings:") {
		t.Errorf("-json prints the count line:\n%s", out)
	}
}
