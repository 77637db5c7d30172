package manifest

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCovering(t *testing.T) {
	root := t.TempDir()
	files := []string{
		"go.mod",
		"rcperm.yaml",
		"app/rcperm.yaml",
		"app/cmd/tool/rcperm.yaml",
		"app/testdata/rcperm.yaml", // ./... leaves it out, naming the package does not
		"app/.github/rcperm.yaml",  // -manifest=.github/rcperm.yaml
		"app/_tools/rcperm.yaml",
		"app/vendor/x/rcperm.yaml",
		"app/.git/rcperm.yaml",         // never a package's
		"app/node_modules/rcperm.yaml", // never a package's
		"other/rcperm.yaml",            // same module, another directory
	}
	for _, f := range files {
		writeAt(t, filepath.Join(root, f), "permissions: [ReadCallLog]\n")
	}
	writeAt(t, filepath.Join(filepath.Dir(root), "rcperm.yaml"), "") // above the module: never used
	want := []string{
		filepath.Join(root, "app/.github/rcperm.yaml"),
		filepath.Join(root, "app/_tools/rcperm.yaml"),
		filepath.Join(root, "app/cmd/tool/rcperm.yaml"),
		filepath.Join(root, "app/rcperm.yaml"),
		filepath.Join(root, "app/testdata/rcperm.yaml"),
		filepath.Join(root, "app/vendor/x/rcperm.yaml"),
		filepath.Join(root, "other/rcperm.yaml"),
		filepath.Join(root, "rcperm.yaml"),
	}
	for _, dir := range []string{root, filepath.Join(root, "app")} {
		if got := Covering(dir); !reflect.DeepEqual(got, want) {
			t.Errorf("Covering(%s) = %q, want %q", dir, got, want)
		}
	}
}

func TestDigestChangesWithManifests(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	missing := Digest([]string{path})
	os.WriteFile(path, []byte("permissions: [ReadCallLog]\n"), 0o644)
	granted := Digest([]string{path})
	os.WriteFile(path, []byte("permissions: [ReadAccounts]\n"), 0o644)
	edited := Digest([]string{path})
	moved := Digest([]string{filepath.Join(dir, "sub", FileName)})
	seen := map[string]string{}
	for name, d := range map[string]string{"missing": missing, "granted": granted, "edited": edited, "moved": moved} {
		if other, dup := seen[d]; dup {
			t.Errorf("%s and %s have the same digest %s", name, other, d)
		}
		seen[d] = name
	}
	if Digest([]string{path}) != edited {
		t.Errorf("Digest is not stable for the same content")
	}
}

func TestCacheKey(t *testing.T) {
	root := t.TempDir()
	writeAt(t, filepath.Join(root, "go.mod"), "module example.com/m\n")
	writeAt(t, filepath.Join(root, FileName), "permissions: [SMS]\n")
	named := filepath.Join(root, ".github", "perms.yaml")
	writeAt(t, named, "permissions: [SMS]\n")
	plain, withNamed := CacheKey(root, ""), CacheKey(root, named)
	writeAt(t, named, "permissions: [ReadCallLog]\n")
	if CacheKey(root, named) == withNamed {
		t.Error("editing the named manifest leaves the cache key as it was")
	}
	if CacheKey(root, "") != plain {
		t.Error("editing a file no host was told to use changes the cache key")
	}
}

// TestCacheKeyIndependentOfPlace: two checkouts of the same module in
// different directories get one cache key, so go vet shares its cached
// results between them, also when a manifest among them cannot be read;
// moving a manifest inside the module changes it.
func TestCacheKeyIndependentOfPlace(t *testing.T) {
	module := func(manifestDir string) string {
		root := t.TempDir()
		writeAt(t, filepath.Join(root, "go.mod"), "module example.com/m\n")
		writeAt(t, filepath.Join(root, manifestDir, FileName), "permissions: [SMS]\n")
		return root
	}
	a, b := module("svc"), module("svc")
	if CacheKey(a, "") != CacheKey(b, "") {
		t.Error("the same module in two directories gets two cache keys")
	}
	for _, root := range []string{a, b} {
		if err := os.Symlink("/dev/zero", filepath.Join(root, "svc", "zero.yaml")); err != nil {
			t.Fatal(err)
		}
	}
	for _, named := range []string{"svc/zero.yaml", "no/such.yaml"} {
		if CacheKey(a, filepath.Join(a, named)) != CacheKey(b, filepath.Join(b, named)) {
			t.Errorf("-manifest=%s, which cannot be read: the same module in two directories gets two cache keys", named)
		}
	}
	if CacheKey(a, "") == CacheKey(module("api"), "") {
		t.Error("a manifest moved to another directory of the module leaves the cache key as it was")
	}
}
