package analyzer

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/rcperm/rcperm/permissions"
)

// fuzzImporter imports the standard library from export data (the go
// command's build cache; no network), once per process: each fuzz input
// type-checks a one-file package against the same imported packages.
var fuzzImporter = sync.OnceValue(func() types.Importer { return importer.Default() })

// fuzzEvalMu serializes type-checking: the gc importer is not safe for
// concurrent use.
var fuzzEvalMu sync.Mutex

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

// evaluated is what the evaluator makes of the expressions of evalSource.
type evaluated struct {
	constant Value // the string literal
	url      Value // u, where http.Get reads it
	sprintf  Value // fmt.Sprintf(s, id)
	replace  Value // strings.Replace(s, "{x}", id, -1)
}

// evalFuzzSource type-checks evalSource with s and runs the evaluator of
// f's body on its expressions.
func evalFuzzSource(s string) (evaluated, error) {
	src := fmt.Sprintf(evalSource, strconv.Quote(s))
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		return evaluated{}, err
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	fuzzEvalMu.Lock()
	conf := types.Config{Importer: fuzzImporter()}
	_, err = conf.Check("p", fset, []*ast.File{file}, info)
	fuzzEvalMu.Unlock()
	if err != nil {
		return evaluated{}, err
	}
	fn := file.Decls[1].(*ast.FuncDecl)
	body := fn.Body.List
	assign := body[0].(*ast.AssignStmt).Rhs[0].(*ast.BinaryExpr) // (s + "/") + id
	constExpr := assign.X.(*ast.BinaryExpr).X
	getArg := body[1].(*ast.ExprStmt).X.(*ast.CallExpr).Args[0]
	sprintf := body[2].(*ast.AssignStmt).Rhs[0]
	replace := body[3].(*ast.AssignStmt).Rhs[0]

	ev := newEvaluator(info, fn.Type, fn.Body, nil)
	return evaluated{
		constant: ev.eval(constExpr),
		url:      ev.eval(getArg),
		sprintf:  ev.eval(sprintf),
		replace:  ev.eval(replace),
	}, nil
}

// FuzzEvalConstant checks that the evaluator neither panics nor alters a
// string constant, whatever its bytes, through concatenation,
// fmt.Sprintf and strings.Replace, and that Lookup takes whatever the
// evaluator renders. The seeds are in testdata/fuzz/FuzzEvalConstant.
func FuzzEvalConstant(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		got, err := evalFuzzSource(s)
		if err != nil {
			t.Fatalf("the source for %q does not type-check: %v", s, err)
		}
		if lit, ok := got.constant.literal(); !ok || lit != s {
			t.Fatalf("eval(%q) = %v (literal %q, %v), want the constant itself", s, got.constant, lit, ok)
		}
		if want := (Value{{Lit: s + "/"}, {Param: 0, IsParam: true}}); !got.url.equal(want) {
			t.Fatalf("eval(%q + \"/\" + id) = %#v, want %#v", s, got.url, want)
		}
		if want, ok := sprintfRendered(s); ok && got.sprintf.render() != want {
			t.Fatalf("eval(fmt.Sprintf(%q, id)) renders %q, want %q", s, got.sprintf.render(), want)
		}
		if want := strings.Replace(s, "{x}", "{}", -1); got.replace.render() != want {
			t.Fatalf("eval(strings.Replace(%q, \"{x}\", id, -1)) renders %q, want %q", s, got.replace.render(), want)
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
			// evaluator runs fmt and leaves that unknown.
			return "{}", true
		}
		return "", false
	}
	return fmt.Sprintf(s, "{}"), true
}
