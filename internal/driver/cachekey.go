package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/parser"
	"go/token"
	"hash"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

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
// depend on. That is salt (rcperm's build and configuration, the target:
// see buildTarget), the package's identity and module, the names and contents of
// its source files (GoFiles, cgo's included, and OtherFiles: not the
// compiled files, which keyMode does not list), whether it is checked from source, the manifest that governs
// it, and the keys of the packages it imports, which cover their files and
// manifests in turn: an edit anywhere below a package changes its key, and
// only the keys of that package's importers. hashes receives the hash of
// every file read. Files in the immutable directories (see toolchain) are
// keyed by name: hashing std's and the module cache's files made a first
// run cost a fifth more than one without the cache on a large module.
func cacheKeys(l *listing, salt string, immutable []string, hashes map[string]fileHash) (map[string]string, error) {
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
		for _, files := range [][]string{p.GoFiles, p.OtherFiles} {
			for _, name := range files {
				if within(name, immutable) {
					fmt.Fprintf(h, "file %q\n", name)
					continue
				}
				if err := hashFile(h, name, hashes); err != nil {
					return nil, err
				}
			}
		}
		fmt.Fprintf(h, "ignored %q\n", p.IgnoredFiles)
		if l.source[p] {
			fmt.Fprintf(h, "manifest %s\n", governingManifest(p))
		}
		imps, err := namedImports(p)
		if err != nil {
			return nil, err
		}
		for _, imp := range imps {
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

// targetEnv are the go command's settings that change what a package
// compiles to without changing the files go list names: the target, and
// the C toolchain and flags cgo's output depends on. GOROOT and GOVERSION
// name std's files (see toolchain).
var targetEnv = []string{"GOOS", "GOARCH", "GOEXPERIMENT", "CGO_ENABLED", "CC", "CGO_CFLAGS", "CGO_CPPFLAGS", "GOROOT", "GOVERSION"}

// A toolchain is what the cache keys take from the go command.
type toolchain struct {
	// target is the values of targetEnv as go env gives them (from the
	// environment or go env -w) and the build tags, for the salt. The
	// listing for the keys does not ask for the target's type sizes:
	// go/packages would then list the compiled files too, which doubles go
	// list's cost.
	target string
	// immutable are the directories whose files do not change under a
	// name the key holds: the module cache, which the go command fills
	// once per module version, read-only (go mod verify checks it), and
	// the std sources of a released Go, whose GOROOT and GOVERSION the
	// target holds. A development Go's GOROOT is hashed like any file.
	immutable []string
}

func goToolchain(tags string) (*toolchain, error) {
	cmd := exec.Command("go", append([]string{"env", "GOMODCACHE"}, targetEnv...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %v\n%s", err, stderr.Bytes())
	}
	values := strings.Split(string(out), "\n")
	if len(values) < 1+len(targetEnv) {
		return nil, fmt.Errorf("go env printed %d lines, want %d", len(values), 1+len(targetEnv))
	}
	env := map[string]string{"GOMODCACHE": values[0]}
	for i, name := range targetEnv {
		env[name] = values[1+i]
	}
	tc := &toolchain{target: fmt.Sprintf("target %q tags %q", strings.Join(values[1:], "\n"), tags)}
	if m := env["GOMODCACHE"]; filepath.IsAbs(m) {
		tc.immutable = append(tc.immutable, m)
	}
	if root := env["GOROOT"]; filepath.IsAbs(root) && strings.HasPrefix(env["GOVERSION"], "go1.") {
		tc.immutable = append(tc.immutable, filepath.Join(root, "src"))
	}
	return tc, nil
}

// within reports whether the file name lies in one of dirs.
func within(name string, dirs []string) bool {
	for _, dir := range dirs {
		if rel, err := filepath.Rel(dir, name); err == nil && filepath.IsLocal(rel) {
			return true
		}
	}
	return false
}

// namedImports returns the packages p imports by name in its files, by
// import path. Listed with its compiled files (loadMode), a cgo package
// also imports what cgo's output does (runtime/cgo, syscall, unsafe),
// which a listing without them (keyMode) does not show: its key must be
// the same from either. cgo's output is made from the files, which the
// key hashes, and the toolchain's settings (see toolchain).
func namedImports(p *packages.Package) ([]*packages.Package, error) {
	imps := sortedImports(p)
	if !compilesOtherFiles(p) {
		return imps, nil
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
	out := imps[:0]
	for _, imp := range imps {
		if named[importPath(p, imp)] {
			out = append(out, imp)
		}
	}
	return out, nil
}

// compilesOtherFiles reports whether p compiles a file that is not one of
// its Go files: cgo's output.
func compilesOtherFiles(p *packages.Package) bool {
	return !allIn(p.CompiledGoFiles, p.GoFiles)
}

// importPath returns the path under which p imports imp.
func importPath(p, imp *packages.Package) string {
	for path, q := range p.Imports {
		if q == imp {
			return path
		}
	}
	return ""
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
