package flow

import (
	"slices"
	"testing"
)

// TestSplitList checks that a list joined and split is the list, and that
// a joined string that cannot be told apart (a list known only at run
// time, one a parameter stands for whole, elements after either) is no
// list.
func TestSplitList(t *testing.T) {
	param := Str{{Param: 0, IsParam: true}}
	unknown := Str{{Unknown: true}}
	for _, tc := range []struct {
		name   string
		joined Str
		want   []string // rendered; nil: not a list
	}{
		{"empty", joinList(nil), []string{}},
		{"literals", joinList([]Str{Lit("restapi"), Lit("v1.0")}), []string{"restapi", "v1.0"}},
		{"empty element", joinList([]Str{Lit("a"), {}, Lit("b")}), []string{"a", "", "b"}},
		{"unknown element", joinList([]Str{Lit("account"), unknown, Lit("call-log")}), []string{"account", "{}", "call-log"}},
		{"parameter element", joinList([]Str{Lit("id-"), param}), []string{"id-", "{$0}"}},
		{"element ending in a parameter", joinList([]Str{Concat(Lit("x-"), param)}), []string{"x-{$0}"}},
		{"concatenated", Concat(joinList([]Str{Lit("a")}), joinList([]Str{Lit("b")})), []string{"a", "b"}},
		{"unknown list", Lit(unknownList), nil},
		{"unknown list, then elements", Concat(Lit(unknownList), joinList([]Str{Lit("chats")})), nil},
		{"parameter list", param, nil},
		{"parameter list, then elements", Concat(param, joinList([]Str{Lit("chats")})), nil},
		{"unknown, then elements", Concat(unknown, joinList([]Str{Lit("chats")})), nil},
		{"unterminated", Concat(joinList([]Str{Lit("a")}), Lit("b")), nil},
	} {
		got, ok := SplitList(tc.joined)
		if tc.want == nil {
			if ok {
				t.Errorf("%s: SplitList = %v, want no list", tc.name, renderAll(got))
			}
			continue
		}
		if !ok || !slices.Equal(renderInOrder(got), tc.want) {
			t.Errorf("%s: SplitList = %v, %v; want %v", tc.name, renderInOrder(got), ok, tc.want)
		}
	}
}

// TestWithoutLists checks that a string made of a joined list is no
// string a question about strings answers.
func TestWithoutLists(t *testing.T) {
	got := withoutLists([]Str{Lit("/a"), joinList([]Str{Lit("b")}), Concat(Lit("/x/"), Lit(unknownList))})
	if want := []string{"/a", "{}"}; !slices.Equal(renderAll(got), want) {
		t.Errorf("withoutLists = %v, want %v", renderAll(got), want)
	}
	if HoldsListEnd(Lit("/restapi/v1.0")) || !HoldsListEnd(joinList([]Str{Lit("a")})) {
		t.Error("HoldsListEnd tells a route from a joined list wrongly")
	}
}

// renderInOrder renders each string of a list, in the list's order.
func renderInOrder(l []Str) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = render(s)
	}
	return out
}
