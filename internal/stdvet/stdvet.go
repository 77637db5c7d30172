// Package stdvet answers go vet for the standard library's packages
// without analyzing them.
//
// go vet runs its tool on every dependency of the packages it checks, std
// included, to compute their facts: one process a package, which parses
// and type-checks it in full. rcperm learns nothing from std: the request
// functions of net/http are modelled, and the standalone driver reads std
// from export data, without facts. What an importer needs of a std
// package is its types, which unitchecker takes from the package's vetx
// file. So for a std package that go vet runs only for facts, rcperm
// writes that file itself, types and no facts, from a check that skips
// function bodies: about half the cost of a full check, for the hundreds
// of packages under net/http that each new rcperm build or manifest makes
// go vet check again.
//
// The vetx file's layout is unitchecker's (golang.org/x/tools v0.52.0,
// which go.mod pins): "vetx", the lengths of the types and of the facts
// as little-endian uint32s, the indexed export data of the types, then
// the facts. TestVetx checks that unitchecker's own files read the same.
package stdvet

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/gcexportdata"
)

const magic = "vetx"

// Applies reads go vet's configuration file and returns it when it asks
// for the facts of a std package, which Write answers.
func Applies(cfgFile string) (*unitchecker.Config, bool) {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil, false // unitchecker reports it
	}
	cfg := new(unitchecker.Config)
	if json.Unmarshal(data, cfg) != nil {
		return nil, false
	}
	return cfg, cfg.VetxOnly && cfg.VetxOutput != "" && isStd(cfg)
}

// isStd reports whether cfg's package is one of std's, which go vet does
// not say of the package itself (Standard holds its imports): it lies in
// GOROOT/src (whose go.mod declares the module std) under its import
// path, and imports std only.
func isStd(cfg *unitchecker.Config) bool {
	if cfg.Module != nil || cfg.ModulePath != "" {
		return false
	}
	src, ok := strings.CutSuffix(cfg.Dir, string(filepath.Separator)+filepath.FromSlash(cfg.ImportPath))
	if !ok || filepath.Base(src) != "src" {
		return false
	}
	mod, err := os.ReadFile(filepath.Join(src, "go.mod"))
	if err != nil || !bytes.HasPrefix(mod, []byte("module std\n")) {
		return false
	}
	for _, path := range cfg.ImportMap {
		if !cfg.Standard[path] && path != "unsafe" && path != "C" {
			return false
		}
	}
	return true
}

// Write type-checks the package of cfg, function bodies aside, and writes
// its vetx file with no facts. An error leaves the package to unitchecker.
func Write(cfg *unitchecker.Config) error {
	fset := token.NewFileSet()
	pkg, err := check(fset, cfg, false)
	if err != nil {
		return err
	}
	var exported bytes.Buffer
	if err := gcexportdata.Write(&exported, fset, pkg); err != nil {
		return err
	}
	typesData := bytes.TrimPrefix(exported.Bytes(), []byte("i")) // Write's format tag, which vetx files lack
	out := binary.LittleEndian.AppendUint32([]byte(magic), uint32(len(typesData)))
	out = binary.LittleEndian.AppendUint32(out, 0) // no facts
	out = append(out, typesData...)
	return os.WriteFile(cfg.VetxOutput, out, 0o666)
}

// check parses and type-checks the package as unitchecker does, with the
// same sizes and language version, its imports read from their vetx
// files, but unless withBodies without function bodies, which declare
// nothing an importer sees.
func check(fset *token.FileSet, cfg *unitchecker.Config, withBodies bool) (*types.Package, error) {
	var files []*ast.File
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	imports := map[string]*types.Package{}
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := cfg.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		data, err := readTypes(cfg.PackageVetx[path])
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		return gcexportdata.Read(bytes.NewReader(data), fset, imports, path)
	})
	conf := &types.Config{
		Importer:         importer,
		Sizes:            types.SizesFor("gc", build.Default.GOARCH),
		GoVersion:        cfg.GoVersion,
		IgnoreFuncBodies: !withBodies,
	}
	return conf.Check(cfg.ImportPath, fset, files, nil)
}

// readTypes returns the export data of a vetx file, with the format tag
// gcexportdata.Read expects.
func readTypes(file string) ([]byte, error) {
	if file == "" {
		return nil, errors.New("no vetx file")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if len(data) < 12 || string(data[:4]) != magic {
		return nil, fmt.Errorf("%s is not a vetx file", file)
	}
	n := binary.LittleEndian.Uint32(data[4:8])
	if uint64(12)+uint64(n) > uint64(len(data)) {
		return nil, fmt.Errorf("%s: types overrun the file", file)
	}
	return append([]byte("i"), data[12:12+n]...), nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
