package driver

import (
	"bytes"
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

// fillCompiled gives the packages of pkgs, from a keyMode listing, what
// checking them from source needs of a loadMode one: their compiled files
// and the target's type sizes. It reports false, filling nothing, when a
// package compiles files go list makes (cgo's or SWIG's output, whose
// imports differ too) or the sizes are unknown: then the run lists again
// with loadMode. go list -compiled costs a listing as much as the rest of
// it: relisting the whole program with it made a rerun after an edit
// cost more than a run without the cache. A package that compiles no
// generated file compiles its Go files, GoFiles.
func fillCompiled(cfg *packages.Config, pkgs []*packages.Package) (bool, error) {
	for _, p := range pkgs {
		generates, err := generatesFiles(p)
		if err != nil || generates {
			return false, err
		}
	}
	sizes := targetSizes(cfg)
	if sizes == nil {
		return false, nil
	}
	for _, p := range pkgs {
		p.CompiledGoFiles, p.TypesSizes = p.GoFiles, sizes
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
	cmd.Dir, cmd.Env = cfg.Dir, cfg.Env
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
