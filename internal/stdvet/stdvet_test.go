package stdvet

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// TestVetx writes the vetx files of net/url and its dependencies as go
// vet would have rcperm write them, each read by its importers, and checks
// that skipping function bodies loses nothing an importer sees: each
// package's export data is byte for byte that of a full check. That go
// vet reads the files is TestDifferential's and every go vet test's.
func TestVetx(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps}, "net/url")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("go list net/url: %v", err)
	}
	dir := t.TempDir()
	vetx := map[string]string{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.PkgPath == "unsafe" {
			return
		}
		cfg := &unitchecker.Config{
			ID: p.ID, ImportPath: p.PkgPath, Dir: filepath.Dir(p.GoFiles[0]), GoFiles: p.GoFiles,
			ImportMap: map[string]string{}, Standard: map[string]bool{}, PackageVetx: map[string]string{},
			VetxOnly: true, VetxOutput: filepath.Join(dir, filepath.FromSlash(p.PkgPath)+".vetx"),
		}
		for path, imp := range p.Imports {
			cfg.ImportMap[path] = imp.PkgPath
			cfg.Standard[imp.PkgPath] = true
			if v, ok := vetx[imp.PkgPath]; ok {
				cfg.PackageVetx[imp.PkgPath] = v
			}
		}
		cfgFile := filepath.Join(dir, filepath.FromSlash(p.PkgPath)+".cfg")
		data, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(cfgFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cfgFile, data, 0o644); err != nil {
			t.Fatal(err)
		}
		read, ok := Applies(cfgFile)
		if !ok {
			t.Fatalf("%s: not taken for a std package go vet runs for facts", p.PkgPath)
		}
		if err := Write(read); err != nil {
			t.Fatalf("%s: %v", p.PkgPath, err)
		}
		vetx[p.PkgPath] = cfg.VetxOutput

		got, err := readTypes(cfg.VetxOutput)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		full, err := check(fset, read, true)
		if err != nil {
			t.Fatalf("%s: full check: %v", p.PkgPath, err)
		}
		var want bytes.Buffer
		if err := gcexportdata.Write(&want, fset, full); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: the export data without function bodies differs from a full check's", p.PkgPath)
		}
	})
	if len(vetx) < 10 {
		t.Errorf("wrote %d vetx files, want net/url's dependencies", len(vetx))
	}
}

// TestApplies: only a std package go vet runs for facts is answered.
func TestApplies(t *testing.T) {
	goroot := t.TempDir()
	src := filepath.Join(goroot, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "go.mod"), []byte("module std\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gopath := t.TempDir()
	std := unitchecker.Config{ImportPath: "net/url", Dir: filepath.Join(src, "net", "url"), VetxOnly: true, VetxOutput: "x.vetx",
		ImportMap: map[string]string{"errors": "errors"}, Standard: map[string]bool{"errors": true}}
	for _, tc := range []struct {
		name string
		edit func(*unitchecker.Config)
		want bool
	}{
		{"std for facts", func(*unitchecker.Config) {}, true},
		{"std with diagnostics", func(c *unitchecker.Config) { c.VetxOnly = false }, false},
		{"a module's package", func(c *unitchecker.Config) { c.ModulePath = "example.com/m" }, false},
		{"GOPATH mode package", func(c *unitchecker.Config) {
			c.ImportPath, c.Dir = "app/url", filepath.Join(gopath, "src", "app", "url")
		}, false},
		{"not under its import path", func(c *unitchecker.Config) { c.Dir = filepath.Join(src, "net") }, false},
		{"imports a non-std package", func(c *unitchecker.Config) { c.ImportMap["example.com/x"] = "example.com/x" }, false},
	} {
		cfg := std
		cfg.ImportMap = map[string]string{"errors": "errors"}
		tc.edit(&cfg)
		data, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), "vet.cfg")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, got := Applies(file); got != tc.want {
			t.Errorf("%s: Applies = %v, want %v", tc.name, got, tc.want)
		}
	}
}
