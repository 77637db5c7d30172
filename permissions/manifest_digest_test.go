package permissions

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestManifestsFor(t *testing.T) {
	root := t.TempDir()
	files := []string{
		"go.mod",
		"rcperm.yaml",
		"app/rcperm.yaml",
		"app/cmd/tool/rcperm.yaml",
		"app/testdata/rcperm.yaml", // ./... does not look here
		"app/.hidden/rcperm.yaml",
		"app/vendor/x/rcperm.yaml",
	}
	for _, f := range files {
		path := filepath.Join(root, f)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte("permissions: [ReadCallLog]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(filepath.Dir(root), "rcperm.yaml"), nil, 0o644) // above the module: never used
	got := ManifestsFor(filepath.Join(root, "app"))
	want := []string{
		filepath.Join(root, "app/cmd/tool/rcperm.yaml"),
		filepath.Join(root, "app/rcperm.yaml"),
		filepath.Join(root, "rcperm.yaml"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ManifestsFor = %q, want %q", got, want)
	}
}

func TestDigestChangesWithManifests(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ManifestName)
	missing := Digest([]string{path})
	os.WriteFile(path, []byte("permissions: [ReadCallLog]\n"), 0o644)
	granted := Digest([]string{path})
	os.WriteFile(path, []byte("permissions: [ReadAccounts]\n"), 0o644)
	edited := Digest([]string{path})
	moved := Digest([]string{filepath.Join(dir, "sub", ManifestName)})
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
