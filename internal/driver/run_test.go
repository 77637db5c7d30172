package driver

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/analyzer"
)

// TestAnalyzerPanicIsAnError: a panic inside the analyzer is an error that
// names the package and its files, not a crash of the run, and never a
// silent pass.
func TestAnalyzerPanicIsAnError(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n",
		"app.go": "package app\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	boom := &analysis.Analyzer{Name: "boom", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	_, err := Analyze([]string{"./..."}, Options{}, boom)
	if err == nil || !strings.Contains(err.Error(), "panicked analyzing example.com/app") || !strings.Contains(err.Error(), "app.go") {
		t.Errorf("Analyze with a panicking analyzer = %v, want an error naming the package and its files", err)
	}
}

// TestListings: a run without the cache lists once without the compiled
// files, then the export data of what it does not check (here net/url):
// go list -compiled costs a listing as much as the rest of it. Only a
// package to check that compiles cgo's output is listed again with them,
// and then analyzed from its compiled files.
func TestListings(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n",
		"app.go": "package app\n\nimport \"net/url\"\n\n// U is a URL.\nvar U = url.URL{Path: \"/\"}\n",
	}
	tests := []struct {
		name  string
		cgo   bool
		lists int
	}{{"plain", false, 2}, {"cgo", true, 3}}
	for _, tt := range tests {
		if tt.cgo {
			if _, err := exec.LookPath("gcc"); err != nil {
				t.Skip("no gcc for cgo")
			}
			t.Setenv("CGO_ENABLED", "1")
			files["one/one.go"] = "package one\n\n// int one(void) { return 1; }\nimport \"C\"\n\n// One is 1, from C.\nfunc One() int { return int(C.one()) }\n"
		}
		inModule(t, files)
		run, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if run.lists != tt.lists {
			t.Errorf("%s: listed %d times, want %d", tt.name, run.lists, tt.lists)
		}
	}
}
