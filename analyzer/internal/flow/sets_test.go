package flow

import "testing"

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
