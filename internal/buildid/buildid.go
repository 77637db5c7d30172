// Package buildid identifies the running rcperm binary, for the caches
// that must not serve results an older rcperm computed: go vet's (through
// rcperm's -V=full answer) and the standalone driver's.
package buildid

import (
	"crypto/sha256"
	"debug/elf"
	"fmt"
	"os"
)

// Of identifies the binary exe: the Go build ID the linker writes in an
// ELF note, which changes with the binary's content, or else a hash of the
// whole file (other formats; slower).
func Of(exe string) (string, error) {
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		if sec := f.Section(".note.go.buildid"); sec != nil {
			if note, err := sec.Data(); err == nil && len(note) > 16 {
				return fmt.Sprintf("%x", sha256.Sum256(note)), nil
			}
		}
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", sha256.Sum256(data)), nil
}
