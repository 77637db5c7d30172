package analyzer

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// evalBenchSrc builds a route in each form rcperm evaluates, the way
// programs do: in locals that the request's URL argument names.
const evalBenchSrc = `package p

import (
	"fmt"
	"net/url"
	"path"
	"strings"
)

const server = "https://platform.ringcentral.com"

func routes(ext, id string, n int) []string {
	constant := server + "/restapi/v1.0/account/~/extension/~/call-log"
	concat := server + "/restapi/v1.0/account/~/extension/" + ext + "/call-log/" + id
	sprintf := fmt.Sprintf("%s/restapi/v1.0/account/%s/extension/%s/message-store/%d", server, "~", ext, n)
	replace := strings.ReplaceAll("/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence", "{accountId}", "~")
	replace = strings.Replace(replace, "{extensionId}", ext, 1)
	join := strings.Join([]string{server, "restapi", "v1.0", "account", "~", "extension", ext, "unified-presence"}, "/")
	pathJoin := server + path.Join("/restapi/v1.0/account", "~", "extension", ext, "caller-id")
	joinPath, _ := url.JoinPath(server, "restapi/v1.0/account", "~", "call-queues")
	u := url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: "/restapi/v1.0/account/~/extension/" + url.PathEscape(ext) + "/phone-number"}
	reassign := server + "/restapi/v1.0/account/~"
	reassign += "/extension/" + ext
	reassign = reassign + "/message-store"
	if n > 0 {
		reassign += "?readStatus=Unread"
	}
	q := url.Values{}
	q.Set("page", "1")
	query := server + "/restapi/v1.0/account/~/call-log" + "?" + q.Encode()
	return []string{constant, concat, sprintf, server + replace, join, pathJoin, joinPath, u.String(), reassign, query}
}
`

// evalBenchNames name the results of routes, in order.
var evalBenchNames = []string{"constant", "concat", "sprintf", "replace", "join", "pathJoin", "joinPath", "urlStruct", "reassign", "query"}

// BenchmarkEval measures the evaluator on typical route expressions: each
// sub-benchmark evaluates one URL argument (following its local variable
// back through its assignments), and newEvaluator measures the set-up of
// one function (collecting its assignments), which rcperm does for every
// function of a package that imports net/http or an SDK.
func BenchmarkEval(b *testing.B) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", evalBenchSrc, 0)
	if err != nil {
		b.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		b.Fatal(err)
	}
	var fn *ast.FuncDecl
	for _, d := range f.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Name.Name == "routes" {
			fn = d
		}
	}
	ret := fn.Body.List[len(fn.Body.List)-1].(*ast.ReturnStmt)
	exprs := ret.Results[0].(*ast.CompositeLit).Elts
	if len(exprs) != len(evalBenchNames) {
		b.Fatalf("%d expressions, %d names", len(exprs), len(evalBenchNames))
	}

	ev := newEvaluator(info, fn.Type, fn.Body, nil)
	for i, x := range exprs {
		// The benchmark is only worth something if the route is evaluated.
		if r := ev.eval(x).render(); !strings.Contains(r, "/restapi/v1.0/account/~") {
			b.Fatalf("%s: evaluated to %q", evalBenchNames[i], r)
		}
	}

	b.Run("newEvaluator", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newEvaluator(info, fn.Type, fn.Body, nil)
		}
	})
	for i, x := range exprs {
		b.Run(evalBenchNames[i], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ev.eval(x)
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ev := newEvaluator(info, fn.Type, fn.Body, nil)
			for _, x := range exprs {
				ev.eval(x)
			}
		}
	})
}

// BenchmarkEvalOptionalQuery evaluates a URL extended with 100 optional
// query parameters, one if each (issue 10): linear in the number of
// branches, not exponential.
func BenchmarkEvalOptionalQuery(b *testing.B) {
	for _, n := range []int{10, 100} {
		newEv, x := optionalQueryEval(b, n)
		if got := newEv().eval(x).render(); got != optionalQueryURL {
			b.Fatalf("%d branches: evaluated to %q", n, got)
		}
		b.Run(fmt.Sprintf("branches=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				newEv().eval(x)
			}
		})
	}
}
