package flow

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"
)

// TestServerDefault checks a server defaulted where it is used: the
// default stands for what configuration sets; a route is no server, and a
// value with text of its own is another alternative.
func TestServerDefault(t *testing.T) {
	tp := buildTest(t, `
import "strings"

const cache = "https://cache.example"

type Reader struct{ BaseURL string }

func sink(string) {}

func (r *Reader) Recent() {
	base := strings.TrimRight(r.BaseURL, "/")
	if base == "" {
		base = cache
	}
	sink(base + "/v1/calls")
}

func env(v string) {
	if v == "" {
		v = "https://api.example"
	}
	sink(v + "/v1/x")
}

func route(p string) {
	if p == "" {
		p = "/v1/default"
	}
	sink("https://api.example" + p)
}

func own(v string) {
	v = "https://other.example/" + v
	if v == "" {
		v = "https://api.example"
	}
	sink(v)
}
`)
	tests := []struct {
		fn   string
		want []string
	}{
		{"Recent", []string{"https://cache.example/v1/calls"}},
		{"env", []string{"https://api.example/v1/x"}},
		{"route", []string{"https://api.example/v1/default", "https://api.example{$0}"}},
	}
	sinks := map[string]*ast.CallExpr{}
	targets := map[string]*types.Func{}
	for _, d := range tp.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		targets[fd.Name.Name], _ = tp.prog.info.Defs[fd.Name].(*types.Func)
		ast.Inspect(fd, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && types.ExprString(c.Fun) == "sink" {
				sinks[fd.Name.Name] = c
			}
			return true
		})
	}
	for _, tc := range tests {
		strs, ok := tp.prog.Strings(sinks[tc.fn].Args[0], targets[tc.fn])
		got := renderAll(strs)
		slices.Sort(got)
		if !ok || !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, %v; want %q", tc.fn, got, ok, tc.want)
		}
	}
}
