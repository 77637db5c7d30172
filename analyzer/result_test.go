package analyzer_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/permissions"
)

// resultOf returns the Result of one fixture package among TestAnalyzer's
// results (its load type-checks std: one is enough).
func resultOf(t *testing.T, results []*analysistest.Result, pkg string) *analyzer.Result {
	t.Helper()
	for _, r := range results {
		if r.Pass.Pkg.Path() == pkg {
			return r.Result.(*analyzer.Result)
		}
	}
	t.Fatalf("no result for %s", pkg)
	return nil
}

// checkResultRoutes: the route constants rcperm may lose before a request
// (a map value, an interface method's argument, a constant passed to one)
// are the Result's Routes; a handler registration, a comparison, a switch
// case, strings.HasPrefix, a prefix of a longer string, an ignored line and
// a test file are not.
func checkResultRoutes(t *testing.T, results []*analysistest.Result) {
	res := resultOf(t, results, "routes")
	var got []string
	for _, r := range res.Routes {
		got = append(got, r.Text)
	}
	want := []string{
		"/restapi/v1.0/account/~/extension/~/message-store",
		"/restapi/v1.0/account/~/call-log",
		"/restapi/v1.0/account/~/extension/~/presence",
		"/restapi/v1.0/account/{}/active-calls",
		"/restapi/v1.0/account/~/extension/{}/fax",
		"/restapi/v1.0/account/~/extension/{}/sms",
		"/restapi/v1.0/account/~/extension/~/greeting",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Routes = %q, want %q", got, want)
	}
	if res.Grants == nil || res.Grants.Source != "rcperm.yaml" {
		t.Errorf("Grants = %+v, want those of routes/rcperm.yaml: a package with routes needs its manifest judged", res.Grants)
	}
}

// checkResultIgnoredNotNeeded: a call //rcperm:ignore silences is neither a
// request of the Result nor a need of it: the ignore keeps its grant out.
func checkResultIgnoredNotNeeded(t *testing.T, results []*analysistest.Result) {
	res := resultOf(t, results, "suppress")
	// suppress.go makes three call-log requests that no directive
	// silences, two that one does, and one ignored extension request.
	want, _ := permissions.SetOf("ReadCallLog")
	if res.Needs != want {
		t.Errorf("Needs = %s, want %s: an ignored call is no need", res.Needs, want)
	}
	for _, req := range res.Requests {
		if req.Requires != want {
			t.Errorf("request %s %s needing %s is in the Result although ignored", req.Method, req.Route, req.Requires)
		}
	}
}

// checkResultAnswered: a request to another company's API whose path
// holds a struct field (https://api.twilio.com/.../{t.SID}/...) is no
// route field of RingCentral's left unanswered: not an unresolved request.
func checkResultAnswered(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	if res := resultOf(t, results, "example.com/registry/app"); len(res.Unresolved) != 0 {
		t.Errorf("registry/app: Unresolved = %+v, want none", res.Unresolved)
	}
}

// checkResultLostRoute: the URLs main reads from the environment and
// hands to the scheduler's Fetch are routes rcperm loses on the way to
// the client interface main wires in. The client's request is then an
// unresolved request where the implementation is in sight, never
// dropped: the manifest's unused grant must not be advised away. (The
// jobs' URL builders, the functions in a field of the list's elements,
// are resolved: each is its request.)
func checkResultLostRoute(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	res := resultOf(t, results, "example.com/jobfuncs/app")
	if len(res.Unresolved) != 1 {
		t.Errorf("jobfuncs/app: Unresolved = %+v, want the scheduler's Fetch through its client", res.Unresolved)
	}
}

// checkResultDescriptors: every request a port's implementation makes
// from the descriptors handed to it is resolved, the dispatched
// handlers' included, and the descriptor handed to a logger's port is
// no request. The services count their port calls unresolved; the
// package that wires the ports resolves each (the standalone driver
// drops them so), and leaves nothing unresolved of its own.
func checkResultDescriptors(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	svc, app := resultOf(t, results, "example.com/portstruct/svc"), resultOf(t, results, "example.com/portstruct/app")
	if len(svc.Unresolved) != 5 {
		t.Errorf("portstruct/svc: %d unresolved, want its 5 port calls", len(svc.Unresolved))
	}
	for _, u := range svc.Unresolved {
		if !slices.Contains(app.ResolvedLate, u.Late) {
			t.Errorf("portstruct/app does not resolve the port call at %s (%s)", u.Late, u.URL)
		}
	}
	if len(app.Unresolved) != 0 {
		t.Errorf("portstruct/app: Unresolved = %+v, want none", app.Unresolved)
	}
}
