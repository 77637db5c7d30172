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
	// OperationID is the request's operation; OperationIDs, those an
	// ambiguous route may reach.
	OperationID  string   `json:"operationId,omitempty"`
	OperationIDs []string `json:"operationIds,omitempty"`
	// Permissions are what the request needs; Missing, those of them the
	// app's grants do not cover; Granted, the app's grants.
	Permissions []string `json:"permissions,omitempty"`
	Missing     []string `json:"missing,omitempty"`
	Granted     []string `json:"granted,omitempty"`
	// Manifest is the manifest file (relative to the current directory,
	// or in SARIF to the repository root), and ManifestLine the line of
	// the unused permission the finding is about, or of the first one
	// listed, where a missing one would go.
	Manifest     string `json:"manifest,omitempty"`
	ManifestLine int    `json:"manifestLine,omitempty"`
}

// factsOf returns what gives a finding its facts, nil when it has none (a
// manifest or ignore-directive finding), with the manifest file named by
// rel. The grants are those the analyzer read for the finding's code, so
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
	case f.Category != analyzer.CategoryUnusedPermission:
		return nil
	}
	g := f.Grants
	if g == nil {
		return &facts
	}
	facts.Granted = names(g.Granted)
	if g.Path != "" {
		path, err := filepath.Abs(g.Path)
		if err != nil {
			path = g.Path
		}
		facts.Manifest = rel(path)
		if f.Unused != nil {
			facts.ManifestLine = f.Unused.Entry.Line
			facts.Permissions = []string{string(f.Unused.Entry.Permission)}
		} else if len(g.Entries) > 0 {
			facts.ManifestLine = g.Entries[0].Line
		}
	}
	return &facts
}

func names(s permissions.Set) []string {
	var out []string
	for _, p := range s.Permissions() {
		out = append(out, string(p))
	}
	return out
}
