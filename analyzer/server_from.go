package analyzer

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"strings"

	"github.com/rcperm/rcperm/permissions"
)

// A client of a service that copies RingCentral's paths (an archive, a
// backup carrier) has a route rcperm resolves and a server its callers
// give: a Base field main sets, a parameter. Its package cannot tell, and
// reports the request where it is made, as RingCentral's: a server known
// only at run time may be RingCentral's. Its callers can: each one that
// instantiates the template with another service's server, or with
// RingCentral's (or one known only at run time), records the site's ID
// (RequestTemplate.ServerFrom) in its result, and a run that sees the
// whole program drops the site's findings when callers gave servers and
// none is RingCentral's. A host that checks one package at a time (go
// vet, golangci-lint) keeps them.

// callerServer reports whether a URL's server is a parameter, after a
// scheme or not ("https://" + host), followed by a rooted path: the
// function's callers say where the route goes.
func callerServer(v Value) bool {
	if len(v) > 0 && isLit(v[0]) && (v[0].Lit == "https://" || v[0].Lit == "http://") {
		v = v[1:]
	}
	return len(v) > 1 && v[0].IsParam && isLit(v[1]) && strings.HasPrefix(v[1].Lit, "/")
}

// siteID names a request site across packages.
func (s *packageScan) siteID(at ast.Expr) string {
	p := s.pass.Fset.Position(at.Pos())
	return fmt.Sprintf("%s/%s:%d:%d", s.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column)
}

// noteServer records, of a caller's instance of a template whose server
// the callee's callers give, what server this call gives: still its own
// caller's (the ID carried on), or another service's or RingCentral's.
func (s *packageScan) noteServer(r *RequestTemplate) {
	if r.ServerFrom == "" || callerServer(r.URL) {
		return
	}
	server, known := serverOf(r.URL)
	if known && permissions.OtherServer(server) {
		s.serversElsewhere[r.ServerFrom] = true
	} else {
		s.serversRingCentral[r.ServerFrom] = true
	}
	r.ServerFrom = ""
}

// serverOf is the origin a URL's literal text begins with ("https://host");
// known is false when a part known only at run time comes first.
func serverOf(v Value) (server string, known bool) {
	if len(v) == 0 || !isLit(v[0]) {
		return "", false
	}
	text := v[0].Lit
	scheme, rest, ok := strings.Cut(text, "://")
	if !ok {
		return "", false
	}
	host, _, slash := strings.Cut(rest, "/")
	if !slash && len(v) > 1 {
		return "", false // the host goes on past the literal
	}
	return scheme + "://" + host, true
}
