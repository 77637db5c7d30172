package driver

import (
	"fmt"
	"go/build"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/manifest"
)

// An Unjudged is a manifest whose unused grants rcperm does not judge,
// because its evidence is incomplete: advice to remove a grant that some
// request rcperm cannot see needs would break the app.
type Unjudged struct {
	Grants *analyzer.Grants
	// Unresolved are the requests of its packages whose operation rcperm
	// cannot tell: any grant may be the one one of them needs.
	Unresolved []analyzer.Unresolved
	// Unseen are the directories of packages it governs that the run did
	// not analyze (rcperm ./cmd/x, or rcperm . in one package's
	// directory): their requests are unknown.
	Unseen []string
	// anchor and pkg place the finding when the grants have no file.
	anchor token.Pos
	pkg    string
}

// Unjudged returns the manifests of the run whose unused grants are not
// judged, each once, with why.
func (r *Run) Unjudged() []Unjudged {
	var out []Unjudged
	for _, a := range r.apps() {
		if u := r.unjudged(a); u != nil {
			out = append(out, *u)
		}
	}
	return out
}

// unjudged says why a's unused grants cannot be judged; nil when they can.
func (r *Run) unjudged(a *app) *Unjudged {
	u := &Unjudged{Grants: a.grants, Unresolved: a.unresolved, anchor: a.anchor, pkg: a.pkg}
	if a.grants.Path != "" {
		for _, dir := range r.governedDirs(a.grants.Path) {
			if !a.dirs[dir] {
				u.Unseen = append(u.Unseen, dir)
			}
		}
	}
	if len(u.Unresolved) == 0 && len(u.Unseen) == 0 {
		return nil
	}
	return u
}

// governedDirs returns the directories of the packages the manifest at
// path governs, as the go command's "./..." in its directory would match
// them for this platform, less those a nearer manifest or another module
// governs. They are memoized: a run asks once per manifest.
func (r *Run) governedDirs(path string) []string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	r.governedMu.Lock()
	defer r.governedMu.Unlock()
	if dirs, ok := r.governed[abs]; ok {
		return dirs
	}
	root := filepath.Dir(abs)
	var dirs []string
	filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if dir != root {
			name := d.Name()
			if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				exists(filepath.Join(dir, "go.mod")) || exists(filepath.Join(dir, manifest.FileName)) {
				return filepath.SkipDir
			}
		}
		if p, err := build.Default.ImportDir(dir, 0); err == nil && len(p.GoFiles)+len(p.CgoFiles) > 0 {
			dirs = append(dirs, dir)
		}
		return nil
	})
	slices.Sort(dirs)
	if r.governed == nil {
		r.governed = map[string][]string{}
	}
	r.governed[abs] = dirs
	return dirs
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// packageDir is the directory of a listed package.
func packageDir(p *packages.Package) string {
	if p.Dir != "" {
		return p.Dir
	}
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return ""
}

// unjudgedFindings report, at each manifest with unresolved requests, that
// its unused grants are not judged: the run must not pass as if they
// were. A manifest whose only gap is packages the run did not see gets no
// finding (rcperm ./cmd/x is a fair question about one program); the
// commands say which packages they did not see.
func (r *Run) unjudgedFindings() []Finding {
	var out []Finding
	for _, u := range r.Unjudged() {
		n, _ := Sites(u.Unresolved)
		if n == 0 {
			continue
		}
		first := r.Fset.Position(u.Unresolved[0].Pos)
		for _, req := range u.Unresolved[1:] {
			if p := r.Fset.Position(req.Pos); ComparePositions(p, first) < 0 {
				first = p
			}
		}
		// The place is named from the manifest's directory, as the
		// message stands at the manifest.
		at := first.String()
		if u.Grants.Path != "" {
			if rel, err := filepath.Rel(filepath.Dir(absPath(u.Grants.Path)), first.Filename); err == nil {
				first.Filename = rel
				at = first.String()
			}
		}
		what := "1 request is"
		if n > 1 {
			what = fmt.Sprintf("%d requests are", n)
		}
		msg := fmt.Sprintf("%s: cannot judge which grants are unused: %s unresolved (the first at %s), and any grant may be the one one of them needs; "+
			"resolve each with //rcperm:route or //rcperm:ignore (rcperm explain -unresolved lists them)", u.Grants.Source, what, at)
		out = append(out, Finding{Category: analyzer.CategoryUnresolvedRequest, Message: msg, Package: u.pkg, Pos: r.grantsPos(u.Grants, u.anchor), Grants: u.Grants})
	}
	return out
}

// Sites counts the request sites among unresolved requests, and those of
// them that may not go to RingCentral (none of their alternatives surely
// does): a request rcperm sees several routes for is one request.
func Sites(reqs []analyzer.Unresolved) (sites, quiet int) {
	ringCentral := map[token.Pos]bool{}
	for _, u := range reqs {
		ringCentral[u.Pos] = ringCentral[u.Pos] || u.RingCentral
	}
	for _, rc := range ringCentral {
		if !rc {
			quiet++
		}
	}
	return len(ringCentral), quiet
}
