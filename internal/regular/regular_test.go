//go:build unix

package regular

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte(strings.Repeat("x", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	tests := []struct {
		name   string
		path   string
		limit  int64
		follow bool
		read   int   // bytes read, when no error
		errIs  error // the error, or nil
		mode   bool  // a *NotRegularError
	}{
		{"whole", file, 200, false, 100, nil, false},
		{"over the limit: one byte more", file, 10, false, 11, nil, false},
		{"link followed", link, 200, true, 100, nil, false},
		{"link refused", link, 200, false, 0, syscall.ELOOP, false},
		{"fifo", fifo, 200, true, 0, nil, true},
		{"device", "/dev/zero", 200, true, 0, nil, true},
		{"directory", dir, 200, true, 0, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, size, err := Read(tt.path, tt.limit, tt.follow)
			var nr *NotRegularError
			switch {
			case tt.mode:
				if !errors.As(err, &nr) {
					t.Errorf("Read = %v, want a *NotRegularError", err)
				}
			case tt.errIs != nil:
				if !errors.Is(err, tt.errIs) {
					t.Errorf("Read = %v, want %v", err, tt.errIs)
				}
			case err != nil || len(data) != tt.read || size != 100:
				t.Errorf("Read = %d bytes, size %d, %v; want %d bytes of a 100-byte file", len(data), size, err, tt.read)
			}
		})
	}
}
