package resultcache

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestKeysImmutable: a file in an immutable directory (the module
// cache, a released Go's std) is keyed by its name, unread; any other file
// by its content.
func TestKeysImmutable(t *testing.T) {
	modcache, work := t.TempDir(), t.TempDir()
	dep := &packages.Package{ID: "example.com/dep", PkgPath: "example.com/dep", Name: "dep",
		GoFiles: []string{filepath.Join(modcache, "example.com", "dep@v1.0.0", "dep.go")}} // never written
	app := &packages.Package{ID: "example.com/app", PkgPath: "example.com/app", Name: "app",
		GoFiles: []string{filepath.Join(work, "app.go")}, Imports: map[string]*packages.Package{"example.com/dep": dep}}
	pkgs := []*packages.Package{dep, app}
	keysOf := func(content string) map[string]string {
		t.Helper()
		if err := os.WriteFile(app.GoFiles[0], []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		hashes := Hashes{}
		keys, err := Keys(pkgs, nil, "salt", []string{modcache}, hashes)
		if err != nil {
			t.Fatalf("Keys read a file of the module cache: %v", err)
		}
		if _, ok := hashes[dep.GoFiles[0]]; ok {
			t.Errorf("Keys hashed %s, in the module cache", dep.GoFiles[0])
		}
		return keys
	}
	before := keysOf("package app\n")
	after := keysOf("package app // edited\n")
	if before[dep.ID] != after[dep.ID] {
		t.Errorf("the module cache package's key changed with an edit elsewhere")
	}
	if before[app.ID] == after[app.ID] {
		t.Errorf("an edit of %s left its package's key as it was", app.GoFiles[0])
	}
	if _, err := Keys(pkgs, nil, "salt", nil, Hashes{}); err == nil {
		t.Errorf("Keys with no immutable directory did not read %s (it does not exist)", dep.GoFiles[0])
	}
}

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"/gomod/example.com/m@v1/a.go", true},
		{"/gomod/a.go", true},
		{"/gomodder/a.go", false},
		{"/gomod/../src/a.go", false},
		{"/src/a.go", false},
	} {
		if got := within(tc.name, []string{"/gomod"}); got != tc.want {
			t.Errorf("within(%q, /gomod) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
