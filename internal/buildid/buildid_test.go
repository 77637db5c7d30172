package buildid

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOf: the running test binary (ELF, with a Go build ID note) has a
// stable ID, and files that are not ELF are told apart by content.
func TestOf(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	a, errA := Of(exe)
	b, errB := Of(exe)
	if errA != nil || errB != nil || a != b || len(a) != 64 {
		t.Errorf("Of(test binary) = %q, %v then %q, %v; want one 64-digit ID", a, errA, b, errB)
	}
	dir := t.TempDir()
	ids := map[string]string{}
	for _, name := range []string{"one", "two"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("not a binary: "+name), 0o755); err != nil {
			t.Fatal(err)
		}
		if ids[name], err = Of(path); err != nil {
			t.Fatal(err)
		}
	}
	if ids["one"] == ids["two"] {
		t.Errorf("two files of different content have the same ID %s", ids["one"])
	}
	if _, err := Of(filepath.Join(dir, "missing")); err == nil {
		t.Error("Of(a missing file) succeeded")
	}
}
