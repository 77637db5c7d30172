package flow

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"
)

// TestEditorSummary checks what each editor makes of a URL nobody knows,
// {$128256}/{$128257} (its origin, its path): the summary another package
// fills in with the arguments of the call that made the editor.
func TestEditorSummary(t *testing.T) {
	tp := buildTest(t, `
import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type Option func(*http.Request) error

func WithPath(format string, args ...any) Option {
	return func(req *http.Request) error {
		p := format
		if len(args) > 0 {
			escaped := make([]any, len(args))
			for i, a := range args {
				escaped[i] = url.PathEscape(fmt.Sprint(a))
			}
			p = fmt.Sprintf(format, escaped...)
		}
		ref, err := url.Parse(p)
		if err != nil {
			return err
		}
		req.URL = req.URL.ResolveReference(ref)
		return nil
	}
}

func WithSuffix(s string) Option {
	return func(req *http.Request) error {
		req.URL.Path = strings.TrimRight(req.URL.Path, "/") + "/" + s
		return nil
	}
}

func WithHeader(k, v string) Option {
	return func(req *http.Request) error { req.Header.Set(k, v); return nil }
}

func SetPath(req *http.Request, p string) { req.URL.Path = "/restapi/v1.0/" + p }

func Pick(name string) Option {
	return registry[name]
}

var registry map[string]Option
`)
	tests := []struct {
		fn       string
		variadic int
		want     []string // nil: no summary
	}{
		// With no operands the format is the path; with some, each of
		// its verbs is a part the caller's operands fill.
		{"WithPath", 0, []string{"{$128256}/{$0}"}},
		{"WithPath", 2, []string{"{$128256}/{$128258}"}},
		{"WithSuffix", -1, []string{"{$128256}/{$128257}/{$0}"}},
		{"SetPath", -1, []string{"{$128256}/restapi/v1.0/{$1}"}},
		// An edit that keeps the URL says nothing a caller needs.
		{"WithHeader", -1, nil},
		// A function from a table: none the flow can follow.
		{"Pick", -1, nil},
	}
	for _, tc := range tests {
		strs, ok := tp.prog.EditorSummary(tp.funcs[tc.fn], tc.variadic)
		got := renderAll(strs)
		slices.Sort(got)
		if ok != (tc.want != nil) || !slices.Equal(got, tc.want) {
			t.Errorf("%s(%d): EditorSummary = %q, %v; want %q", tc.fn, tc.variadic, got, ok, tc.want)
		}
	}
}

// TestApplyEdits checks the options a call passes in a list, however the
// list is built, applied in order to the URL before them.
func TestApplyEdits(t *testing.T) {
	tp := buildTest(t, `
import (
	"net/http"
	"strings"
)

type option func(*http.Request)

func withPath(p string) option { return func(r *http.Request) { r.URL.Path = p } }

func withSuffix(s string) option {
	return func(r *http.Request) { r.URL.Path = strings.TrimSuffix(r.URL.Path, "/") + "/" + s }
}

func send(opts ...option) {}

var defaults = []option{withPath("/v1/default")}

func recording(id string) []option { return []option{withPath("/v1/recording/" + id)} }

func inPlace() { send(withPath("/v1/a"), withSuffix("b")) }

func appended() { send(append(recording("7"), withSuffix("content"))...) }

func global() { send(append(defaults, withSuffix("x"))...) }

func branches(all bool) {
	opts := []option{withPath("/v1/one")}
	if all {
		opts = append(opts, withSuffix("all"))
	}
	send(opts...)
}

func forwarded(opts ...option) { send(opts...) }
`)
	calls := map[string]*ast.CallExpr{}
	for _, d := range tp.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			ast.Inspect(fd, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok && types.ExprString(c.Fun) == "send" {
					calls[fd.Name.Name] = c
				}
				return true
			})
		}
	}
	tests := []struct {
		fn   string
		want []string
	}{
		{"inPlace", []string{"https://h.example/v1/a/b"}},
		{"appended", []string{"https://h.example/v1/recording/7/content"}},
		{"global", []string{"https://h.example/v1/default/x"}},
		{"branches", []string{"https://h.example/v1/one", "https://h.example/v1/one/all"}},
		// The caller's own options: its callers' to fill in.
		{"forwarded", []string{"https://h.example{$177}"}},
	}
	for _, tc := range tests {
		strs, ok := tp.prog.ApplyEdits(tp.funcs[tc.fn], calls[tc.fn], 1, []Str{Lit("https://h.example")})
		got := renderAll(strs)
		slices.Sort(got)
		if !ok || !slices.Equal(got, tc.want) {
			t.Errorf("%s: ApplyEdits = %q, %v; want %q", tc.fn, got, ok, tc.want)
		}
	}
}

func TestFormatHoles(t *testing.T) {
	tests := []struct{ format, want string }{
		{"/restapi/v1.0/account/~/extension/%s/call-log", "/restapi/v1.0/account/~/extension/{}/call-log"},
		{"/a/%d/%v", "/a/{}/{}"},
		{"/a/100%%/%-8s", "/a/100%/{}"},
		{"/plain", "/plain"},
	}
	for _, tc := range tests {
		if got := render(formatHoles(Lit(tc.format))); got != tc.want {
			t.Errorf("formatHoles(%q) = %q; want %q", tc.format, got, tc.want)
		}
	}
}

func TestSplitOrigin(t *testing.T) {
	unknown := Part{Unknown: true}
	tests := []struct {
		url          Str
		origin, rest string
	}{
		{Lit("https://h.example"), "https://h.example", ""},
		{Lit("https://h.example/v1/x?q=1"), "https://h.example", "v1/x?q=1"},
		{Str{unknown, {Lit: "/v1/x"}}, "{}", "v1/x"},
		{Lit("/v1/x"), "", "v1/x"},
	}
	for _, tc := range tests {
		origin, rest := splitOrigin(tc.url)
		if render(origin) != tc.origin || render(rest) != tc.rest {
			t.Errorf("splitOrigin(%s) = %q, %q; want %q, %q", render(tc.url), render(origin), render(rest), tc.origin, tc.rest)
		}
	}
	if got := render(singleSlashes(Lit("https://h.example//v1//x"))); got != "https://h.example/v1/x" {
		t.Errorf("singleSlashes = %q", got)
	}
}
