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
	return Rule{Path: strings.Repeat(action, 2)}, nil
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
