package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// The values rcperm gives the routes of requests, as the scan gets them:
// a constant from the type checker, anything else from the value flow.

// stdImporter imports the standard library from export data (the go
// command's build cache; no network), once per process: each source
// type-checks as one file against the same imported packages.
var stdImporter = sync.OnceValue(func() types.Importer { return importer.Default() })

// checkMu serializes type-checking: the gc importer is not safe for
// concurrent use.
var checkMu sync.Mutex

// checkedSource is a one-file package, type-checked, with its value flow.
type checkedSource struct {
	file *ast.File
	info *types.Info
	prog *flow.Program
}

// checkSource type-checks src and builds its value flow, every function.
func checkSource(tb testing.TB, src string) (*checkedSource, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
		Scopes:     map[ast.Node]*types.Scope{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	checkMu.Lock()
	pkg, err := (&types.Config{Importer: stdImporter()}).Check("p", fset, []*ast.File{file}, info)
	checkMu.Unlock()
	if err != nil {
		return nil, err
	}
	return &checkedSource{file, info, flow.Build(fset, pkg, []*ast.File{file}, info, noFacts{}, nil)}, nil
}

// noFacts is the oracle of a package whose imports have no facts.
type noFacts struct{}

func (noFacts) Returns(*types.Func, int) ([]flow.Str, bool)            { return nil, false }
func (noFacts) ReturnsResult(*types.Func, int) ([]flow.Str, bool)      { return nil, false }
func (noFacts) FieldStoreCount(*types.Var) int                         { return 0 }
func (noFacts) Implementations(*types.Interface, string) []*types.Func { return nil }
func (noFacts) Std(path string) bool                                   { return isStd(path) }
func (noFacts) Effects(*types.Func) (flow.Effects, bool)               { return flow.Effects{}, false }
func (noFacts) GlobalField(*types.Var, int) ([]flow.Str, bool)         { return nil, false }
func (noFacts) GlobalEntries(*types.Var) (map[string][]flow.Str, bool) { return nil, false }
func (noFacts) ListElements(types.Object) ([]flow.Str, bool)           { return nil, false }
func (noFacts) Code(*types.Func) (*flow.Code, bool)                    { return nil, false }
func (noFacts) ReturnsDeferred(*types.Func) []flow.Deferred            { return nil }
func (noFacts) Editor(*types.Func, int) ([]flow.Str, bool)             { return nil, false }
func (noFacts) Option(*types.Func, int) ([]flow.OptionSet, bool)       { return nil, false }
func (noFacts) FieldStores(*types.Var) ([]string, bool)                { return nil, false }
func (noFacts) Callbacks(*types.Func) []flow.CallbackCall              { return nil }
func (noFacts) Dispatched(*types.Func) map[int][]constant.Value        { return nil }
func (noFacts) KeepsFields(*types.Func, int) bool                      { return false }
func (noFacts) Specialized(*types.Func, int, map[int]constant.Value) ([]flow.Str, bool) {
	return nil, false
}
func (noFacts) SpecializedEffects(*types.Func, map[int]constant.Value) (flow.Effects, bool) {
	return flow.Effects{}, false
}

// value is what the scan makes of x, written in function fn of the
// source: the value, when there is one.
func (cs *checkedSource) value(fn string, x ast.Expr) (Value, bool) {
	if v, ok := constantValue(cs.info, x); ok {
		return v, true
	}
	obj, _ := cs.info.Defs[cs.fn(fn).Name].(*types.Func)
	strs, ok := cs.prog.Strings(x, obj)
	if !ok {
		return nil, false
	}
	vals := alternatives(strs)
	return vals[0], len(vals) == 1
}

// fn is the source's function of that name.
func (cs *checkedSource) fn(name string) *ast.FuncDecl {
	for _, d := range cs.file.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Name.Name == name {
			return d
		}
	}
	return nil
}

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

// optionalQueryRoute is the route of every optionalQuerySrc: the branches
// change only the query.
const optionalQueryRoute = "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log"

// optionalQueryArg is the URL argument of the request of f.
func (cs *checkedSource) optionalQueryArg() ast.Expr {
	body := cs.fn("f").Body.List
	return body[len(body)-1].(*ast.ExprStmt).X.(*ast.CallExpr).Args[0]
}

// TestValuesLinear: a URL extended in 60 branches is one route at once,
// not 2^60 values. The analyzer's evaluator of the syntax, before the
// value flow, once took 1.6 times longer per branch (30 never finished).
func TestValuesLinear(t *testing.T) {
	t.Parallel()
	cs, err := checkSource(t, optionalQuerySrc(60))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan Value, 1)
	go func() {
		v, _ := cs.value("f", cs.optionalQueryArg())
		done <- v
	}()
	select {
	case got := <-done:
		if withoutQuery(got.render()) != optionalQueryRoute {
			t.Errorf("evaluated to %q, want the route %q", got.render(), optionalQueryRoute)
		}
	case <-time.After(time.Second):
		t.Fatal("60 optional query parameters take over a second to evaluate: exponential again?")
	}
}

// valueBenchSrc builds a route in each form rcperm evaluates, the way
// programs do: in locals that the request's URL argument names.
const valueBenchSrc = `package p

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

// routeForms are the route expressions routes of valueBenchSrc returns.
func (cs *checkedSource) routeForms() []ast.Expr {
	body := cs.fn("routes").Body.List
	return body[len(body)-1].(*ast.ReturnStmt).Results[0].(*ast.CompositeLit).Elts
}

// BenchmarkValues measures the value flow on typical route expressions:
// build, type-checking the package and building its SSA form and
// indexes, which rcperm does once for a package whose requests are not
// constants; all, that and a question about each of the forms (each
// answered once: the flow memoizes).
func BenchmarkValues(b *testing.B) {
	cs, err := checkSource(b, valueBenchSrc)
	if err != nil {
		b.Fatal(err)
	}
	for i, x := range cs.routeForms() {
		// The benchmark is only worth something if the route is evaluated.
		if v, _ := cs.value("routes", x); !strings.Contains(v.render(), "/restapi/v1.0/account/~") {
			b.Fatalf("form %d: evaluated to %q", i, v.render())
		}
	}
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := checkSource(b, valueBenchSrc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			cs, _ := checkSource(b, valueBenchSrc)
			for _, x := range cs.routeForms() {
				cs.value("routes", x)
			}
		}
	})
}

// BenchmarkValuesOptionalQuery builds the flow of, and evaluates, a URL
// extended with 10 and 100 optional query parameters, one if each (issue
// 10): linear in the number of branches, not exponential.
func BenchmarkValuesOptionalQuery(b *testing.B) {
	for _, n := range []int{10, 100} {
		src := optionalQuerySrc(n)
		b.Run(fmt.Sprintf("branches=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cs, err := checkSource(b, src)
				if err != nil {
					b.Fatal(err)
				}
				if v, _ := cs.value("f", cs.optionalQueryArg()); withoutQuery(v.render()) != optionalQueryRoute {
					b.Fatalf("%d branches: evaluated to %q", n, v.render())
				}
			}
		})
	}
}

// evalSource is the package FuzzEvalConstant evaluates; %[1]s is the fuzzed
// string as a Go string literal.
const evalSource = `package p

import (
	"fmt"
	"net/http"
	"strings"
)

func f(id string) {
	u := %[1]s + "/" + id
	http.Get(u)
	_ = fmt.Sprintf(%[1]s, id)
	_ = strings.Replace(%[1]s, "{x}", id, -1)
}
`

// evaluated is what the scan makes of the expressions of evalSource.
type evaluated struct {
	constant Value // the string literal
	url      Value // u, where http.Get reads it
	sprintf  Value // fmt.Sprintf(s, id)
	replace  Value // strings.Replace(s, "{x}", id, -1)
}

// evalFuzzSource type-checks evalSource with s and evaluates f's
// expressions.
func evalFuzzSource(s string) (evaluated, error) {
	cs, err := checkSource(nil, fmt.Sprintf(evalSource, strconv.Quote(s)))
	if err != nil {
		return evaluated{}, err
	}
	body := cs.fn("f").Body.List
	assign := body[0].(*ast.AssignStmt).Rhs[0].(*ast.BinaryExpr) // (s + "/") + id
	var out evaluated
	for _, e := range []struct {
		v *Value
		x ast.Expr
	}{
		{&out.constant, assign.X.(*ast.BinaryExpr).X},
		{&out.url, body[1].(*ast.ExprStmt).X.(*ast.CallExpr).Args[0]},
		{&out.sprintf, body[2].(*ast.AssignStmt).Rhs[0]},
		{&out.replace, body[3].(*ast.AssignStmt).Rhs[0]},
	} {
		*e.v, _ = cs.value("f", e.x)
	}
	return out, nil
}

// FuzzEvalConstant checks that the values of routes neither panic nor
// alter a string constant, whatever its bytes, through concatenation,
// fmt.Sprintf and strings.Replace, and that Lookup takes whatever they
// render. The seeds are in testdata/fuzz/FuzzEvalConstant.
func FuzzEvalConstant(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		got, err := evalFuzzSource(s)
		if err != nil {
			t.Fatalf("the source for %q does not type-check: %v", s, err)
		}
		if lit, ok := got.constant.literal(); !ok || lit != s {
			t.Fatalf("value(%q) = %v (literal %q, %v), want the constant itself", s, got.constant, lit, ok)
		}
		if want := (Value{{Lit: s + "/"}, {Param: 0, IsParam: true}}); !got.url.equal(want) {
			t.Fatalf("value(%q + \"/\" + id) = %#v, want %#v", s, got.url, want)
		}
		if want, ok := sprintfRendered(s); ok && got.sprintf.render() != want {
			t.Fatalf("value(fmt.Sprintf(%q, id)) renders %q, want %q", s, got.sprintf.render(), want)
		}
		if want := strings.Replace(s, "{x}", "{}", -1); got.replace.render() != want {
			t.Fatalf("value(strings.Replace(%q, \"{x}\", id, -1)) renders %q, want %q", s, got.replace.render(), want)
		}
		for _, v := range []Value{got.constant, got.url, got.sprintf, got.replace} {
			permissions.Lookup("GET", v.render())
		}
	})
}

// sprintfRendered returns what fmt.Sprintf(s, id) renders as, with id
// unknown, when fmt itself says so: s has exactly one %s verb, without
// flags, and otherwise only %% escapes; or no verb at all.
func sprintfRendered(s string) (string, bool) {
	verbs := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		if i+1 == len(s) {
			return "", false
		}
		switch s[i+1] {
		case 's':
			verbs++
		case '%':
		default:
			return "", false
		}
		i++
	}
	if verbs != 1 {
		if verbs == 0 && !strings.Contains(s, "%") {
			// fmt appends id as an error, %!(EXTRA string=...): the
			// flow runs fmt and leaves that unknown.
			return "{}", true
		}
		return "", false
	}
	return fmt.Sprintf(s, "{}"), true
}
