package flow

import (
	"go/ast"
	"slices"
	"testing"
)

// TestElementField checks a field read off an element of a list ranged
// over: what the list's own objects hold, not every object of the type
// (here eleven, past what a merged value holds), and never less.
func TestElementField(t *testing.T) {
	const decls = `
import "strings"

type Endpoint struct{ Method, Path string }

var (
	a = Endpoint{"GET", "/restapi/v1.0/a"}
	b = Endpoint{"GET", "/restapi/v1.0/b"}
	c = Endpoint{"GET", "/restapi/v1.0/c"}
	d = Endpoint{"GET", "/restapi/v1.0/d"}
	e = Endpoint{"GET", "/restapi/v1.0/e"}
	f = Endpoint{"GET", "/restapi/v1.0/f"}
	g = Endpoint{"GET", "/restapi/v1.0/g"}
	msg = Endpoint{Path: "/restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store"}
	tel = Endpoint{Path: "/restapi/v1.0/account/{accountId}/telephony/sessions"}
)

func (e Endpoint) Render(id string) string {
	return strings.ReplaceAll(e.Path, "{extensionId}", id)
}

func sink(l []string) {}

func Subscribe(id string) {
	filters := make([]string, len(topics()))
	for i, t := range topics() {
		filters[i] = t.Render(id)
	}
	sink(filters)
}
`
	exact := []string{"/restapi/v1.0/account/{accountId}/extension/{$0}/message-store", "/restapi/v1.0/account/{accountId}/telephony/sessions"}
	for _, tc := range []struct {
		name, src string
		exact     bool
	}{
		{"literals", `
var list = []Endpoint{
	{Path: "/restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store"},
	{Path: "/restapi/v1.0/account/{accountId}/telephony/sessions"},
}

func topics() []Endpoint { return list }
`, true},
		{"variables", `
var list = []Endpoint{msg, tel}

func topics() []Endpoint { return list }
`, true},
		{"appended", `
func topics() []Endpoint {
	var l []Endpoint
	l = append(l, msg)
	return append(l, Endpoint{Path: "/restapi/v1.0/account/{accountId}/telephony/sessions"})
}
`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, decls+tc.src)
			var call *ast.CallExpr
			ast.Inspect(tp.file, func(n ast.Node) bool {
				if x, ok := n.(*ast.CallExpr); ok {
					if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "sink" {
						call = x
					}
				}
				return true
			})
			got, ok := tp.prog.Elements(call.Args[0], tp.funcs["Subscribe"])
			rendered := renderAll(got)
			switch {
			case !ok:
				t.Fatalf("Elements: no elements")
			case tc.exact && !slices.Equal(rendered, exact):
				t.Errorf("Elements = %v, want %v", rendered, exact)
			case !tc.exact && !(slices.Contains(rendered, exact[0]) || slices.Contains(rendered, "{}")):
				t.Errorf("Elements = %v, want them to hold %s", rendered, exact[0])
			}
		})
	}
}
