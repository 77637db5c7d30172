package flow

import (
	"slices"
	"testing"
)

// TestListElements: a list built by literals, append, a package-level
// list and a helper of the package is followed with the helper's list
// parameter bound to the caller's list, so two lists through one helper
// stay apart; a map of lists gives every list's elements, and an element
// stored or formatted under a test of it only those that pass.
func TestListElements(t *testing.T) {
	src := `
import (
	"fmt"
	"strings"
)
var account = []string{"/restapi/v1.0/account/~/telephony/sessions"}
var features = map[string][]string{
	"voicemail": {"/restapi/v1.0/account/~/extension/~/voicemail"},
	"presence":  {"/restapi/v1.0/account/~/extension/%s/presence"},
	"directory": {"/restapi/v1.0/account/~/directory/entries"},
}
func Core(ids []string) []string {
	out := append([]string{}, account...)
	for _, id := range ids {
		out = append(out, fmt.Sprintf("/restapi/v1.0/account/~/extension/%s/presence", id))
	}
	return dedupe(out)
}
func Other() []string { return dedupe([]string{"/restapi/v1.0/account/~/extension"}) }
func Templates(names, ids []string) []string {
	var out []string
	for _, name := range names {
		for _, t := range features[name] {
			if !strings.Contains(t, "%s") {
				out = append(out, t)
				continue
			}
			for _, id := range ids {
				out = append(out, fmt.Sprintf(t, id))
			}
		}
	}
	return out
}
func Feature(name string) []string {
	var out []string
	for _, f := range features[name] {
		out = append(out, f)
	}
	return out
}
func dedupe(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, f := range in {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
`
	tp := buildTest(t, src)
	for fn, want := range map[string][]string{
		"Core":    {"/restapi/v1.0/account/~/extension/{$1279}/presence", "/restapi/v1.0/account/~/telephony/sessions"},
		"Other":   {"/restapi/v1.0/account/~/extension"},
		"Feature": {"/restapi/v1.0/account/~/directory/entries", "/restapi/v1.0/account/~/extension/%s/presence", "/restapi/v1.0/account/~/extension/~/voicemail"},
		// Each template passes the test of the branch it is used in: one
		// with a verb is formatted, one without taken as it is.
		"Templates": {"/restapi/v1.0/account/~/directory/entries", "/restapi/v1.0/account/~/extension/{$1791}/presence", "/restapi/v1.0/account/~/extension/~/voicemail"},
	} {
		strs, ok := tp.prog.ListElements(tp.funcs[fn])
		if got := renderAll(strs); !ok || !slices.Equal(got, want) {
			t.Errorf("ListElements(%s) = %q, %v; want %q", fn, got, ok, want)
		}
	}
}
