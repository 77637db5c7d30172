package analyzer

import (
	"go/token"

	"github.com/rcperm/rcperm/permissions"
)

// Result is what rcperm found in a package: every RingCentral request it
// checked there. Drivers that read results (rcperm manifest, rcperm
// explain) build on it; go vet and golangci-lint ignore it.
type Result struct {
	Requests []Request
}

// A Request is one checked request: where it is made or reached from, what
// it is, and what it needs.
type Request struct {
	Pos    token.Pos
	Method string // "{}" when not known
	Route  string // the path as shown in findings
	// Operations are the operations the request can be (one, unless its
	// route has unknown parts).
	Operations []*permissions.Operation
	// Requires is what it needs: all its operations may need.
	Requires permissions.Set
	// Chain is the calls from Pos down to the request, the first being
	// the call at Pos.
	Chain []Step
}

func newResult(sites []site) *Result {
	res := &Result{}
	for _, st := range sites {
		if !resolved(st.match) && st.match.Verdict != permissions.Ambiguous {
			continue
		}
		res.Requests = append(res.Requests, Request{
			Pos:        st.pos(),
			Method:     st.req.Method.render(),
			Route:      displayRoute(st.req.URL.render(), st.match),
			Operations: st.match.Candidates,
			Requires:   st.needs(),
			Chain:      st.chain,
		})
	}
	return res
}
