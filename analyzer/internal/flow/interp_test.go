package flow

import (
	"slices"
	"testing"
)

// TestInterpret: a helper filling a template's placeholders in a loop,
// slicing it at each brace, is run on its arguments, a token for each
// part known only at run time.
func TestInterpret(t *testing.T) {
	tp := buildTest(t, `
import (
	"net/url"
	"strings"
)
type Route string
func (r Route) Expand(params ...string) string {
	s := string(r)
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, p := range params {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(url.PathEscape(p))
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}
func sink(string) {}
func target(id string) {
	sink(Route("/restapi/v1.0/account/~/extension/{extensionId}/address-book/contact/{contactId}").Expand("~", id))
}`)
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["target"])
	want := []string{"/restapi/v1.0/account/~/extension/~/address-book/contact/{$0}"}
	if got := renderAll(strs); !ok || !slices.Equal(got, want) {
		t.Errorf("Strings = %q, want %q", got, want)
	}
}
