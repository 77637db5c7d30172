package driver

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestCacheKeysImmutable: a file in an immutable directory (the module
// cache, a released Go's std) is keyed by its name, unread; any other file
// by its content.
func TestCacheKeysImmutable(t *testing.T) {
	modcache, work := t.TempDir(), t.TempDir()
	dep := &packages.Package{ID: "example.com/dep", PkgPath: "example.com/dep", Name: "dep",
		GoFiles: []string{filepath.Join(modcache, "example.com", "dep@v1.0.0", "dep.go")}} // never written
	app := &packages.Package{ID: "example.com/app", PkgPath: "example.com/app", Name: "app",
		GoFiles: []string{filepath.Join(work, "app.go")}, Imports: map[string]*packages.Package{"example.com/dep": dep}}
	l := &listing{order: []*packages.Package{dep, app}, isRoot: map[*packages.Package]bool{app: true}, source: map[*packages.Package]bool{}}
	keysOf := func(content string) map[string]string {
		t.Helper()
		if err := os.WriteFile(app.GoFiles[0], []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		hashes := map[string]fileHash{}
		keys, err := cacheKeys(l, "salt", []string{modcache}, hashes)
		if err != nil {
			t.Fatalf("cacheKeys read a file of the module cache: %v", err)
		}
		if _, ok := hashes[dep.GoFiles[0]]; ok {
			t.Errorf("cacheKeys hashed %s, in the module cache", dep.GoFiles[0])
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
	if _, err := cacheKeys(l, "salt", nil, map[string]fileHash{}); err == nil {
		t.Errorf("cacheKeys with no immutable directory did not read %s (it does not exist)", dep.GoFiles[0])
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

// TestListedToolchain: the GOROOT and module cache found from where the
// listing's files lie are go env's.
func TestListedToolchain(t *testing.T) {
	out, err := exec.Command("go", "env", "GOROOT", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	env := strings.Split(strings.TrimSpace(string(out)), "\n")
	l, err := list([]string{"net/url"}, Options{}, keyMode)
	if err != nil {
		t.Fatal(err)
	}
	if got := listedGOROOT(l); got != env[0] {
		t.Errorf("listedGOROOT = %q, go env GOROOT = %q", got, env[0])
	}
	modcache := env[1]
	for _, tc := range []struct {
		mod  packages.Module
		want string
	}{
		{packages.Module{Path: "github.com/Masterminds/semver", Version: "v1.5.0", Dir: filepath.Join(modcache, "github.com", "!masterminds", "semver@v1.5.0")}, modcache},
		{packages.Module{Path: "example.com/m", Version: "v1.0.0", Dir: "/work/m"}, ""},
		{packages.Module{Path: "example.com/m", Dir: filepath.Join(modcache, "example.com", "m@v1.0.0")}, ""}, // not downloaded: no version
	} {
		if got := modCacheOf(&tc.mod); got != tc.want {
			t.Errorf("modCacheOf(%s %s in %s) = %q, want %q", tc.mod.Path, tc.mod.Version, tc.mod.Dir, got, tc.want)
		}
	}
}

// TestGoEnvironment: a setting of the go command or cgo, in the
// environment or in the go env file, changes what the keys hold; other
// variables do not.
func TestGoEnvironment(t *testing.T) {
	envFile := filepath.Join(t.TempDir(), "env")
	t.Setenv("GOENV", envFile)
	base := goEnvironment("")
	for _, tc := range []struct {
		name    string
		edit    func()
		changes bool
	}{
		{"an unrelated variable", func() { t.Setenv("RCPERM_TEST_UNRELATED", "1") }, false},
		{"GOAMD64", func() { t.Setenv("GOAMD64", "v3") }, true},
		{"CGO_CFLAGS", func() { t.Setenv("CGO_CFLAGS", "-DX=1") }, true},
		{"CC", func() { t.Setenv("CC", "clang") }, true},
		{"go env -w", func() {
			if err := os.WriteFile(envFile, []byte("GOFLAGS=-tags=x\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.edit()
			if got := goEnvironment(""); (got != base) != tc.changes {
				t.Errorf("changed = %v, want %v", got != base, tc.changes)
			}
		})
	}
	if goEnvironment("a") == goEnvironment("b") {
		t.Errorf("-tags do not change the environment")
	}
}
