package driver

import (
	"archive/zip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestExportDataErrors: a dependency rcperm reads as export data (one from
// the module cache) that does not compile fails the run with the
// compiler's message, as when the listing compiled everything.
func TestExportDataErrors(t *testing.T) {
	proxy := t.TempDir()
	mod := filepath.Join(proxy, "example.com", "dep", "@v")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"list":        "v1.0.0\n",
		"v1.0.0.info": `{"Version":"v1.0.0"}`,
		"v1.0.0.mod":  "module example.com/dep\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	zf, err := os.Create(filepath.Join(mod, "v1.0.0.zip"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(zf)
	for name, content := range map[string]string{
		"go.mod": "module example.com/dep\n",
		"dep.go": "package dep\n\n// N is not an int.\nvar N int = \"two\"\n",
	} {
		w, err := zw.Create("example.com/dep@v1.0.0/" + name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zf.Close()
	dir := inModule(t, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n\nrequire example.com/dep v1.0.0\n",
		"app.go": "package app\n\nimport \"example.com/dep\"\n\nvar M = dep.N\n",
	})
	t.Setenv("GOPROXY", "file://"+filepath.ToSlash(proxy))
	t.Setenv("GOSUMDB", "off")
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GOFLAGS", "-modcacherw")
	if out, err := exec.Command("go", "mod", "download", "example.com/dep").CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	if out, err := exec.Command("go", "mod", "tidy").CombinedOutput(); err != nil {
		t.Fatalf("go mod tidy in %s: %v\n%s", dir, err, out)
	}
	_, err = Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
	if err == nil || !strings.Contains(err.Error(), `cannot use "two"`) {
		t.Errorf("Analyze = %v, want the compiler's error in example.com/dep", err)
	}
}
