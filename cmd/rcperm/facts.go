package main

import (
	"path/filepath"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/permissions"
)

// findingFacts are a finding's facts as data, for -json and SARIF's
// result.properties: what the request is, what it needs, what the app is
// granted and where that is written.
type findingFacts struct {
	Method string `json:"method,omitempty"`
	Route  string `json:"route,omitempty"`
	// Filter is an event filter as the program writes it; Transport a
	// subscription's delivery transport.
	Filter    string `json:"filter,omitempty"`
	Transport string `json:"transport,omitempty"`
	// OperationID is the request's operation; OperationIDs, those an
	// ambiguous route may reach.
	OperationID  string   `json:"operationId,omitempty"`
	OperationIDs []string `json:"operationIds,omitempty"`
	// Permissions are what the request needs; Missing, those of them the
	// app's grants do not cover; Granted, the app's grants.
	// AnyOne says that any one of Permissions is enough (an event filter
	// whose documentation and spec disagree).
	Permissions []string `json:"permissions,omitempty"`
	AnyOne      bool     `json:"anyOne,omitempty"`
	Missing     []string `json:"missing,omitempty"`
	Granted     []string `json:"granted,omitempty"`
	// UserPermission is the user permission the request needs and the
	// role lacks (missing-user-permission).
	UserPermission string `json:"userPermission,omitempty"`
	// CurrentOperationID is the current operation a legacy one became
	// (deprecated-operation); Nearest, what a route or filter RingCentral
	// does not have most likely meant.
	CurrentOperationID string `json:"currentOperationId,omitempty"`
	Nearest            string `json:"nearest,omitempty"`
	// Manifest is the manifest file (relative to the current directory,
	// or in SARIF to the repository root), and ManifestLine the line of
	// the unused permission the finding is about, or of the first one
	// listed, where a missing one would go.
	Manifest     string `json:"manifest,omitempty"`
	ManifestLine int    `json:"manifestLine,omitempty"`
}

// factsOf returns what gives a finding its facts, nil when it has none (an
// ignore-directive finding, about a comment), with the manifest file named
// by rel. The grants are those the analyzer read for the finding's code, so
// the facts and the finding agree on which manifest governs it.
func factsOf(rel func(string) string) func(driver.Finding) *findingFacts {
	return func(f driver.Finding) *findingFacts { return findingFactsOf(f, rel) }
}

func findingFactsOf(f driver.Finding, rel func(string) string) *findingFacts {
	var facts findingFacts
	switch {
	case f.Request != nil:
		req := f.Request
		facts.Method, facts.Route = req.Method, req.Route
		if len(req.Operations) == 1 {
			facts.OperationID = req.Operations[0].ID
		}
		if len(req.Operations) > 1 {
			for _, op := range req.Operations {
				facts.OperationIDs = append(facts.OperationIDs, op.ID)
			}
		}
		facts.Permissions = names(req.Requires)
		if f.Grants != nil {
			facts.Missing = names(f.Grants.Granted.Missing(req.Requires))
		}
	case f.Subject != nil:
		subjectFacts(&facts, f)
	case f.Category != analyzer.CategoryUnusedPermission:
		return nil
	}
	if s := f.Subject; s != nil {
		facts.UserPermission, facts.CurrentOperationID, facts.Nearest = s.UserPermission, s.Current, s.Nearest
		if s.Manifest != "" {
			facts.Manifest, facts.ManifestLine = rel(absPath(s.Manifest)), s.ManifestLine
		}
	}
	g := f.Grants
	if g == nil {
		return &facts
	}
	facts.Granted = names(g.Granted)
	if g.Path != "" {
		facts.Manifest = rel(absPath(g.Path))
		if f.Unused != nil {
			facts.ManifestLine = f.Unused.Entry.Line
			facts.Permissions = []string{string(f.Unused.Entry.Permission)}
		} else if len(g.Entries) > 0 {
			facts.ManifestLine = g.Entries[0].Line
		}
	}
	return &facts
}

// subjectFacts gives the facts of a finding with no checked request: an
// event filter or transport, an unknown or legacy operation, a request the
// user's role may not make.
func subjectFacts(facts *findingFacts, f driver.Finding) {
	s := f.Subject
	facts.Method, facts.Route, facts.Filter, facts.Transport = s.Method, s.Route, s.Filter, s.Transport
	if len(s.OperationIDs) == 1 {
		facts.OperationID = s.OperationIDs[0]
	} else {
		facts.OperationIDs = s.OperationIDs
	}
	facts.Permissions = names(s.Requires | s.AnyOf)
	facts.AnyOne = s.AnyOf.Len() > 1 && s.Requires == 0
	if f.Grants != nil {
		granted := f.Grants.Granted
		missing := granted.Missing(s.Requires)
		if s.AnyOf != 0 && granted.Grants()&s.AnyOf == 0 {
			missing |= s.AnyOf
		}
		facts.Missing = names(missing)
	}
}

// absPath is path made absolute, or path when it cannot be.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

func names(s permissions.Set) []string {
	var out []string
	for _, p := range s.Permissions() {
		out = append(out, string(p))
	}
	return out
}
