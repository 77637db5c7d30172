package manifest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	// root/go.mod, root/rcperm.yaml, root/a/b (a package with its own
	// manifest in one case), all inside an outer directory that has a
	// rcperm.yaml of its own that must never be found.
	outer := t.TempDir()
	writeAt(t, filepath.Join(outer, FileName), "permissions: [SMS]\n")
	root := filepath.Join(outer, "mod")
	pkg := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	writeAt(t, filepath.Join(root, "go.mod"), "module example.com/m\n")

	t.Run("stops at the module root", func(t *testing.T) {
		_, err := Find(pkg)
		want := root + ": no rcperm.yaml at this module root nor in " + pkg + ", " + filepath.Join(root, "a") +
			": run 'rcperm manifest -w ./...' here to write one from the code, review it and grant the same permissions to the app in the RingCentral Developer Console; or name one (-manifest, or the manifest setting of golangci-lint)"
		var me *Error
		if err == nil || err.Error() != want || !errors.As(err, &me) || me.Path != root || !me.Missing {
			t.Errorf("Find = %v, want %q at the module root", err, want)
		}
		if _, err := Find(root); err == nil || !strings.HasPrefix(err.Error(), root+": no rcperm.yaml at this module root: run 'rcperm manifest -w ./...' here") {
			t.Errorf("Find(module root) = %v, want no directories below it named", err)
		}
	})

	writeAt(t, filepath.Join(root, FileName), "permissions: [SMS]\n")
	t.Run("at the module root", func(t *testing.T) {
		assertFound(t, root, filepath.Join(root, FileName))
	})
	t.Run("in a parent", func(t *testing.T) {
		assertFound(t, pkg, filepath.Join(root, FileName))
	})
	t.Run("relative dir", func(t *testing.T) {
		t.Chdir(root)
		assertFound(t, filepath.Join("a", "b"), filepath.Join(root, FileName))
	})

	writeAt(t, filepath.Join(pkg, FileName), "permissions: [SMS]\n")
	t.Run("in the package dir", func(t *testing.T) {
		assertFound(t, pkg, filepath.Join(pkg, FileName))
	})
}

func assertFound(t *testing.T, dir, want string) {
	t.Helper()
	got, err := Find(dir)
	if err != nil || got != want {
		t.Errorf("Find(%s) = %q, %v, want %q", dir, got, err, want)
	}
}
