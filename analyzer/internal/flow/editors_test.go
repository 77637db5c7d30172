package flow

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"
)

// TestEditors checks the routes of requests handed on to the functions
// that set them, each in the function named, its NewRequest's URL the
// base.
func TestEditors(t *testing.T) {
	tp := buildTest(t, `
import (
	"net/http"
	"net/url"
	"strings"
)

const server = "https://h.example"

type option func(*http.Request)

func withPath(p string) option { return func(r *http.Request) { r.URL.Path = p } }

func withSuffix(s string) option {
	return func(r *http.Request) { r.URL.Path = strings.TrimSuffix(r.URL.Path, "/") + "/" + s }
}

func withQuery(k, v string) option {
	return func(r *http.Request) { q := r.URL.Query(); q.Set(k, v); r.URL.RawQuery = q.Encode() }
}

func setPath(r *http.Request, p string) { r.URL.Path = p }

func setURL(u *url.URL, p string) { u.Path = p }

func header(r *http.Request) { r.Header.Set("A", "b") }

var defaults = []option{withPath("/v1/default")}

func helper() {
	r, _ := http.NewRequest("GET", server, nil)
	setPath(r, "/v1/helper")
	http.DefaultClient.Do(r)
}

func urlHelper() {
	r, _ := http.NewRequest("GET", server, nil)
	setURL(r.URL, "/v1/url")
	http.DefaultClient.Do(r)
}

func headerOnly() {
	r, _ := http.NewRequest("GET", server+"/v1/kept", nil)
	header(r)
	http.DefaultClient.Do(r)
}

func inOrder() {
	r, _ := http.NewRequest("GET", server, nil)
	for _, o := range []option{withPath("/v1/a"), withSuffix("b"), withQuery("k", "v")} {
		o(r)
	}
	http.DefaultClient.Do(r)
}

func other() {
	r, _ := http.NewRequest("GET", server, nil)
	withPath("/v1/other")(r)
	http.DefaultClient.Do(r)
}

func packageLevel() {
	r, _ := http.NewRequest("GET", server, nil)
	for _, o := range defaults {
		o(r)
	}
	http.DefaultClient.Do(r)
}

func chosen(b bool) {
	r, _ := http.NewRequest("GET", server, nil)
	o := withPath("/v1/one")
	if b {
		o = withPath("/v1/two")
	}
	o(r)
	http.DefaultClient.Do(r)
}

func callers(edit func(*http.Request)) {
	r, _ := http.NewRequest("GET", server, nil)
	edit(r)
	http.DefaultClient.Do(r)
}

var registry map[string]func(*http.Request)

func unknown(name string) {
	r, _ := http.NewRequest("GET", server, nil)
	registry[name](r)
	http.DefaultClient.Do(r)
}
`)
	requests := map[string]*ast.CallExpr{}
	for _, d := range tp.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		ast.Inspect(fd, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && types.ExprString(c.Fun) == "http.NewRequest" {
				requests[fd.Name.Name] = c
			}
			return true
		})
	}
	tests := []struct {
		fn, base string
		want     []string
	}{
		{"helper", "https://h.example", []string{"https://h.example/v1/helper"}},
		{"urlHelper", "https://h.example", []string{"https://h.example/v1/url"}},
		{"headerOnly", "https://h.example/v1/kept", []string{"https://h.example/v1/kept"}},
		{"inOrder", "https://h.example", []string{"https://h.example/v1/a/b?{}"}},
		{"other", "https://h.example", []string{"https://h.example/v1/other"}},
		{"packageLevel", "https://h.example", []string{"https://h.example/v1/default"}},
		{"chosen", "https://h.example", []string{"https://h.example/v1/one", "https://h.example/v1/two"}},
		{"callers", "https://h.example", []string{"https://h.example{$177}"}}, // the edits of parameter 0: its callers'
		{"unknown", "https://h.example", []string{"https://h.example/{}"}},
	}
	for _, tc := range tests {
		strs, ok := tp.prog.EditedURL(requests[tc.fn], []Str{Lit(tc.base)}, tp.funcs[tc.fn])
		got := renderAll(strs)
		slices.Sort(got)
		if !ok || !slices.Equal(got, tc.want) {
			t.Errorf("%s: EditedURL = %q, %v; want %q", tc.fn, got, ok, tc.want)
		}
	}
}
