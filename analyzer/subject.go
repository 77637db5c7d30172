package analyzer

import (
	"errors"

	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// A Subject is what one finding is about, as data: the request, event
// filter, subscription transport or manifest, and what it needs. A driver
// gives it to the finding of the same category and message (Key), for
// structured output (rcperm -json, SARIF properties). It holds no position:
// the message already says all of it that differs from site to site.
type Subject struct {
	Category, Message string
	// Method and Route are a request's, as the message shows them.
	Method, Route string
	// Filter is an event filter as the program writes it; Transport a
	// subscription's delivery transport.
	Filter, Transport string
	// OperationIDs are the operations the request or filter can be.
	OperationIDs []string
	// Requires is what it needs, all of it; AnyOf what it needs any one
	// of (an event filter whose documentation and spec disagree).
	Requires, AnyOf permissions.Set
	// UserPermission is the user permission the request needs and the
	// role lacks (missing-user-permission).
	UserPermission string
	// Current is the operationId of the current operation a legacy one
	// became (deprecated-operation).
	Current string
	// Nearest is what a route or filter that RingCentral does not have
	// most likely meant: an operation ("GET /path (id)") or a filter.
	Nearest string
	// Manifest is the manifest file a manifest finding is about, and
	// ManifestLine the line of the problem (0 when unknown).
	Manifest     string
	ManifestLine int
	// Picked is, for a request whose route another package picks (a
	// late-bound call the package resolves where it wires the callee
	// in; an implementation's Route() method a call of the package
	// dispatches to), where it does so. The finding is the package's,
	// in its files, at Reported, its first step; a host that reports in
	// any package's files (rcperm) reports it at Picked.
	Picked, Reported *Step
}

// Key is what ties a subject to its finding: the category and message.
func (s Subject) Key() string { return SubjectKey(s.Category, s.Message) }

// SubjectKey is the Key of the subject of a finding with this category and
// message.
func SubjectKey(category, message string) string { return category + "\x00" + message }

// siteSubject is the subject of a finding about a request site.
func siteSubject(st site, category, msg string) Subject {
	s := Subject{Category: category, Message: msg, Method: st.req.Method.render(),
		Route: displayRoute(st.req.URL.render(), st.match), Requires: st.match.Requires}
	for _, op := range st.match.Candidates {
		s.OperationIDs = append(s.OperationIDs, op.ID)
	}
	if op := st.match.Operation(); op != nil && op.Legacy {
		s.Current = op.Current
	}
	if n := st.match.Nearest; n != nil {
		s.Nearest = n.String()
	}
	return s
}

// itemSubject is the subject of a finding about an event filter or a
// transport.
func itemSubject(it subscriptionItem, category, msg string) Subject {
	s := Subject{Category: category, Message: msg, Filter: it.filter, Transport: it.transport, Requires: it.allOf, AnyOf: it.anyOf}
	if op := it.match.Operation.Operation(); op != nil {
		s.OperationIDs = []string{op.ID}
	}
	if n := it.match.Nearest; n != nil && it.match.Verdict == permissions.UnknownFilter {
		s.Nearest = n.Template
	}
	return s
}

// manifestSubject is the subject of a finding that the app's permissions
// cannot be read.
func manifestSubject(g *grants, msg string) Subject {
	s := Subject{Category: CategoryManifest, Message: msg, Manifest: g.path}
	var me *manifest.Error
	if errors.As(g.err, &me) {
		if s.Manifest == "" {
			s.Manifest = me.Path
		}
		s.ManifestLine = me.Line
	}
	return s
}
