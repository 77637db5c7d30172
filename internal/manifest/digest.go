package manifest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
)

// CacheKey is the digest that hosts caching rcperm's findings by the Go
// code alone (go vet, golangci-lint) key their caches on, so that a
// manifest edit re-runs rcperm: the digest of named, the manifest the host
// was told to use ("" for none), and of every manifest that may govern a
// package of the module dir is in (see Covering). Hosts call it from the
// directory they run in, the module they are usually asked to analyze.
//
// A manifest inside the module is named relative to the module's root, so
// that the key does not depend on where the checkout is: two checkouts with
// the same manifests share go vet's cached results for the packages they
// share (std's, above all), whose findings and facts no manifest changes.
func CacheKey(dir, named string) string {
	paths := Covering(dir)
	if named != "" {
		paths = append(paths, named)
	}
	return digest(paths, ModuleRoot(dir))
}

// Covering lists the manifests that may govern packages of the module dir
// is in: every rcperm.yaml below its root, and those in dir and above it
// up to the root (outside a module: below dir, and up to the file system's
// root). Directories the go command's ./... leaves out (testdata, vendor,
// those starting with . or _) are searched too, since a package there can
// still be named, and a -manifest can name a file there; only .git and
// node_modules, which hold no Go package, are not. A path that cannot be
// looked at is listed too, so that a digest of the list changes with its
// error.
func Covering(dir string) []string {
	found := map[string]bool{}
	top := dir
	switch dirs, inModule, err := governingDirs(dir); {
	case err != nil:
		found[dir] = true
	default:
		for _, d := range dirs {
			path := filepath.Join(d, FileName)
			if ok, err := exists(path); ok || err != nil {
				found[path] = true
			}
		}
		if inModule {
			top = dirs[len(dirs)-1]
		}
	}
	filepath.WalkDir(top, func(path string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			found[path] = true
			if e != nil && e.IsDir() {
				return fs.SkipDir
			}
		case e.IsDir() && path != top && (e.Name() == ".git" || e.Name() == "node_modules"):
			return fs.SkipDir
		case !e.IsDir() && e.Name() == FileName:
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
// why they cannot be read. A file over the size limit, which Load rejects
// whatever it holds, is digested by its size: Digest reads what Load
// reads, never more.
func Digest(paths []string) string { return digest(paths, "") }

// digest is Digest with the files below root named relative to it.
func digest(paths []string, root string) string {
	h := sha256.New()
	io.WriteString(h, "rcperm manifests v3\n")
	for _, path := range paths {
		name := path
		if rel, err := filepath.Rel(root, path); root != "" && err == nil && filepath.IsLocal(rel) {
			name = rel
		}
		fmt.Fprintf(h, "file %q\n", name)
		switch data, size, err := read(path); {
		case err != nil:
			fmt.Fprintf(h, "error %s\n", withoutPath(err))
		case len(data) > maxSize:
			fmt.Fprintf(h, "size %d\n", size)
		default:
			fmt.Fprintf(h, "sha256 %x\n", sha256.Sum256(data))
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// withoutPath is why a manifest cannot be read, without the file's path,
// which digest has already written, relative to the root where it can: a
// FIFO or a device among a module's manifests then leaves the cache key
// the same in every checkout, as a readable manifest does.
func withoutPath(err error) string {
	if e := (*Error)(nil); errors.As(err, &e) {
		return e.Msg
	}
	return err.Error()
}
