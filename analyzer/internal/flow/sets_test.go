package flow

import (
	"fmt"
	"slices"
	"testing"
)

// TestUnionKeepsUnknown checks that a wholly unknown string (nil) is not
// taken for the empty string: a pure call that cannot tell its result,
// beside one that gives "", is still unknown, never lost.
func TestUnionKeepsUnknown(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b []Str
		want int
	}{
		{"unknown after empty", []Str{{}}, []Str{nil}, 2},
		{"empty after unknown", []Str{nil}, []Str{{}}, 2},
		{"empty twice", []Str{{}}, []Str{{}}, 1},
		{"unknown twice", []Str{nil}, []Str{nil}, 1},
		{"same text", []Str{Lit("/a")}, []Str{Lit("/a"), Lit("/b")}, 2},
	} {
		if got := union(tc.a, tc.b); len(got) != tc.want {
			t.Errorf("%s: union = %v, want %d strings", tc.name, renderAll(got), tc.want)
		}
	}
}

// TestUnknownBesideEmpty checks a request whose route is a pure call of
// a field the flow cannot tell (too many rules to pair), beside the empty
// route of a zero value: the route is unknown, not the bare server.
func TestUnknownBesideEmpty(t *testing.T) {
	tp := buildTest(t, `
import "strings"

type Rule struct{ Action, Method, Path string }

func get(action string) (Rule, error) {
	if action == "" {
		return Rule{}, nil
	}
	return Rule{Path: "/x/" + strings.ToUpper(action)}, nil
}

func sink(m, u string) {}

func Call(action, id string) {
	r, _ := get(action)
	sink(r.Method, "https://platform.ringcentral.com"+strings.ReplaceAll(r.Path, "{id}", id))
}
`)
	got, ok := tp.prog.Strings(tp.call(t, "sink").Args[1], tp.funcs["Call"])
	if !ok || !slicesContainUnknownTail(got) {
		t.Errorf("Strings = %v, %v; want a route with an unknown tail", renderAll(got), ok)
	}
}

func slicesContainUnknownTail(strs []Str) bool {
	for _, s := range strs {
		if len(s) > 1 && s[len(s)-1].Unknown {
			return true
		}
	}
	return false
}

// TestBoundCollapsesOrigins checks that a set past maxValues because a
// server is one of several, times a table of routes, keeps each route on
// a server known only at run time; a set whose paths alone are past the
// bound is still unknown.
func TestBoundCollapsesOrigins(t *testing.T) {
	servers := []Str{Lit("https://platform.ringcentral.com"), {{Lit: "http://"}, {Unknown: true}}, {{Unknown: true}}}
	paths := []string{"/restapi/v1.0/account/~", "/restapi/v1.0/account/~/business-hours", "/restapi/v1.0/account/~/call-recording", "/team-messaging/v1/chats"}
	var set []Str
	for _, p := range paths {
		for _, s := range servers {
			set = append(set, Concat(s, Lit(p)))
		}
	}
	got := renderAll(bound(set))
	want := []string{"{}/restapi/v1.0/account/~", "{}/restapi/v1.0/account/~/business-hours", "{}/restapi/v1.0/account/~/call-recording", "{}/team-messaging/v1/chats"}
	if !slices.Equal(got, want) {
		t.Errorf("bound(%d servers x %d routes) = %q, want %q", len(servers), len(paths), got, want)
	}
	var many []Str
	for i := range maxValues + 1 {
		many = append(many, Concat(servers[0], Lit(fmt.Sprintf("/restapi/v1.0/account/%d/x%d", i, i))))
	}
	if got := bound(many); len(got) != 1 || got[0][0].Unknown != true || len(got[0]) != 1 {
		t.Errorf("bound(%d routes on one server) = %q, want one unknown string", len(many), renderAll(got))
	}
}

// TestFills checks which strings are a template with some placeholders
// filled: each {name} kept or replaced by one segment, the rest the same.
func TestFills(t *testing.T) {
	unk, p0 := Part{Unknown: true}, Part{Param: 0, IsParam: true}
	tmpl := Lit("/account/{accountId}/extension/{extensionId}/presence")
	for _, tc := range []struct {
		name string
		t    Str
		want bool
	}{
		{"the template", tmpl, true},
		{"one filled by a hole", Str{{Lit: "/account/"}, unk, {Lit: "/extension/{extensionId}/presence"}}, true},
		{"both filled", Str{{Lit: "/account/~/extension/"}, p0, {Lit: "/presence"}}, true},
		{"filled by text and a hole", Str{{Lit: "/account/a-"}, unk, {Lit: "/extension/~/presence"}}, true},
		{"filled by two segments", Lit("/account/a/b/extension/~/presence"), false},
		{"filled by nothing", Lit("/account//extension/~/presence"), false},
		{"other text", Lit("/account/~/extension/~/presence/x"), false},
		{"a hole beside the template's text", Str{{Lit: "/account/{accountId}/extension/{extensionId}/presence"}, unk}, false},
	} {
		if got := fills(tc.t, tmpl); got != tc.want {
			t.Errorf("%s: fills(%s) = %v, want %v", tc.name, render(tc.t), got, tc.want)
		}
	}
	if fills(Lit("/a/{b}"), Lit("/a/b")) {
		t.Error("a placeholder of t filled a template's text")
	}
}

// TestKeepsFields checks which pointer parameters a function sets no
// field of: read, or handed to a function that keeps it, kept; stored
// into, handed to one that sets it, or kept in memory, not.
func TestKeepsFields(t *testing.T) {
	tp := buildTest(t, `
type Client struct{ base string }

func (c *Client) URL(p string) string { return c.base + p }
func Read(c *Client, p string) string  { return c.URL(p) }
func Set(c *Client)                    { c.base = "https://example.com" }
func Through(c *Client)                { Set(c) }
func Kept(c *Client, other *Client)    { _ = c.URL(""); Set(other) }

var held *Client

func Hold(c *Client) { held = c }
`)
	for _, tc := range []struct {
		fn   string
		want []int
	}{
		{"Read", []int{0}},
		{"Set", nil},
		{"Through", nil},
		{"Kept", []int{0}},
		{"Hold", nil},
	} {
		if got := tp.prog.KeepsFields(tp.funcs[tc.fn]); !slices.Equal(got, tc.want) {
			t.Errorf("KeepsFields(%s) = %v, want %v", tc.fn, got, tc.want)
		}
	}
	if got := tp.prog.KeepsFields(tp.method("Client", "URL")); !slices.Equal(got, []int{0}) {
		t.Errorf("KeepsFields(URL) = %v, want the receiver", got)
	}
}
