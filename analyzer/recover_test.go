package analyzer_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/analyzer"
)

// TestPanicIsAnError runs rcperm's Run on a pass from a broken host, one
// that cannot import object facts: rcperm panics calling it at the first
// call of another package. Run must return an error naming the package and
// that call, which fails go vet, golangci-lint and nogo closed, not crash
// them or let them pass.
func TestPanicIsAnError(t *testing.T) {
	t.Parallel()
	const src = `package p

import (
	"net/http"
	"strings"
)

func f() {
	http.Get(strings.ToLower("https://platform.ringcentral.com/restapi/v1.0/account/~"))
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("example.com/p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer.New(analyzer.Config{Permissions: []string{"ReadAccounts"}})
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              fset,
		Files:             []*ast.File{file},
		Pkg:               pkg,
		TypesInfo:         info,
		ResultOf:          map[*analysis.Analyzer]any{},
		Report:            func(analysis.Diagnostic) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		// ImportObjectFact is missing: calling it panics.
	}
	res, err := a.Run(pass)
	if err == nil {
		t.Fatalf("Run returned %v and no error", res)
	}
	want := "internal error: rcperm panicked analyzing example.com/p at p.go:9:11: runtime error: invalid memory address or nil pointer dereference; no finding of this package can be trusted"
	if msg := err.Error(); !strings.HasPrefix(msg, want) {
		t.Errorf("Run's error:\n%s\nwant it to start with:\n%s", msg, want)
	}
}
