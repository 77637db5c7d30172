package main

import (
	"path/filepath"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	rcmanifest "github.com/rcperm/rcperm/internal/manifest"
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

// appGrants is what the app holds, for one package directory, as the
// analyzer reads it: inline from the command line or from the manifest.
type appGrants struct {
	granted permissions.Set
	m       *rcmanifest.Manifest // nil when inline
}

// factFinder gives findings their facts, reading each package directory's
// manifest once.
type factFinder struct {
	cfg   analyzer.Config
	rel   func(string) string // how facts name the manifest file
	byDir map[string]*appGrants
}

func newFactFinder(cfg analyzer.Config, rel func(string) string) *factFinder {
	return &factFinder{cfg: cfg, rel: rel, byDir: map[string]*appGrants{}}
}

// grants returns what the app holds for the code in dir, nil when it
// cannot be read (a manifest finding says why).
func (ff *factFinder) grants(dir string) *appGrants {
	if g, ok := ff.byDir[dir]; ok {
		return g
	}
	var g *appGrants
	if len(ff.cfg.Permissions) > 0 || ff.cfg.Scope != "" {
		names := append(append([]string(nil), ff.cfg.Permissions...), strings.Fields(ff.cfg.Scope)...)
		g = &appGrants{}
		for _, name := range names {
			s, _ := permissions.SetOf(permissions.Permission(name))
			g.granted |= s
		}
	} else if m, err := rcmanifest.Load(ff.manifestPath(dir)); err == nil {
		g = &appGrants{granted: m.Granted, m: m}
	}
	ff.byDir[dir] = g
	return g
}

// manifestPath is the manifest that governs the code in dir, as the
// standalone analyzer finds it: -manifest (relative to the current
// directory), or the nearest rcperm.yaml; "" when there is none.
func (ff *factFinder) manifestPath(dir string) string {
	if ff.cfg.Manifest != "" {
		return ff.cfg.Manifest
	}
	path, _ := rcmanifest.Find(dir)
	return path
}

// facts returns the finding's facts, nil when it has none (a manifest or
// ignore-directive finding).
func (ff *factFinder) facts(f driver.Finding) *findingFacts {
	g := ff.grants(filepath.Dir(f.Pos.Filename))
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
		if g != nil {
			facts.Missing = names(g.granted.Missing(req.Requires))
		}
	case f.Category != analyzer.CategoryUnusedPermission:
		return nil
	}
	if g == nil {
		return &facts
	}
	facts.Granted = names(g.granted)
	if g.m != nil {
		path, err := filepath.Abs(g.m.Path)
		if err != nil {
			path = g.m.Path
		}
		facts.Manifest = ff.rel(path)
		if e := grantingEntry(g.m, f); e != nil {
			facts.ManifestLine = e.Line
			facts.Permissions = []string{string(e.Permission)}
		} else if len(g.m.Entries) > 0 {
			facts.ManifestLine = g.m.Entries[0].Line
		}
	}
	return &facts
}

// grantingEntry is the manifest entry an unused-permission finding is
// about: the driver places the finding at that entry's line and column.
func grantingEntry(m *rcmanifest.Manifest, f driver.Finding) *rcmanifest.Entry {
	if f.Category != analyzer.CategoryUnusedPermission {
		return nil
	}
	path, err := filepath.Abs(m.Path)
	if err != nil || path != f.Pos.Filename {
		return nil
	}
	for i, e := range m.Entries {
		if e.Line == f.Pos.Line && e.Column == f.Pos.Column {
			return &m.Entries[i]
		}
	}
	return nil
}

func names(s permissions.Set) []string {
	var out []string
	for _, p := range s.Permissions() {
		out = append(out, string(p))
	}
	return out
}
