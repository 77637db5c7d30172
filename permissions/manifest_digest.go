package permissions

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ManifestsFor lists the manifests that packages in or below dir may use:
// every rcperm.yaml below dir, except in directories the go command's ./...
// leaves out (testdata, vendor, and those starting with . or _), and those
// in dir and above it up to its module root. A path that cannot be looked
// at is listed too, so that a digest of the list changes with its error.
func ManifestsFor(dir string) []string {
	found := map[string]bool{}
	for d := dir; ; {
		path := filepath.Join(d, ManifestName)
		if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
			found[path] = true
		}
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			found[path] = true
			if e != nil && e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			name := e.Name()
			if path != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "testdata" || name == "vendor" || name == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if e.Name() == ManifestName {
			found[path] = true
		}
		return nil
	})
	paths := make([]string, 0, len(found))
	for p := range found {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// Digest is a short digest of manifest files: their paths and contents, or
// why they cannot be read. Hosts that cache rcperm's findings by the Go code
// alone (go vet, golangci-lint) key their caches on it, so that a manifest
// edit re-runs rcperm.
func Digest(paths []string) string {
	h := sha256.New()
	io.WriteString(h, "rcperm manifests v1\n")
	for _, path := range paths {
		fmt.Fprintf(h, "file %q\n", path)
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(h, "error %s\n", err)
			continue
		}
		fmt.Fprintf(h, "sha256 %x\n", sha256.Sum256(data))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
