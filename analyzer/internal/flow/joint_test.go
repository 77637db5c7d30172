package flow

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestJointTables asks, for tables of every size around a set's bound
// and each way a step gives its route, the method a helper reads off the
// step beside the route computed from it: each group must be one step's
// method and its own route, every step once, none of the table of the
// same type that is never ranged over.
func TestJointTables(t *testing.T) {
	methods := []string{"GET", "POST", "PUT", "DELETE"}
	shapes := []struct {
		name string
		// elem writes step i of the table; route is the expression
		// the loop hands the helper beside the step.
		elem  func(i int, method string) string
		route string
	}{
		{"path field", func(i int, m string) string {
			return fmt.Sprintf("{method: %q, path: \"/r/%d\"}", m, i)
		}, "st.path"},
		{"method of static paths", func(i int, m string) string {
			return fmt.Sprintf("{method: %q, path: \"/r/%d\"}", m, i)
		}, "st.route()"},
		{"method of paths and closures", func(i int, m string) string {
			if i%3 == 0 {
				return fmt.Sprintf("{method: %q, build: func() string { return fmt.Sprintf(\"/r/%%d\", %d) }}", m, i)
			}
			return fmt.Sprintf("{method: %q, path: \"/r/%d\"}", m, i)
		}, "st.route()"},
		{"method of closures", func(i int, m string) string {
			return fmt.Sprintf("{method: %q, build: func() string { return \"/r/\" + %q }}", m, fmt.Sprint(i))
		}, "st.route()"},
	}
	for _, shape := range shapes {
		for _, n := range []int{2, maxValues, maxValues + 1, 4 * maxValues} {
			t.Run(fmt.Sprintf("%s/%d", shape.name, n), func(t *testing.T) {
				var elems []string
				want := map[string]string{}
				for i := range n {
					m := methods[i%len(methods)]
					elems = append(elems, shape.elem(i, m))
					want[fmt.Sprintf("/r/%d", i)] = m
				}
				src := fmt.Sprintf(`import "fmt"

type step struct {
	method, path string
	build        func() string
}

func (s step) route() string {
	if s.build != nil {
		return s.build()
	}
	return s.path
}

var steps = []step{
	%s,
}

// Of the same type, never ranged over by run.
var others = []step{{method: "PATCH", path: "/other"}, {method: "HEAD", build: func() string { return "/built" }}}

func fetch(st step, route string) { sink(st.method, route) }

func run() {
	for _, st := range steps {
		fetch(st, %s)
	}
}

func sink(method, url string) {}

var _ = others
var _ = fmt.Sprint
`, strings.Join(elems, ",\n\t"), shape.route)
				tp := buildTest(t, src)
				call := tp.call(t, "fetch")
				groups, ok := tp.prog.Joint([]Question{{Call: call, Slot: 1, Field: 0}, {Expr: call.Args[1]}}, tp.funcs["run"])
				if !ok {
					t.Fatal("no joint answer")
				}
				got := map[string]string{}
				for _, g := range groups {
					ms, routes := renderAll(g[0]), renderAll(g[1])
					if len(ms) != 1 || len(routes) != 1 {
						t.Fatalf("group %v %v is not one step's", ms, routes)
					}
					if _, dup := got[routes[0]]; dup {
						t.Fatalf("route %s in two groups", routes[0])
					}
					got[routes[0]] = ms[0]
				}
				if !maps.Equal(got, want) {
					keys := slices.Sorted(maps.Keys(got))
					t.Errorf("got %d groups %v, want %d", len(got), keys, len(want))
					for _, k := range keys {
						if want[k] != got[k] {
							t.Errorf("%s: method %q, want %q", k, got[k], want[k])
						}
					}
				}
			})
		}
	}
}
