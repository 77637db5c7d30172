package resultcache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/internal/manifest"
)

// schema is the version of the layout of cache entries (entry,
// cachedResult), part of every key and record name: bump it with the
// layout. rcperm's build ID in the salt changes with any change to rcperm
// already; the schema keeps an entry of another layout from ever being
// decoded as this one whatever identifies the build.
const schema = 16

// A FileHash is the SHA-256 of a file's content.
type FileHash = [sha256.Size]byte

// Hashes are the files' contents a run's keys were computed from, by file
// name.
type Hashes map[string]FileHash

// Changed reports whether the file name, which holds content now, held
// something else when the keys hashed it: then the analysis of its package
// is not what its key describes, and must not be stored.
func (h Hashes) Changed(name string, content []byte) bool {
	want, ok := h[name]
	return ok && want != sha256.Sum256(content)
}

// Keys computes the cache key of every package of a listing (pkgs,
// dependencies first), keyed by package ID, as go vet keys its results:
// everything its analysis can depend on. That is salt (rcperm's build and
// configuration, and the go command's), the package's identity and
// module, the names and contents of its source files (GoFiles, cgo's
// included, and OtherFiles: not the compiled files, which a listing may
// leave out), whether it is checked from source (source), the manifest
// that governs it, and the keys of the packages it imports, which cover
// their files and manifests in turn: an edit anywhere below a package
// changes its key, and only the keys of that package's importers. hashes
// receives the hash of every file read. Files in the immutable directories
// (the module cache, a released Go's std) are keyed by name: hashing std's
// and the module cache's files made a first run cost a fifth more than one
// without the cache on a large module.
func Keys(pkgs []*packages.Package, source map[*packages.Package]bool, salt string, immutable []string, hashes Hashes) (map[string]string, error) {
	keys := make(map[string]string, len(pkgs))
	// Every key starts with the schema and the salt's hash.
	header := fmt.Appendf(nil, "rcperm cache key %d\nsalt %x\n", schema, sha256.Sum256([]byte(salt)))
	// b holds a package's key lines, appended: writing them with fmt cost a
	// large module's first run more than hashing its files did.
	var b []byte
	for _, p := range pkgs { // dependencies first
		b = append(b[:0], header...)
		b = appendLine(b, "id", p.ID, p.PkgPath, p.Name, strconv.FormatBool(source[p]))
		if m := p.Module; m != nil {
			b = appendLine(b, "module", m.Path, m.Version, strconv.FormatBool(m.Main), m.Dir, m.GoVersion)
			if r := m.Replace; r != nil {
				b = appendLine(b, "replace", r.Path, r.Version, r.Dir)
			}
		}
		for _, files := range [][]string{p.GoFiles, p.OtherFiles} {
			for _, name := range files {
				if within(name, immutable) {
					b = appendLine(b, "file", name)
					continue
				}
				sum, err := hashFile(name, hashes)
				if err != nil {
					return nil, err
				}
				b = appendLine(b, "file", name, string(sum[:]))
			}
		}
		b = appendLine(b, "ignored", p.IgnoredFiles...)
		if source[p] {
			b = appendLine(b, "manifest", governingManifest(p))
		}
		named, err := namedImports(p)
		if err != nil {
			return nil, err
		}
		for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
			if imp := p.Imports[path]; named == nil || named[path] {
				b = appendLine(b, "import", imp.PkgPath, keys[imp.ID])
			}
		}
		sum := sha256.Sum256(b)
		keys[p.ID] = hex.EncodeToString(sum[:])
	}
	return keys, nil
}

// appendLine appends a line of a key: the label, then each value quoted.
func appendLine(b []byte, label string, values ...string) []byte {
	b = append(b, label...)
	for _, v := range values {
		b = strconv.AppendQuote(append(b, ' '), v)
	}
	return append(b, '\n')
}

// hashFile returns the hash of a file's content, read once a run.
func hashFile(name string, hashes Hashes) (FileHash, error) {
	sum, ok := hashes[name]
	if !ok {
		content, err := os.ReadFile(name)
		if err != nil {
			return sum, err
		}
		sum = sha256.Sum256(content)
		hashes[name] = sum
	}
	return sum, nil
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

// within reports whether the file name lies in one of dirs.
func within(name string, dirs []string) bool {
	for _, dir := range dirs {
		if rest, ok := strings.CutPrefix(name, dir+string(filepath.Separator)); ok && filepath.IsLocal(rest) {
			return true
		}
	}
	return false
}

// namedImports returns the import paths p names in its files, or nil
// when they are all of its imports. Listed with its compiled files, a cgo
// package also imports what cgo's output does (runtime/cgo, syscall,
// unsafe), which a listing without them does not show: its key must be
// the same from either. cgo's output is made from the files, which the
// key hashes, and the toolchain's settings (in the salt).
func namedImports(p *packages.Package) (map[string]bool, error) {
	if Covers(p) {
		return nil, nil
	}
	named := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return nil, fmt.Errorf("%s: import %s: %v", name, spec.Path.Value, err)
			}
			named[path] = true
		}
	}
	return named, nil
}

// Covers reports whether p's key covers every file p compiles: not when
// it compiles a file that is not one of its Go files (cgo's output, made
// from them by the C toolchain and its flags). An analysis of a package
// its key does not cover is never stored.
func Covers(p *packages.Package) bool {
	return allIn(p.CompiledGoFiles, p.GoFiles)
}

// allIn reports whether every one of names is among set.
func allIn(names, set []string) bool {
	in := make(map[string]bool, len(set))
	for _, name := range set {
		in[name] = true
	}
	for _, name := range names {
		if !in[name] {
			return false
		}
	}
	return true
}
