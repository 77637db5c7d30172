//go:build unix

package resultcache

import (
	"go/token"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestCacheHostileFiles: the cache directory may be shared or restored
// from a CI cache a pull request's job wrote (issue 23, item 4). An entry
// or the trim stamp that is a FIFO, a link to /dev/zero or a link
// to another entry is a miss, and is replaced when written, where reading
// it used to hang the run or exhaust its memory.
func TestCacheHostileFiles(t *testing.T) {
	kinds := []struct {
		name string
		make func(t *testing.T, store Store, path string)
	}{
		{"fifo", func(t *testing.T, _ Store, path string) {
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skipf("no FIFOs here: %v", err)
			}
		}},
		{"link to /dev/zero", func(t *testing.T, _ Store, path string) {
			if err := os.Symlink("/dev/zero", path); err != nil {
				t.Fatal(err)
			}
		}},
		{"link to an entry", func(t *testing.T, store Store, path string) {
			if err := store.Put("ee00", &Entry{}); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(store.path("ee00"), path); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, kind := range kinds {
		t.Run(kind.name, func(t *testing.T) {
			store := NewStore(t.TempDir())
			const key = "ee01"
			if err := os.MkdirAll(filepath.Dir(store.path(key)), 0o777); err != nil {
				t.Fatal(err)
			}
			kind.make(t, store, store.path(key))
			kind.make(t, store, filepath.Join(store.dir, trimStamp))
			finishes(t, "get", func() {
				if _, ok := store.Get(key); ok {
					t.Errorf("get of a %s: a hit", kind.name)
				}
			})
			finishes(t, "trim", func() { store.Trim(time.Now()) })
			finishes(t, "put", func() {
				if err := store.Put(key, &Entry{}); err != nil {
					t.Errorf("put over a %s: %v", kind.name, err)
				}
			})
			if _, ok := store.Get(key); !ok {
				t.Errorf("get after put over a %s: a miss", kind.name)
			}
		})
	}
}

// finishes fails the test when f takes more than a few seconds: it hung, or
// read without end. The goroutine is left behind; the test binary ends.
func finishes(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s still running after 10s: hung", what)
	}
}

// TestRestoreHostileFiles: a position in an entry names its file, which
// the restore reads for its lines. A hostile entry may name a FIFO, which
// an ordinary read waits on for a writer forever, or /dev/zero, which
// never ends: the position does not restore, and the run goes on.
func TestRestoreHostileFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo.go")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, name := range []string{fifo, "/dev/zero"} {
		finishes(t, "restoring a position in "+name, func() {
			if _, err := NewFiles(token.NewFileSet()).pos(cachedPos{File: name, Line: 1, Column: 1}); err == nil {
				t.Errorf("a position in %s restored", name)
			}
		})
	}
}
