package driver

import (
	"bytes"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
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
// the compiled files a loadMode listing has: in a keyMode listing, a
// package that compiles no generated file compiles its Go files, GoFiles.
// Their type sizes come once the program knows the target (see
// program.sizes). fill reports false, filling nothing more, when a package
// compiles files go list makes (cgo's or SWIG's output, whose imports
// differ too): then the run lists again with loadMode. go list -compiled
// costs a listing as much as the rest of it (it computes the build's
// actions): listing the program so made a first run cost a third more
// than the floor's one listing with export data, and a rerun after an
// edit more than a run without the cache.
func (l *listing) fill(pkgs []*packages.Package) (bool, error) {
	if l.compiled {
		return true, nil
	}
	var todo []*packages.Package
	for _, p := range pkgs {
		if p.CompiledGoFiles != nil {
			continue // filled already
		}
		generates, err := generatesFiles(p)
		if err != nil || generates {
			return false, err
		}
		todo = append(todo, p)
	}
	for _, p := range todo {
		p.CompiledGoFiles = p.GoFiles
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

// targetSizes asks the go command for the target's architecture and
// compiler as go/packages does for NeedTypesSizes, under the listing's
// configuration, when no listing of export data told them (see
// goListExports).
func targetSizes(cfg *packages.Config) (arch, compiler string, err error) {
	args := append([]string{"list"}, cfg.BuildFlags...)
	args = append(args, "-f", "{{context.GOARCH}} {{context.Compiler}}", "--", "unsafe")
	cmd := exec.Command("go", args...)
	cmd.Dir = cfg.Dir
	out, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("go list for the target's type sizes: %v", commandError(err))
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		return "", "", fmt.Errorf("go list for the target's type sizes printed %q", out)
	}
	return f[0], f[1], nil
}
