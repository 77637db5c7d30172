//go:build unix

package manifest

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLoadNotRegular: Load reads regular files only, and neither blocks
// on a FIFO nor reads a device without end.
func TestLoadNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo", FileName)
	zero := filepath.Join(dir, "zero", FileName)
	mkfifo(t, fifo)
	symlink(t, "/dev/zero", zero)
	tests := []struct{ path, msg string }{
		{fifo, "is a named pipe (FIFO), not a manifest file: rcperm reads manifests from regular files only, point it at the file itself"},
		{zero, "is a device, not a manifest file: rcperm reads manifests from regular files only, point it at the file itself"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(filepath.Dir(tt.path)), func(t *testing.T) {
			var err error
			within(t, func() { _, err = Load(tt.path) })
			var me *Error
			if !errors.As(err, &me) || *me != (Error{Path: tt.path, Msg: tt.msg}) {
				t.Errorf("Load = %v, want %s: %s", err, tt.path, tt.msg)
			}
		})
	}
}

// TestDigestHostileFiles: the digest reads what Load reads and no more. A
// FIFO named rcperm.yaml, a link to /dev/zero and a huge file neither hang
// it nor exhaust memory; a file over the limit is digested by its size.
func TestDigestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo", FileName)
	zero := filepath.Join(dir, "zero", FileName)
	huge := filepath.Join(dir, "huge", FileName)
	mkfifo(t, fifo)
	symlink(t, "/dev/zero", zero)
	sparse(t, huge, 50<<20)
	paths := []string{fifo, zero, huge}

	var before string
	within(t, func() { before = Digest(paths) })
	if err := os.Truncate(huge, 60<<20); err != nil {
		t.Fatal(err)
	}
	if Digest(paths) == before {
		t.Error("resizing a file over the limit leaves the digest as it was")
	}
}

// within runs f and fails the test if it takes more than 10 s: a read that
// blocks on a FIFO or runs on through a device would never return.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("still reading after 10 s")
	}
}

// mkfifo makes a named pipe at path, whose opening for reading would block
// until a writer comes.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
}

// symlink makes path a symbolic link to target.
func symlink(t *testing.T, target, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, path); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// sparse makes path a file of size bytes that takes no room on disk.
func sparse(t *testing.T, path string, size int64) {
	t.Helper()
	writeAt(t, path, "")
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}
