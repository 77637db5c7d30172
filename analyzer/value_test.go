package analyzer

import (
	"strings"
	"testing"

	"github.com/rcperm/rcperm/permissions"
)

// TestAbsoluteTail checks where a URL that holds a whole URL after other
// text goes: to that URL's host when it is in the path (a webhook's URL
// resolved against the client's server), nowhere else when it is in the
// query (a redirect_uri).
func TestAbsoluteTail(t *testing.T) {
	p0 := Part{IsParam: true, Param: 0}
	for _, tc := range []struct {
		name string
		in   Value
		want string
	}{
		{"a path", lit("https://platform.ringcentral.com/restapi/v1.0/account/~"), "https://platform.ringcentral.com/restapi/v1.0/account/~"},
		{"a whole URL after the server", lit("https://platform.ringcentral.com/https://hooks.example.com/T0"), "https://hooks.example.com/T0"},
		{"after a server known at run time", concat(unknown(), lit("/https://hooks.example.com/"), Value{p0}), "https://hooks.example.com/{}"},
		{"in the query", lit("https://platform.ringcentral.com/restapi/oauth/authorize?redirect_uri=https://app.example.com/cb"), "https://platform.ringcentral.com/restapi/oauth/authorize?redirect_uri=https://app.example.com/cb"},
		{"in a query part after a parameter", concat(lit("https://platform.ringcentral.com/restapi/oauth/authorize?client_id="), Value{p0}, lit("&redirect_uri=https://app.example.com/cb")), "https://platform.ringcentral.com/restapi/oauth/authorize?client_id={}&redirect_uri=https://app.example.com/cb"},
	} {
		if got := absoluteTail(tc.in).render(); got != tc.want {
			t.Errorf("%s: absoluteTail(%s) = %s; want %s", tc.name, tc.in.render(), got, tc.want)
		}
	}
}

// TestVariadicArityCoversRoutes keeps the variadic joiners' summaries as
// long as RingCentral's longest route, one argument a segment.
func TestVariadicArityCoversRoutes(t *testing.T) {
	longest := 0
	for _, op := range append(permissions.Operations(), permissions.LegacyOperations()...) {
		longest = max(longest, len(strings.Split(strings.Trim(op.Path, "/"), "/")))
	}
	if maxVariadicArity < longest {
		t.Errorf("maxVariadicArity = %d, but a route has %d segments", maxVariadicArity, longest)
	}
}
