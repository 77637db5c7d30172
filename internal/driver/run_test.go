package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
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
	l, err := list([]string{"./..."}, Options{}, loadMode)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := loadProgram(token.NewFileSet(), l, nil)
	if err != nil {
		t.Fatal(err)
	}
	boom := &analysis.Analyzer{Name: "boom", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	_, err = runAnalyzer(prog, l, boom)
	if err == nil || !strings.Contains(err.Error(), "panicked analyzing example.com/app") || !strings.Contains(err.Error(), "app.go") {
		t.Errorf("runAnalyzer with a panicking analyzer = %v, want an error naming the package and its files", err)
	}
}
