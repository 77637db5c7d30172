package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/types"
	"hash"
	"os"
	"path/filepath"

	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/internal/manifest"
)

// cacheSchema is the version of the layout of cache entries (cacheEntry,
// cachedResult), part of every key: bump it with the layout. rcperm's
// build ID in the salt changes with any change to rcperm already; the
// schema keeps an entry of another layout from ever being decoded as this
// one whatever identifies the build.
const cacheSchema = 3

// A fileHash is the SHA-256 of a file's content.
type fileHash = [sha256.Size]byte

// cacheKeys computes the cache key of every package of a listing, keyed by
// package ID, as go vet keys its results: everything its analysis can
// depend on. That is salt (rcperm's build and configuration), the
// package's identity, module and target sizes, the names and contents of
// its files, whether it is checked from source, the manifest that governs
// it, and the keys of the packages it imports, which cover their files and
// manifests in turn: an edit anywhere below a package changes its key, and
// only the keys of that package's importers. hashes receives the hash of
// every file read.
func cacheKeys(l *listing, salt string, hashes map[string]fileHash) (map[string]string, error) {
	keys := make(map[string]string, len(l.order))
	for _, p := range l.order { // dependencies first
		h := sha256.New()
		fmt.Fprintf(h, "rcperm cache key %d\nsalt %q\nid %q\npath %q\nname %q\nsource %v\n", cacheSchema, salt, p.ID, p.PkgPath, p.Name, l.source[p])
		if m := p.Module; m != nil {
			fmt.Fprintf(h, "module %q %q main=%v dir=%q go=%q\n", m.Path, m.Version, m.Main, m.Dir, m.GoVersion)
			if r := m.Replace; r != nil {
				fmt.Fprintf(h, "replace %q %q dir=%q\n", r.Path, r.Version, r.Dir)
			}
		}
		if s := p.TypesSizes; s != nil {
			fmt.Fprintf(h, "sizes %d %d\n", s.Sizeof(types.Typ[types.Int]), s.Alignof(types.Typ[types.Complex128]))
		}
		for _, files := range [][]string{p.CompiledGoFiles, p.OtherFiles} {
			for _, name := range files {
				if err := hashFile(h, name, hashes); err != nil {
					return nil, err
				}
			}
		}
		fmt.Fprintf(h, "ignored %q\n", p.IgnoredFiles)
		if l.source[p] {
			fmt.Fprintf(h, "manifest %s\n", governingManifest(p))
		}
		for _, imp := range sortedImports(p) {
			fmt.Fprintf(h, "import %q %s\n", imp.PkgPath, keys[imp.ID])
		}
		keys[p.ID] = hex.EncodeToString(h.Sum(nil))
	}
	return keys, nil
}

// hashFile writes name and the hash of its content to h.
func hashFile(h hash.Hash, name string, hashes map[string]fileHash) error {
	sum, ok := hashes[name]
	if !ok {
		content, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		sum = sha256.Sum256(content)
		hashes[name] = sum
	}
	fmt.Fprintf(h, "file %q %x\n", name, sum)
	return nil
}

// governingManifest digests the manifest the analyzer finds for p's code,
// or why there is none: a new, edited or removed rcperm.yaml changes the
// key. A -manifest or inline permissions are the caller's salt.
func governingManifest(p *packages.Package) string {
	if len(p.GoFiles) == 0 {
		return "no files"
	}
	path, err := manifest.Find(filepath.Dir(p.GoFiles[0]))
	if err != nil {
		return "none: " + err.Error()
	}
	return manifest.Digest([]string{path})
}
