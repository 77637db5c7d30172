package flow

import (
	"slices"
	"testing"
)

// TestSprintfUnknownOperands checks fmt.Sprintf of a literal format with
// operands the flow cannot list (mapped in a loop): each verb unknown, the
// format's text kept; a format with an explicit index or a * width is
// unknown whole.
func TestSprintfUnknownOperands(t *testing.T) {
	tests := []struct {
		format string
		want   []string
	}{
		{`"/v1/account/%s/extension/%v/presence"`, []string{"/v1/account/{}/extension/{}/presence"}},
		{`"/v1/count/%05d%%"`, []string{"/v1/count/{}%"}},
		{`"/v1/%[1]s"`, []string{"{}"}},
		{`"/v1/%*d"`, []string{"{}"}},
	}
	for _, tc := range tests {
		tp := buildTest(t, `
import (
	"fmt"
	"net/url"
)

func sink(string) {}

func format(args ...any) {
	escaped := make([]any, len(args))
	for i, a := range args {
		escaped[i] = url.PathEscape(fmt.Sprint(a))
	}
	sink(fmt.Sprintf(`+tc.format+`, escaped...))
}
`)
		strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["format"])
		got := renderAll(strs)
		if !ok || !slices.Equal(got, tc.want) {
			t.Errorf("Sprintf(%s, mapped...) = %q, %v; want %q", tc.format, got, ok, tc.want)
		}
	}
}
