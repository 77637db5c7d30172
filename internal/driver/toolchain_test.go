package driver

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

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
