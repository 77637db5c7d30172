package flow

import (
	"fmt"
	"testing"
)

// TestCalledParamResult asks for a URL a function builds by calling the
// function value it is handed, however the call reaches it: directly, in
// a closure, in a goroutine of a closure it returns. Each is the
// projection of the parameter's result, for its callers to fill in; a
// function value the function makes itself is followed.
func TestCalledParamResult(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"direct", `sink(urlFor(1))`, "{$1277}"},
		{"closure", `f := func() { sink(urlFor(2)) }
	f()`, "{$1277}"},
		{"returned goroutine", `go func() {
		for n := 1; n < 3; n++ {
			sink(urlFor(n))
		}
	}()`, "{$1277}"},
		{"reassigned", `urlFor = func(int) string { return "/x" }
	sink(urlFor(1))`, "/x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, fmt.Sprintf(`
func fetch(urlFor func(page int) string) {
	%s
}

func sink(url string) {}
`, tc.body))
			got, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["fetch"])
			if !ok || len(got) != 1 || render(got[0]) != tc.want {
				t.Errorf("got %v %v, want %s", renderAll(got), ok, tc.want)
			}
		})
	}
}
