package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// An app is the root packages one manifest governs: a manifest describes
// one RingCentral app, and every program and library that uses it shares
// its grants, so its grants are judged against them all together.
type app struct {
	grants *analyzer.Grants
	needs  permissions.Set
	// unresolved are the requests of its packages whose operation rcperm
	// cannot tell: while one is left, any grant may be the one it needs.
	unresolved []analyzer.Unresolved
	// dirs are the directories of its packages in the run.
	dirs map[string]bool
	// anchor and pkg place a finding when the grants have no file: the
	// first package's main function or package clause.
	anchor token.Pos
	pkg    string
}

// An Unfollowed is a route constant of the code that no checked request
// follows: rcperm sees the route but loses it before any request (a map, an
// interface, a function value, a channel, a function it does not read).
type Unfollowed struct {
	Pos        token.Position
	Text       string
	Operations []*permissions.Operation
	Requires   permissions.Set // what any of its operations needs
}

// apps groups the root packages by the manifest that governs them, in the
// order of their first package.
func (r *Run) apps() []*app {
	var out []*app
	byKey := map[string]*app{}
	late, counted := r.resolvedLate(), map[string]bool{}
	for _, pr := range r.roots {
		res := pr.result
		if res == nil || res.Grants == nil {
			continue
		}
		key := res.Grants.Source + "\x00" + res.Grants.Path
		a := byKey[key]
		if a == nil {
			a = &app{grants: res.Grants, anchor: res.Anchor, pkg: pr.sp.pkg.ID, dirs: map[string]bool{}}
			byKey[key] = a
			out = append(out, a)
		}
		a.needs |= res.Needs
		a.unresolved = append(a.unresolved, unresolvedIn(res, late, counted)...)
		if dir := packageDir(pr.sp.pkg); dir != "" {
			a.dirs[dir] = true
		}
	}
	return out
}

// Unfollowed returns the route constants of the root packages that no
// checked request follows, each once, in file order.
//
// A route constant counts as followed when some checked request of the
// analyzed set can be one of its operations. Tracking which constants
// flowed into which request would be exact, but the value flow folds a URL
// into text and loses where each part came from; the operation rule is
// the same question asked of what the flow keeps, and it errs only
// towards "followed" when a constant and a checked request share an
// operation, in which case the request's permission is demanded anyway.
func (r *Run) Unfollowed() []Unfollowed {
	checked := map[string]bool{}
	for _, req := range r.Requests() {
		for _, op := range req.Operations {
			checked[op.ID] = true
		}
	}
	var out []Unfollowed
	seen := map[string]bool{}
	for _, pr := range r.roots {
		if pr.result == nil {
			continue
		}
		for _, route := range pr.result.Routes {
			// A route that needs nothing (a base URL, /restapi/v1.0)
			// protects no grant and tells the user nothing to do.
			if route.Requires == 0 || followed(route, checked) {
				continue
			}
			u := Unfollowed{Pos: r.Fset.Position(route.Pos), Text: route.Text, Operations: route.Operations, Requires: route.Requires}
			if key := u.Pos.String(); !seen[key] {
				seen[key] = true
				out = append(out, u)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Unfollowed) int { return ComparePositions(a.Pos, b.Pos) })
	return out
}

func followed(route analyzer.Route, checked map[string]bool) bool {
	for _, op := range route.Operations {
		if checked[op.ID] {
			return true
		}
	}
	return false
}

// ComparePositions orders positions as they stand in the code: by file,
// then line and column as numbers (as text, line 10 would sort before
// line 9).
func ComparePositions(a, b token.Position) int {
	return cmp.Or(strings.Compare(a.Filename, b.Filename), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

// An UnusedGrant is a permission a manifest grants that no request of the
// packages it governs needs, or needs only part of.
type UnusedGrant struct {
	Grants *analyzer.Grants
	Entry  manifest.Entry
	// Covers is the part of what the permission includes that the packages
	// need and no other grant provides: grant it instead. Empty when the
	// permission is not needed at all.
	Covers permissions.Set
	// anchor and pkg place the finding (see app).
	anchor token.Pos
	pkg    string
}

// Unused returns, once per grant of each manifest, a permission that no
// request of the packages it governs needs. A permission a not-followed
// route may need is never among them: rcperm cannot tell it is unused. A
// manifest is judged only on complete evidence (see Unjudged): none of
// its packages' requests is unresolved, and the run saw all its packages.
// A manifest whose packages make no request at all is judged too: it
// grants what nothing needs.
func (r *Run) Unused() []UnusedGrant {
	var unfollowed permissions.Set
	for _, u := range r.Unfollowed() {
		unfollowed |= u.Requires
	}
	var out []UnusedGrant
	for _, a := range r.apps() {
		if r.unjudged(a) != nil {
			continue
		}
		keep := a.needs | unfollowed
		g := a.grants
		for _, e := range g.Entries {
			p, _ := permissions.SetOf(e.Permission)
			if p&keep != 0 || e.Kept != "" { // the manifest keeps it on purpose
				continue
			}
			others := g.Granted &^ p
			// What only this permission provides, through what it includes.
			covers := p.Grants() & keep &^ others.Grants()
			out = append(out, UnusedGrant{Grants: g, Entry: e, Covers: covers, anchor: a.anchor, pkg: a.pkg})
		}
	}
	return out
}

// unusedFindings reports the unused grants at their lines in the
// manifest, or, for permissions given inline, at the first package.
func (r *Run) unusedFindings() []Finding {
	var out []Finding
	for _, pr := range r.roots {
		if pr.result != nil && !pr.result.ReportsUnused {
			return nil // -disable=unused-permission, or -enable without it
		}
	}
	unused := r.Unused()
	for i := range unused {
		u := &unused[i]
		g, e := u.Grants, u.Entry
		msg := fmt.Sprintf("%s grants %s, which no RingCentral request of the packages it governs needs: remove it", g.Source, e.Permission)
		if u.Covers != 0 {
			msg = fmt.Sprintf("%s grants %s, but the packages it governs need only %s of what it includes: grant that instead (least privilege)", g.Source, e.Permission, u.Covers)
		}
		f := Finding{Category: analyzer.CategoryUnusedPermission, Message: msg, Package: u.pkg, Pos: r.Fset.Position(u.anchor), Grants: g, Unused: u}
		if g.Path != "" && e.Line > 0 {
			f.Pos = token.Position{Filename: absPath(g.Path), Line: e.Line, Column: e.Column}
		}
		out = append(out, f)
	}
	return append(out, r.unjudgedFindings()...)
}

// grantsPos places a finding about a manifest as a whole: at its first
// grant, or its first line, or, for permissions given inline, at anchor.
func (r *Run) grantsPos(g *analyzer.Grants, anchor token.Pos) token.Position {
	if g.Path == "" {
		return r.Fset.Position(anchor)
	}
	line, col := 1, 1
	if len(g.Entries) > 0 && g.Entries[0].Line > 0 {
		line, col = g.Entries[0].Line, g.Entries[0].Column
	}
	return token.Position{Filename: absPath(g.Path), Line: line, Column: col}
}

func absPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	return abs
}

// Manifests returns the manifest files that govern the root packages, each
// once: those rcperm read.
func (r *Run) Manifests() []string {
	var out []string
	for _, a := range r.apps() {
		if a.grants.Path != "" {
			out = append(out, a.grants.Path)
		}
	}
	return out
}
