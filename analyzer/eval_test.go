package analyzer

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
	"time"
)

// optionalQuerySrc builds a call-log URL with n optional query parameters,
// one if per parameter, the way programs do.
func optionalQuerySrc(n int) string {
	var b strings.Builder
	b.WriteString(`package p

import (
	"net/http"
	"os"
)

const base = "https://platform.ringcentral.com"

func f() {
	u := base + "/restapi/v1.0/account/~/extension/~/call-log?perPage=100"
`)
	for i := range n {
		fmt.Fprintf(&b, "\tif v := os.Getenv(\"P%d\"); v != \"\" {\n\t\tu += \"&p%d=\" + v\n\t}\n", i, i)
	}
	b.WriteString("\thttp.Get(u)\n}\n")
	return b.String()
}

// optionalQueryURL is what the evaluator makes of every optionalQuerySrc:
// the branches change only the query.
const optionalQueryURL = "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log?perPage=100"

// optionalQueryEval type-checks optionalQuerySrc(n) and returns a fresh
// evaluator of f and the URL argument of its request.
func optionalQueryEval(tb testing.TB, n int) (func() *evaluator, ast.Expr) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", optionalQuerySrc(n), parser.SkipObjectResolution)
	if err != nil {
		tb.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	fuzzEvalMu.Lock()
	_, err = (&types.Config{Importer: fuzzImporter()}).Check("p", fset, []*ast.File{file}, info)
	fuzzEvalMu.Unlock()
	if err != nil {
		tb.Fatal(err)
	}
	fn := file.Decls[len(file.Decls)-1].(*ast.FuncDecl)
	call := fn.Body.List[len(fn.Body.List)-1].(*ast.ExprStmt).X.(*ast.CallExpr)
	return func() *evaluator { return newEvaluator(info, fn.Type, fn.Body, nil) }, call.Args[0]
}

// TestEvalLinear: a URL extended in 60 branches evaluates at once. The
// evaluator once took 1.6 times longer per branch (30 never finished).
func TestEvalLinear(t *testing.T) {
	t.Parallel()
	newEv, x := optionalQueryEval(t, 60)
	done := make(chan string, 1)
	go func() { done <- newEv().eval(x).render() }()
	select {
	case got := <-done:
		if got != optionalQueryURL {
			t.Errorf("evaluated to %q, want %q", got, optionalQueryURL)
		}
	case <-time.After(time.Second):
		t.Fatal("60 optional query parameters take over a second to evaluate: exponential again?")
	}
}
