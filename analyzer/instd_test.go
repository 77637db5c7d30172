package analyzer

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestInStd: std is known by its module where the host names one, by its
// import path where the host names none (Bazel nogo), and by where its
// files are where the host names an empty module: golangci-lint does for
// std's packages, and analysistest for the packages of its GOPATH, whose
// paths need no dot either.
func TestInStd(t *testing.T) {
	goroot := filepath.Join(build.Default.GOROOT, "src", "net", "http", "client.go")
	gopath := filepath.Join(t.TempDir(), "src", "nethttp", "app.go")
	for _, tc := range []struct {
		path, file string
		module     *analysis.Module
		want       bool
	}{
		{"net/http", goroot, &analysis.Module{Path: "std"}, true},
		{"net/http", goroot, nil, true},
		{"net/http", goroot, &analysis.Module{}, true}, // golangci-lint
		{"nethttp", gopath, &analysis.Module{}, false}, // analysistest
		{"nethttp", gopath, nil, true},                 // no module, no dot: std by its path
		{"example.com/app", gopath, &analysis.Module{Path: "example.com/app"}, false},
		{"example.com/app", gopath, &analysis.Module{}, false},
		{"app", gopath, &analysis.Module{Path: "app"}, false},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, tc.file, "package p\n", 0)
		if err != nil {
			t.Fatal(err)
		}
		pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: types.NewPackage(tc.path, "p"), Module: tc.module}
		if got := inStd(pass); got != tc.want {
			t.Errorf("inStd(%s in %s, module %+v) = %v, want %v", tc.path, tc.file, tc.module, got, tc.want)
		}
	}
}
