package driver

import (
	"bytes"
	"errors"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// errGenerated is the error of filling a package that compiles files go
// list makes (see fill): the run lists again with loadMode.
var errGenerated = errors.New("a package to check compiles generated files")

// fill gives the packages of pkgs, which the run is to check from source,
// what checking them needs of a loadMode listing: their compiled files and
// the target's type sizes. A loadMode listing has them. In a keyMode one,
// a package that compiles no generated file compiles its Go files,
// GoFiles, and the sizes are asked once (see targetSizes). fill reports
// false, filling nothing more, when a package compiles files go list makes
// (cgo's or SWIG's output, whose imports differ too) or the sizes are
// unknown: then the run lists again with loadMode. go list -compiled costs
// a listing as much as the rest of it (it computes the build's actions):
// listing the program so made a first run cost a third more than the
// floor's one listing with export data, and a rerun after an edit more
// than a run without the cache.
func (l *listing) fill(pkgs []*packages.Package) (bool, error) {
	if l.compiled {
		return true, nil
	}
	var todo []*packages.Package
	for _, p := range pkgs {
		if p.TypesSizes != nil {
			continue // filled already
		}
		generates, err := generatesFiles(p)
		if err != nil || generates {
			return false, err
		}
		todo = append(todo, p)
	}
	if len(todo) == 0 {
		return true, nil
	}
	if l.sizes == nil {
		if l.sizes = targetSizes(l.cfg); l.sizes == nil {
			return false, nil
		}
	}
	for _, p := range todo {
		p.CompiledGoFiles, p.TypesSizes = p.GoFiles, l.sizes
	}
	return true, nil
}

// generatesFiles reports whether go list -compiled would name files of p
// beyond its Go files: SWIG's output, or cgo's, for a Go file that imports
// "C" (with cgo off, go list ignores such files).
func generatesFiles(p *packages.Package) (bool, error) {
	for _, name := range p.OtherFiles {
		if ext := filepath.Ext(name); ext == ".swig" || ext == ".swigcxx" {
			return true, nil
		}
	}
	fset := token.NewFileSet()
	for _, name := range p.GoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return false, err
		}
		if !bytes.Contains(src, []byte(`"C"`)) {
			continue // no import of C, without parsing
		}
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			return true, nil // go list's listing says what is wrong
		}
		for _, spec := range f.Imports {
			if path, _ := strconv.Unquote(spec.Path.Value); path == "C" {
				return true, nil
			}
		}
	}
	return false, nil
}

// targetSizes asks the go command for the target's type sizes as
// go/packages does for NeedTypesSizes: its architecture and compiler under
// the listing's configuration. nil when that fails or go/types does not
// know them: the listing with loadMode says why, or finds them.
func targetSizes(cfg *packages.Config) types.Sizes {
	args := append([]string{"list"}, cfg.BuildFlags...)
	args = append(args, "-f", "{{context.GOARCH}} {{context.Compiler}}", "--", "unsafe")
	cmd := exec.Command("go", args...)
	cmd.Dir = cfg.Dir
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		return nil
	}
	return types.SizesFor(f[1], f[0])
}
