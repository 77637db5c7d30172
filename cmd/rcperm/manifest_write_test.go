package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManifestWriteNew: the rcperm.yaml that manifest -w writes anew names
// where each permission is needed by file, never by line and column, which
// the next edit would make stale while -w keeps the comment.
func TestManifestWriteNew(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "", callLogApp)
	writeFiles(t, dir, map[string]string{"report/report.go": "package report\n\nimport (\n\t\"os\"\n\n\trcgo \"github.com/ringcentral/ringcentral-go\"\n)\n\n// Run sends a configured report.\nfunc Run() { rcgo.RestClient{}.Get(os.Getenv(\"RC_REPORT_PATH\")) }\n"})
	path := filepath.Join(dir, "rcperm.yaml")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	// Twice: the second run keeps the file's comments and rewrites the
	// list of what it cannot decide rather than adding another.
	for range 2 {
		if out, code := run(t, dir, nil, rcpermBin, "manifest", "-w", "./..."); code != 0 {
			t.Fatalf("rcperm manifest -w = exit %d\n%s", code, out)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if !strings.Contains(s, "(readUserCallLog) in main.go\n  - ReadCallLog\n") {
		t.Errorf("manifest -w wrote:\n%s\nwant ReadCallLog with its use named by file only", s)
	}
	if n := strings.Count(s, "# rcperm manifest -w: what it cannot decide"); n != 1 || !strings.Contains(s, "report/report.go") {
		t.Errorf("manifest -w wrote:\n%s\nwant one list of what it cannot decide, naming report/report.go", s)
	}
}
