package flow

import (
	"fmt"
	"net/url"
	"path"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	unk = Part{Unknown: true}
	p0  = Part{Param: 0, IsParam: true}
	p1  = Part{Param: 1, IsParam: true}
)

func s(l string) Arg { return StrArg(Lit(l)) }

func TestCallPure(t *testing.T) {
	for _, tc := range []struct {
		name string
		fn   string
		args []Arg
		want Str // nil: wholly unknown
	}{
		// Literal arguments: the real function's result.
		{"trim", "strings.Trim", []Arg{s("/a/b/"), s("/")}, Lit("a/b")},
		{"clean", "path.Clean", []Arg{s("/a//b/../c/")}, Lit("/a/c")},
		{"itoa", "strconv.Itoa", []Arg{IntArg(42)}, Lit("42")},
		{"formatInt hex", "strconv.FormatInt", []Arg{IntArg(255), IntArg(16)}, Lit("ff")},
		{"replace n", "strings.Replace", []Arg{s("a.a.a"), s("."), s("/"), IntArg(1)}, Lit("a/a.a")},
		{"empty result", "strings.TrimPrefix", []Arg{s("/"), s("/")}, Str{}},
		{"join path", "path.Join", []Arg{ListArg([]Str{Lit("/restapi/"), Lit("/v1.0")})}, Lit("/restapi/v1.0")},
		{"url join path", "net/url.JoinPath", []Arg{s("https://h/"), ListArg([]Str{Lit("/restapi"), Lit("v1.0")})}, Lit("https://h/restapi/v1.0")},
		{"sprintf", "fmt.Sprintf", []Arg{s("/%s/%d/%t"), s("a"), IntArg(7), BoolArg(true)}, Lit("/a/7/true")},
		{"regexp", "(*regexp.Regexp).ReplaceAllString", []Arg{RegexpArg(`/+`), s("/a//b///c"), s("/")}, Lit("/a/b/c")},
		{"regexp callback: each match known at run time", "(*regexp.Regexp).ReplaceAllStringFunc", []Arg{RegexpArg(`\{(\w+)\}|:(\w+)`), s("/account/:accountId/extension/{extensionId}/sms"), {Kind: FuncKind}}, Str{{Lit: "/account/"}, unk, {Lit: "/extension/"}, unk, {Lit: "/sms"}}},
		{"regexp callback, no match", "(*regexp.Regexp).ReplaceAllStringFunc", []Arg{RegexpArg(`\{\w+\}`), StrArg(Str{{Lit: "/a/"}, p0}), {Kind: FuncKind}}, Str{{Lit: "/a/"}, p0}},

		// Functions of lists, on and to lists joined (joinedlists.go):
		// a list a token stands for whole goes through whole.
		{"split", "strings.Split", []Arg{StrArg(Str{{Lit: "GET /a/"}, p0}), s(" ")}, Str{{Lit: "GET" + listEnd + "/a/"}, p0, {Lit: listEnd}}},
		{"fields", "strings.Fields", []Arg{s(" POST  /b ")}, Lit("POST" + listEnd + "/b" + listEnd)},
		{"split on an unknown separator", "strings.Split", []Arg{s("a/b"), StrArg(Str{unk})}, nil},
		{"clip keeps a parameter's list", "slices.Clip", []Arg{StrArg(Str{p0, {Lit: "x" + listEnd}})}, Str{p0, {Lit: "x" + listEnd}}},
		{"clone", "slices.Clone", []Arg{s("a" + listEnd)}, Lit("a" + listEnd)},
		{"grow", "slices.Grow", []Arg{StrArg(Str{p0}), IntArg(2)}, Str{p0}},

		// Holes survive the functions that pass them through.
		{"trim right keeps a param", "strings.TrimRight", []Arg{StrArg(Str{p0, {Lit: "//"}}), s("/")}, Str{p0}},
		{"trim slash off an unknown", "strings.TrimSuffix", []Arg{StrArg(Str{unk}), s("/")}, Str{unk}},
		{"path.Join", "path.Join", []Arg{ListArg([]Str{Lit("/restapi/v1.0/"), {p0}, Lit("extension")})}, Str{{Lit: "/restapi/v1.0/"}, p0, {Lit: "/extension"}}},
		{"url.JoinPath unknown base", "net/url.JoinPath", []Arg{StrArg(nil), ListArg([]Str{Lit("/restapi/v1.0"), Lit("account")})}, Str{unk, {Lit: "/restapi/v1.0/account"}}},
		{"url.JoinPath base with slash", "net/url.JoinPath", []Arg{StrArg(Str{p1, {Lit: "/"}}), ListArg([]Str{Lit("/restapi")})}, Str{p1, {Lit: "/restapi"}}},
		{"path escape", "net/url.PathEscape", []Arg{StrArg(Str{p0})}, Str{p0}},
		{"cut: the text before", "strings.Cut", []Arg{StrArg(Str{{Lit: "/a/"}, p0, {Lit: "?x="}, p1}), s("?")}, Str{{Lit: "/a/"}, p0}},
		{"cut: the text after", ResultName("strings.Cut", 1), []Arg{StrArg(Str{{Lit: "/a/"}, p0, {Lit: "?x=1"}}), s("?")}, Lit("x=1")},
		{"cut: no separator, no text after", ResultName("strings.Cut", 1), []Arg{StrArg(Str{p0}), s("?")}, nil},
		{"cut a parameter at a space: it may hold one", "strings.Cut", []Arg{StrArg(Str{p0}), s(" ")}, nil},
		{"cut a parameter at its query: the path either way", "strings.Cut", []Arg{StrArg(Str{p0}), s("?")}, Str{p0}},
		{"query escape", "net/url.QueryEscape", []Arg{StrArg(Str{{Lit: "a b"}, p0})}, Str{{Lit: "a+b"}, p0}},
		{"itoa of an int param", "strconv.Itoa", []Arg{IntText(Str{p0})}, Str{p0}},
		{"sprintf holes", "fmt.Sprintf", []Arg{s("/a/%s/b/%d/%v"), StrArg(Str{p0}), IntText(Str{p1}), StrArg(nil)}, Str{{Lit: "/a/"}, p0, {Lit: "/b/"}, p1, {Lit: "/"}, unk}},
		{"sprintf other verb", "fmt.Sprintf", []Arg{s("/a/%x/b"), StrArg(Str{p0})}, Str{{Lit: "/a/"}, unk, {Lit: "/b"}}},
		{"regexp joiner", "(*regexp.Regexp).ReplaceAllString", []Arg{RegexpArg(`/{2,}`), StrArg(Str{unk, {Lit: "//restapi//v1.0"}}), s("/")}, Str{unk, {Lit: "/restapi/v1.0"}}},
		{"replace template", "strings.ReplaceAll", []Arg{s("/a/{id}/b"), s("{id}"), StrArg(Str{p0})}, Str{{Lit: "/a/"}, p0, {Lit: "/b"}}},
		{"quote", "strconv.Quote", []Arg{StrArg(Str{p0})}, Str{{Lit: `"`}, p0, {Lit: `"`}}},

		// Functions that look inside a hole: unknown.
		{"upper", "strings.ToUpper", []Arg{StrArg(Str{{Lit: "/a/"}, p0})}, nil},
		{"lower", "strings.ToLower", []Arg{StrArg(Str{p0})}, nil},
		{"duplicate", "strings.Repeat", []Arg{StrArg(Str{p0, {Lit: "/"}}), IntArg(2)}, Str{p0, {Lit: "/"}, p0, {Lit: "/"}}},
		{"placeholder named at run time", "strings.ReplaceAll", []Arg{s("/a/{id}/b"), StrArg(Str{{Lit: "{"}, p0, {Lit: "}"}}), StrArg(Str{unk})}, Lit("/a/{id}/b")},
		{"template twice", "strings.ReplaceAll", []Arg{s("/a/{id}/{id}"), s("{id}"), StrArg(Str{p0})}, Str{{Lit: "/a/"}, p0, {Lit: "/"}, p0}},
		{"replacement unused", "strings.Replace", []Arg{s("/a/b"), s("{id}"), StrArg(Str{p0}), IntArg(-1)}, Lit("/a/b")},
		// A part known only at run time is taken for its instance, which
		// names no placeholder; a parameter may be a template that does.
		{"replacement in an unknown text", "strings.ReplaceAll", []Arg{StrArg(Str{unk}), s("{id}"), StrArg(Str{p0})}, Str{unk}},
		{"replacement in a filled template", "strings.ReplaceAll", []Arg{StrArg(Str{{Lit: "/a/"}, unk, {Lit: "/b/{bid}"}}), s("{id}"), StrArg(Str{p0})}, Str{{Lit: "/a/"}, unk, {Lit: "/b/{bid}"}}},
		{"replacement in a parameter", "strings.ReplaceAll", []Arg{StrArg(Str{p0}), s("id"), StrArg(Str{unk})}, nil},
		{"placeholder filled in a parameter", "strings.ReplaceAll", []Arg{StrArg(Str{p0}), s("{id}"), StrArg(Str{unk})}, Str{p0}},
		// path.Base drops a hole it does not depend on; it is lost all the same.
		{"lost", "path.Base", []Arg{StrArg(Str{p0, {Lit: "/x"}})}, nil},
		{"lost hole", "path.Dir", []Arg{StrArg(Str{{Lit: "/a/"}, p0})}, nil},
		{"split", "strings.TrimRight", []Arg{StrArg(Str{p0}), s("zXq")}, nil},
		{"trimmed token start", "strings.TrimLeft", []Arg{StrArg(Str{p0}), s("Zqx")}, nil},
		{"unknown affix", "strings.TrimPrefix", []Arg{s("/a/b"), StrArg(Str{p0})}, nil},
		{"cleaned away", "path.Clean", []Arg{StrArg(Str{{Lit: "/a/"}, p0, {Lit: "/../b"}})}, nil},
		{"regexp eats token", "(*regexp.Regexp).ReplaceAllString", []Arg{RegexpArg(`[a-z]+`), StrArg(Str{p0}), s("x")}, nil},
		{"regexp callback eats token", "(*regexp.Regexp).ReplaceAllStringFunc", []Arg{RegexpArg(`[a-z]+`), StrArg(Str{p0}), {Kind: FuncKind}}, nil},
		{"regexp callback not a function", "(*regexp.Regexp).ReplaceAllStringFunc", []Arg{RegexpArg(`a`), s("a"), s("b")}, nil},
		{"unknown int", "strings.Repeat", []Arg{s("a"), IntText(Str{p0})}, nil},
		{"unknown base", "strconv.FormatInt", []Arg{IntText(Str{p0}), IntArg(16)}, nil},
		{"bad base panics", "strconv.FormatInt", []Arg{IntArg(1), IntArg(99)}, nil},
		{"negative repeat panics", "strings.Repeat", []Arg{s("a"), IntArg(-1)}, nil},
		{"wrong kinds", "strings.Trim", []Arg{s("a")}, nil},
		{"bad pattern", "(*regexp.Regexp).ReplaceAllString", []Arg{RegexpArg(`(`), s("a"), s("b")}, nil},
		{"literal looks like a token", "strings.TrimSpace", []Arg{StrArg(Str{{Lit: " Zqxa"}, p0})}, nil},
		{"sprintf missing operand", "fmt.Sprintf", []Arg{s("%s/%s"), StrArg(Str{p0})}, nil},
		{"sprintf width", "fmt.Sprintf", []Arg{s("%5s"), StrArg(Str{p0})}, Str{unk}},
		{"url.JoinPath error", "net/url.JoinPath", []Arg{s(":"), ListArg(nil)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := CallPure(tc.fn, tc.args)
			if !ok {
				t.Fatalf("%s is not pure", tc.fn)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("CallPure(%s) = %#v, want %#v", tc.fn, got, tc.want)
			}
		})
	}
}

func TestCallPureNotPure(t *testing.T) {
	for _, fn := range []string{"os.Getenv", "strings.Index", "slices.Sort", "time.Now"} {
		if _, ok := CallPure(fn, []Arg{s("a")}); ok || IsPure(fn) {
			t.Errorf("%s is taken for pure", fn)
		}
	}
}

// TestTokenSurvives holds the choice of token: the functions that pass
// text through keep it whole.
func TestTokenSurvives(t *testing.T) {
	tok := placeholder(1234567)
	for name, f := range map[string]func(string) string{
		"url.PathEscape":  url.PathEscape,
		"url.QueryEscape": url.QueryEscape,
		"path.Clean":      path.Clean,
		"QuoteMeta":       regexp.QuoteMeta,
		"TrimSpace":       strings.TrimSpace,
		"Quote":           func(s string) string { return strings.Trim(strconv.Quote(s), `"`) },
	} {
		if got := f(tok); got != tok {
			t.Errorf("%s(%q) = %q", name, tok, got)
		}
	}
	if n, ok := tokenNumber(strings.TrimSuffix(strings.TrimPrefix(tok, tokOpen), tokClose)); !ok || n != 1234567 {
		t.Errorf("token %q reads back as %d", tok, n)
	}
}

// FuzzCallPure holds CallPure to the real functions on literal arguments.
func FuzzCallPure(f *testing.F) {
	f.Add("/restapi//v1.0/", "/", int64(2))
	f.Add("a b%2F", "%", int64(-1))
	f.Add("https://h/x/../y", "y", int64(16))
	f.Fuzz(func(t *testing.T, a, b string, n int64) {
		if strings.Contains(a+b, tokOpen) || strings.Contains(a+b, tokClose) {
			t.Skip()
		}
		check := func(fn string, args []Arg, want string, wantOK bool) {
			t.Helper()
			got, ok := CallPure(fn, args)
			if !ok {
				t.Fatalf("%s is not pure", fn)
			}
			text, known := literal(got)
			if known != wantOK || (known && text != want) {
				t.Errorf("CallPure(%s, %q, %q, %d) = %#v, want %q (known %v)", fn, a, b, n, got, want, wantOK)
			}
		}
		two := []Arg{s(a), s(b)}
		check("strings.Trim", two, strings.Trim(a, b), true)
		check("strings.TrimLeft", two, strings.TrimLeft(a, b), true)
		check("strings.TrimRight", two, strings.TrimRight(a, b), true)
		check("strings.TrimPrefix", two, strings.TrimPrefix(a, b), true)
		check("strings.TrimSuffix", two, strings.TrimSuffix(a, b), true)
		check("strings.ToValidUTF8", two, strings.ToValidUTF8(a, b), true)
		check("strings.ToUpper", []Arg{s(a)}, strings.ToUpper(a), true)
		check("strings.TrimSpace", []Arg{s(a)}, strings.TrimSpace(a), true)
		check("strings.ReplaceAll", []Arg{s(a), s(b), s("/")}, strings.ReplaceAll(a, b, "/"), true)
		check("strings.Replace", []Arg{s(a), s(b), s("/"), IntArg(n)}, strings.Replace(a, b, "/", int(n)), int64(int(n)) == n)
		check("strings.Join", []Arg{ListArg([]Str{Lit(a), Lit(b)}), s("/")}, strings.Join([]string{a, b}, "/"), true)
		check("path.Join", []Arg{ListArg([]Str{Lit(a), Lit(b)})}, path.Join(a, b), true)
		check("path.Clean", []Arg{s(a)}, path.Clean(a), true)
		check("path.Base", []Arg{s(a)}, path.Base(a), true)
		check("net/url.PathEscape", []Arg{s(a)}, url.PathEscape(a), true)
		check("net/url.QueryEscape", []Arg{s(a)}, url.QueryEscape(a), true)
		unesc, err := url.PathUnescape(a)
		check("net/url.PathUnescape", []Arg{s(a)}, unesc, err == nil)
		joined, err := url.JoinPath(a, b)
		check("net/url.JoinPath", []Arg{s(a), ListArg([]Str{Lit(b)})}, joined, err == nil)
		check("strconv.Itoa", []Arg{IntArg(n)}, strconv.Itoa(int(n)), true)
		check("strconv.Quote", []Arg{s(a)}, strconv.Quote(a), true)
		base := 2 + n&31
		check("strconv.FormatInt", []Arg{IntArg(n), IntArg(base)}, strconv.FormatInt(n, int(base)), true)
		check("fmt.Sprintf", []Arg{s("/x/%s/%d"), s(a), IntArg(n)}, fmt.Sprintf("/x/%s/%d", a, n), true)
		if re, err := regexp.Compile(b); err == nil {
			check("(*regexp.Regexp).ReplaceAllString", []Arg{RegexpArg(b), s(a), s("/")}, re.ReplaceAllString(a, "/"), true)
		}
		if n >= 0 && n < 8 {
			check("strings.Repeat", []Arg{s(a), IntArg(n)}, strings.Repeat(a, int(n)), n*int64(len(a)+1) <= maxRepeat)
		}
	})
}

// literal returns s's text when it is wholly known.
func literal(s Str) (string, bool) {
	if s == nil {
		return "", false
	}
	var text string
	for _, p := range s {
		if !isLit(p) {
			return "", false
		}
		text += p.Lit
	}
	return text, true
}

// TestPlaceholdersFilled: a replacer whose pairs the flow cannot list
// fills a route template's placeholders with parts known only at run
// time; a template a parameter gives is its callers' to fill.
func TestPlaceholdersFilled(t *testing.T) {
	p0 := Part{Param: 0, IsParam: true}
	for _, tc := range []struct {
		name string
		in   Str
		want string // "" when not ok
	}{
		{"placeholders", Lit("/restapi/v1.0/account/{accountId}/extension/{extensionId}/sms"), "/restapi/v1.0/account/{}/extension/{}/sms"},
		{"none", Lit("/restapi/v1.0/account/~/call-log"), "/restapi/v1.0/account/~/call-log"},
		{"an unknown part kept", Str{{Unknown: true}, {Lit: "/a/{id}"}}, "{}/a/{}"},
		{"a parameter's template", Str{p0, {Lit: "/{id}"}}, ""},
	} {
		got, ok := placeholdersFilled(tc.in)
		if tc.want == "" {
			if ok {
				t.Errorf("%s: placeholdersFilled = %q, want not ok", tc.name, render(got))
			}
			continue
		}
		if !ok || render(got) != tc.want {
			t.Errorf("%s: placeholdersFilled = %q, %v; want %q", tc.name, render(got), ok, tc.want)
		}
	}
	// Deferred to a caller, the same filling runs on its template.
	out, ok := Deferred{Code: fillCode}.Run([][]Arg{{StrArg(Lit("/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}"))}})
	if got := renderAll(out); !ok || len(got) != 1 || got[0] != "/restapi/v1.0/account/{}/telephony/sessions/{}" {
		t.Errorf("fillCode = %q, %v", got, ok)
	}
}

// TestActionsFilled: a text/template's actions are parts known only at
// run time; executed on a text the callers give, the same filling runs
// at each caller.
func TestActionsFilled(t *testing.T) {
	for in, want := range map[string]string{
		"/restapi/v1.0/account/{{.AccountID}}/extension/{{.ExtensionID}}/call-log": "/restapi/v1.0/account/{}/extension/{}/call-log",
		"/restapi/v1.0/account/~/call-log":                                         "/restapi/v1.0/account/~/call-log",
		"/restapi/v1.0/account/{{ .A }}{{.B}}/x":                                   "/restapi/v1.0/account/{}/x",
	} {
		if got := render(actionsFilled(Lit(in))); got != want {
			t.Errorf("actionsFilled(%q) = %q, want %q", in, got, want)
		}
	}
	out, ok := Deferred{Code: actionsCode}.Run([][]Arg{{StrArg(Lit("/restapi/v1.0/account/{{.AccountID}}/presence"))}})
	if got := renderAll(out); !ok || len(got) != 1 || got[0] != "/restapi/v1.0/account/{}/presence" {
		t.Errorf("actionsCode = %q, %v", got, ok)
	}
}

// TestSprintfDeferred: fmt.Sprintf on a format the target's callers give
// is deferred to them, and runs there on theirs.
func TestSprintfDeferred(t *testing.T) {
	tp := buildTest(t, `
import "fmt"
func sink(string) {}
func getByID(routeFmt string) func(id string) {
	return func(id string) { sink(fmt.Sprintf(routeFmt, id)) }
}
`)
	target := tp.funcs["getByID"]
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], target)
	if !ok || len(strs) != 1 || len(strs[0]) != 1 || !strs[0][0].IsParam {
		t.Fatalf("Strings = %q, %v; want one deferred call", renderAll(strs), ok)
	}
	d, ok := tp.prog.Deferred(target, strs[0][0].Param)
	if !ok {
		t.Fatal("no deferred call")
	}
	if got := renderAll(d.Fallback); len(got) != 1 || got[0] != "{$0}{}" {
		t.Errorf("Fallback = %q, want the format, then unknown", got)
	}
	out, ok := d.Run([][]Arg{{StrArg(Lit("/restapi/v1.0/account/~/recording/%s"))}, {StrArg(Str{{Unknown: true}})}})
	if got := renderAll(out); !ok || len(got) != 1 || got[0] != "/restapi/v1.0/account/~/recording/{}" {
		t.Errorf("Run = %q, %v", got, ok)
	}
}
