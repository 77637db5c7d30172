package flow

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCallbacks checks what a function is summarized to call its
// function-typed parameters with: an element of its list, generic or not,
// a route it builds from its own, each in terms of its parameters; a call
// passing nothing known, or a channel's element, is left out.
func TestCallbacks(t *testing.T) {
	tp := buildTest(t, `
import "context"

func Each[T any](items []T, f func(T) error) error {
	for _, it := range items {
		if err := f(it); err != nil {
			return err
		}
	}
	return nil
}

func EachS(items []string, f func(string)) {
	for _, it := range items {
		go func() { f(it) }()
	}
}

func Retry(ctx context.Context, path string, op func(context.Context, string) error) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = op(ctx, "/restapi/v1.0"+path); err == nil {
			return nil
		}
	}
	return err
}

func Fan[T any](in <-chan T, f func(T)) {
	for v := range in {
		f(v)
	}
}

func Tick(f func(n int)) { f(1) }
`)
	elem := func(slot int) string { return render(Str{{Param: ParamElement(slot), IsParam: true}}) }
	tests := []struct {
		fn   string
		want []string // "param: arg values | arg values"
	}{
		{"Each", []string{"1: " + elem(1)}},
		{"EachS", []string{"1: " + elem(1)}},
		{"Retry", []string{"2: {$0} | /restapi/v1.0{$1}"}},
		{"Fan", nil},
		{"Tick", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, cc := range tp.prog.Callbacks(tp.funcs[tc.fn]) {
			var args []string
			for _, a := range cc.Args {
				args = append(args, strings.Join(renderAll(a), ","))
			}
			got = append(got, strconv.Itoa(cc.Param)+": "+strings.Join(args, " | "))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Callbacks(%s) = %q; want %q", tc.fn, got, tc.want)
		}
	}
}

// TestHandedClosuresPerCall checks that a closure handed to a function of
// the package reads what that function calls it with at the call handing
// it over (a generic Result's Then calling f(r.value)), not what every
// call of the function passes: each chain's closure sees its own route.
func TestHandedClosuresPerCall(t *testing.T) {
	tp := buildTest(t, `
type Result[T any] struct {
	value T
	err   error
}

func Of[T any](v T) Result[T] { return Result[T]{value: v} }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Result[U]{err: r.err}
	}
	u, err := f(r.value)
	return Result[U]{value: u, err: err}
}

func sink(string) {}

func A() {
	Then(Of("/restapi/v1.0/account/~/call-log"), func(p string) (int, error) { sink(p); return 0, nil })
}

func B() {
	Then(Of("/restapi/v1.0/account/~/extension"), func(p string) (int, error) { sink(p); return 0, nil })
}
`)
	field := render(Str{{Param: ParamField(1, 0), IsParam: true}})
	var got []string
	for _, cc := range tp.prog.Callbacks(tp.funcs["Then"]) {
		got = append(got, strconv.Itoa(cc.Param)+": "+strings.Join(renderAll(cc.Args[0]), ","))
	}
	if want := []string{"1: " + field}; !slices.Equal(got, want) {
		t.Errorf("Callbacks(Then) = %q; want %q (a type parameter's field read from the result)", got, want)
	}
	for fn, want := range map[string]string{"A": "/restapi/v1.0/account/~/call-log", "B": "/restapi/v1.0/account/~/extension"} {
		var arg ast.Expr
		ast.Inspect(tp.file, func(n ast.Node) bool {
			if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name != fn {
				return false
			}
			if c, ok := n.(*ast.CallExpr); ok && types.ExprString(c.Fun) == "sink" {
				arg = c.Args[0]
			}
			return true
		})
		strs, _ := tp.prog.Strings(arg, tp.funcs[fn])
		if got := renderAll(strs); !slices.Equal(got, []string{want}) {
			t.Errorf("%s: the closure's parameter is %q; want %q", fn, got, want)
		}
	}
}
