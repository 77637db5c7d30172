package flow

import (
	"slices"
	"testing"
)

func TestOneAPI(t *testing.T) {
	unknown := Part{Unknown: true}
	param := Part{Param: 0, IsParam: true}
	for _, tc := range []struct {
		name  string
		forms []Str
		want  []string // nil: not one API
	}{
		{"one default server", []Str{Lit("https://h/api/")}, []string{"https://h/api/"}},
		{"a default and a configured server", []Str{Lit("https://h/api/"), {unknown, {Lit: "/api/"}}}, []string{"https://h/api/"}},
		{"two known servers of one API", []Str{Lit("https://h/api"), Lit("https://sandbox.h/api")}, []string{"https://h/api", "https://sandbox.h/api"}},
		// A base URL from configuration, beside a default server with no
		// path: a server setting too.
		{"servers without a path", []Str{Lit("https://h"), {unknown}}, []string{"https://h"}},
		{"a default with a path and a wholly configured URL", []Str{Lit("https://h/api"), {unknown}}, nil},
		{"other paths", []Str{Lit("https://h/api/"), {unknown, {Lit: "/v2/"}}}, nil},
		{"no known server", []Str{{unknown, {Lit: "/api/"}}}, nil},
		{"a parameter for a server", []Str{Lit("https://h/api/"), {param, {Lit: "/api/"}}}, nil},
		{"a relative path", []Str{Lit("/api/")}, nil},
		{"a server and a path from parameters", []Str{{{Lit: "https://h/"}, param}, {unknown, {Lit: "/"}, param}}, []string{"https://h/{$0}"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			known, ok := oneAPI(tc.forms)
			if !ok {
				if tc.want != nil {
					t.Errorf("oneAPI = not one API, want %q", tc.want)
				}
				return
			}
			if got := renderAll(known); !slices.Equal(got, tc.want) {
				t.Errorf("oneAPI = %q, want %q", got, tc.want)
			}
		})
	}
}
