//go:build unix

package golangci

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestCacheKeyHostileFiles: a FIFO named rcperm.yaml, a link to /dev/zero
// and a huge manifest neither hang the plugin's constructor and
// BuildAnalyzers nor exhaust memory, whether named in the settings or
// found below the module root.
func TestCacheKeyHostileFiles(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "go.mod"), "module example.com/app\n")
	if err := syscall.Mkfifo(filepath.Join(root, "rcperm.yaml"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	if err := os.MkdirAll(filepath.Join(root, "zero"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(root, "zero", "rcperm.yaml")); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "huge", "rcperm.yaml"), "")
	if err := os.Truncate(filepath.Join(root, "huge", "rcperm.yaml"), 50<<20); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	for _, settings := range []any{nil, map[string]any{"manifest": "rcperm.yaml"}, map[string]any{"manifest": "zero/rcperm.yaml"}} {
		done := make(chan error, 1)
		go func() {
			p, err := New(settings)
			if err == nil {
				_, err = p.BuildAnalyzers()
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("settings %v: %v", settings, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("settings %v: building the analyzers still runs after 10 s", settings)
		}
	}
}
