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

// TestSprintfCallersFormat: a request helper formatting the callers'
// format with operands it escapes in a loop (newRequest(ctx, method,
// pathFmt string, args ...any)) leaves the call to its callers, and there
// each verb of the format is known only at run time.
func TestSprintfCallersFormat(t *testing.T) {
	tp := buildTest(t, `
import (
	"fmt"
	"net/url"
)

func sink(string) {}

func newRequest(pathFmt string, args ...any) {
	escaped := make([]any, len(args))
	for i, a := range args {
		escaped[i] = url.PathEscape(fmt.Sprint(a))
	}
	sink(fmt.Sprintf(pathFmt, escaped...))
}
`)
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["newRequest"])
	if got := renderAll(strs); !ok || !slices.Equal(got, []string{"{$192}"}) {
		t.Errorf("in newRequest: Strings = %q, %v; want the call deferred", got, ok)
	}
	for format, want := range map[string]string{
		"/restapi/v1.0/account/%s/extension/%d/presence": "/restapi/v1.0/account/{}/extension/{}/presence",
		"/restapi/v1.0/account/~/call-log%%3F":           "/restapi/v1.0/account/~/call-log%3F",
	} {
		out, ok := Deferred{Code: verbsUnknownCode}.Run([][]Arg{{StrArg(Lit(format))}})
		if got := renderAll(out); !ok || !slices.Equal(got, []string{want}) {
			t.Errorf("verbsUnknown(%q) = %q, %v; want %q", format, got, ok, want)
		}
	}
}

// TestSprintfFormatWithHoles: a format built from a value known only at
// run time (a table's "/account/" + account + "/extension/%s", the
// account an ID from the environment) is formatted with the ID's token as
// text; a format that is wholly unknown, or one left with an operand
// over, is unknown.
func TestSprintfFormatWithHoles(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`fmt.Sprintf(routes["presence"], id)`, []string{"/restapi/v1.0/account/{}/extension/{$0}/presence"}},
		{`fmt.Sprintf(routes["contacts"])`, []string{"/restapi/v1.0/account/{}/extension/~/address-book/contact"}},
		{`fmt.Sprintf(routes["contacts"], id)`, []string{"{}"}},
		{`fmt.Sprintf(os.Getenv("FORMAT"), id)`, []string{"{}"}},
	}
	for _, tc := range tests {
		tp := buildTest(t, `
import (
	"fmt"
	"os"
)

func sink(string) {}

func route(id string) {
	base := "/restapi/v1.0/account/" + os.Getenv("ACCOUNT")
	routes := map[string]string{
		"presence": base + "/extension/%s/presence",
		"contacts": base + "/extension/~/address-book/contact",
	}
	_ = routes
	sink(`+tc.expr+`)
}
`)
		strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["route"])
		got := renderAll(strs)
		if !ok || !slices.Equal(got, tc.want) {
			t.Errorf("%s = %q, %v; want %q", tc.expr, got, ok, tc.want)
		}
	}
}
