package flow

import (
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
