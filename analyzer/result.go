package analyzer

import (
	"go/token"

	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// Result is what rcperm found in a package: every RingCentral request it
// checked there. Drivers that read results (rcperm manifest, rcperm
// explain) build on it; go vet and golangci-lint ignore it. A driver that
// sees a whole analyzed set judges unused-permission from it, per
// manifest: one package cannot (see doc.go).
type Result struct {
	// Requests are the checked requests, less those //rcperm:ignore
	// silences: an ignored call is not a need.
	Requests []Request
	// Needs is what the package's requests and those of its dependencies
	// need, ignored calls aside.
	Needs permissions.Set
	// Grants is what the manifest governing the package grants; nil when
	// the package needs nothing and has no routes, or the manifest could
	// not be read (the package's findings say why).
	Grants *Grants
	// Routes are the package's route constants that rcperm does not know
	// to be something other than a request. A route that no checked
	// request of the analyzed set shares an operation with is not followed.
	Routes []Route
	// Anchor is where a finding about the package as a whole goes when
	// its manifest has no file: the main function, or the package clause.
	Anchor token.Pos
	// ReportsUnused is whether the configuration reports unused-permission
	// (-enable, -disable): the driver that judges it follows the same
	// selection as the pass.
	ReportsUnused bool
	// Subscriptions are the event filters and transports of the
	// subscriptions the package creates.
	Subscriptions []SubscriptionNeed
	// Unresolved are the requests whose operation rcperm cannot tell, less
	// those //rcperm:ignore silences and //rcperm:route resolves: until
	// none is left, no one can say which grants the app does not need.
	Unresolved []Unresolved
	// Subjects are what the package's findings are about, as data: each
	// finding's is the one with its Key (see Subject).
	Subjects []Subject
	// Unseen are the calls that hand routes to functions of other modules
	// rcperm learned nothing about: a driver that read their packages
	// without facts may read them from source and analyze again.
	Unseen []UnseenCall
	// ResolvedLate are the IDs of the late-bound interface calls of other
	// packages that this one resolved (Unresolved.Late): a driver that
	// sees the whole program no longer counts them unresolved.
	ResolvedLate []string
	// ServersElsewhere and ServersRingCentral are the IDs of other
	// packages' request sites (Request.ServerFrom) whose server this
	// one's calls give as another service's, or as RingCentral's (or one
	// known only at run time): a driver that sees the whole program drops
	// the findings of a site only other services' servers reach.
	ServersElsewhere, ServersRingCentral []string
}

// Grants is what an app is configured to hold.
type Grants struct {
	// Path is the manifest file; "" for permissions given inline.
	Path    string
	Source  string // for messages: "rcperm.yaml", "-permissions"
	Granted permissions.Set
	Entries []manifest.Entry
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
	// ServerFrom is the site's ID when its server is its function's
	// callers' to give (RequestTemplate.ServerFrom); "" otherwise.
	ServerFrom string
}

func newRequests(sites []site) []Request {
	var out []Request
	for _, st := range sites {
		if !resolved(st.match) && st.match.Verdict != permissions.Ambiguous {
			continue
		}
		out = append(out, Request{
			Pos:        st.pos(),
			Method:     st.req.Method.render(),
			Route:      displayRoute(st.req.URL.render(), st.match),
			Operations: st.match.Candidates,
			Requires:   st.needs(),
			Chain:      st.chain,
			ServerFrom: st.req.ServerFrom,
		})
	}
	return out
}

// An Unresolved is a request whose run-time parts leave open which
// RingCentral operation it calls, or whether it calls one at all.
type Unresolved struct {
	Pos    token.Pos
	Method string // "{}" when not known
	URL    string // the URL as rcperm knows it, "{}" for each run-time part
	// Known is the path known before the run-time part ("" when nothing of
	// it is known).
	Known string
	// RingCentral is true when the request surely goes to RingCentral (its
	// host or its path's root says so): only those are reported as
	// findings; the others count, and rcperm explain -unresolved lists
	// them.
	RingCentral bool
	// Chain is the calls from Pos down to the request.
	Chain []Step
	// Filter is, for a subscription's event filter rcperm cannot tell, the
	// filter as it reads it ("{}" for a whole list); "" for a request.
	Filter string
	// Late is, for an interface method call no implementation in sight
	// answers, its ID: another package that sees one may resolve it
	// (Result.ResolvedLate).
	Late string
}

func newUnresolved(sites []site) []Unresolved {
	var out []Unresolved
	for _, st := range sites {
		out = append(out, Unresolved{
			Pos:         st.pos(),
			Method:      st.req.Method.render(),
			URL:         st.req.URL.render(),
			Known:       st.gap.Known,
			RingCentral: st.gap.RingCentral,
			Chain:       st.chain,
			Filter:      st.filter,
			Late:        st.late,
		})
	}
	return out
}
