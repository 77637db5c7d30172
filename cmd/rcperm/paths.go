package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/rcperm/rcperm/internal/clip"
)

// relPath shows a file relative to the working directory when that is
// shorter, as go vet does.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && len(rel) < len(name) {
		return rel
	}
	return name
}

// shownPath is relPath for text outputs: a file of the analyzed code may
// be named to steer a terminal or a CI log, and is escaped as every text
// from that code is (clip.Printable).
func shownPath(name string) string { return clip.Printable(relPath(name)) }

// rootRelative returns a function that names a file relative to root, the
// repository's top directory, with slashes, as GitHub names it; a file
// outside root keeps its name.
func rootRelative(root string) func(string) string {
	return func(name string) string {
		if rel, err := filepath.Rel(root, name); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
		return name
	}
}
