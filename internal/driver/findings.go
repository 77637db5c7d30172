package driver

import (
	"go/token"
	"slices"

	"github.com/rcperm/rcperm/analyzer"
)

// A Finding is one diagnostic of a run, with positions resolved.
type Finding struct {
	Category string // one of the analyzer's categories
	Message  string
	Pos      token.Position // Filename absolute
	End      token.Position // may be zero
	Related  []Related
	// Package is the ID of the first root package that holds the file of
	// Pos, which the go/analysis JSON output files the finding under.
	Package string
	// Request is the checked request the finding is about, when it is
	// about one (missing-permission, ambiguous-route): its method, route,
	// operations and needs, as data.
	Request *analyzer.Request
	// Grants is what the app holds for the code the finding is about:
	// for a request, its package's grants; for an unused-permission
	// finding, the grants the permission is in. Nil when unknown (the
	// manifest could not be read: a manifest finding says why).
	Grants *analyzer.Grants
	// Unused is the unused grant an unused-permission finding is about.
	Unused *UnusedGrant
	// Subject is what the finding is about, as data, when the analyzer
	// said (see analyzer.Subject).
	Subject *analyzer.Subject
}

// A Related is a position that explains a finding, such as a step of the
// call chain that leads to the request reported.
type Related struct {
	Pos     token.Position
	Message string
}

// Findings returns the diagnostics of the root packages with their
// positions, each once (a package and its test variant share files), and
// the unused grants of the manifests that govern them, judged over them
// all (see unusedFindings).
// Related positions are the analyzer's own: it places each wrapper step
// through the run's file set, which holds every source package's files.
func (r *Run) Findings() []Finding {
	pkgOf := map[string]string{} // file → package ID
	for _, pr := range r.roots {
		// The names the files were parsed under, and the source files: a
		// root restored from the cache comes from a listing without the
		// compiled files (keyMode).
		for _, files := range [][]string{pr.sp.pkg.CompiledGoFiles, pr.sp.pkg.GoFiles} {
			for _, name := range files {
				if _, ok := pkgOf[name]; !ok {
					pkgOf[name] = pr.sp.pkg.ID
				}
			}
		}
	}
	var out []Finding
	seen := map[string]bool{}
	elsewhere := r.serversElsewhere()
	for _, pr := range r.roots {
		// A request's findings are reported at its position, in its
		// package.
		requestAt := map[token.Pos]*analyzer.Request{}
		// Findings alike in category and message (a route called in two
		// places, resolved at one wiring) each take their own subject, in
		// the order the analyzer reported them.
		subjects := map[string][]*analyzer.Subject{}
		if pr.result != nil {
			for i := range pr.result.Requests {
				requestAt[pr.result.Requests[i].Pos] = &pr.result.Requests[i]
			}
			for i := range pr.result.Subjects {
				key := pr.result.Subjects[i].Key()
				subjects[key] = append(subjects[key], &pr.result.Subjects[i])
			}
		}
		for _, d := range pr.diagnostics {
			f := Finding{Category: d.Category, Message: d.Message, Pos: r.Fset.Position(d.Pos)}
			if d.Category == analyzer.CategoryMissingPermission || d.Category == analyzer.CategoryAmbiguousRoute {
				f.Request = requestAt[d.Pos]
				if f.Request != nil && elsewhere[f.Request.ServerFrom] {
					continue // a request only another service's server reaches
				}
			}
			if queue := subjects[analyzer.SubjectKey(d.Category, d.Message)]; len(queue) > 0 {
				f.Subject = queue[0]
				if len(queue) > 1 {
					subjects[analyzer.SubjectKey(d.Category, d.Message)] = queue[1:]
				}
			}
			if f.Request != nil || f.Subject != nil {
				f.Grants = pr.result.Grants
			}
			if d.End.IsValid() {
				f.End = r.Fset.Position(d.End)
			}
			for _, rel := range d.Related {
				f.Related = append(f.Related, Related{Pos: r.Fset.Position(rel.Pos), Message: rel.Message})
			}
			if s := f.Subject; s != nil && s.Picked != nil && len(f.Related) > 0 && pkgOf[s.Picked.File] != "" {
				// A route another package picks (a late-bound call
				// resolved where the program wires its callee in, an
				// implementation's Route method): reported where it is
				// picked, when that is in a package the run reports on,
				// the package's site its first step.
				related := []Related{{Pos: f.Pos, Message: s.Reported.Message()}}
				f.Pos, f.End = token.Position{Filename: s.Picked.File, Line: s.Picked.Line, Column: s.Picked.Col}, token.Position{}
				for _, rel := range f.Related {
					if rel.Pos.Filename != f.Pos.Filename || rel.Pos.Line != f.Pos.Line || rel.Pos.Column != f.Pos.Column {
						related = append(related, rel)
					}
				}
				f.Related = related
			}
			f.Package = pkgOf[f.Pos.Filename]
			key := f.Pos.String() + "\x00" + f.Category + "\x00" + f.Message
			if !seen[key] {
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	return append(out, r.unusedFindings()...)
}

// Requests returns the checked requests of the root packages, each once.
func (r *Run) Requests() []analyzer.Request {
	elsewhere := r.serversElsewhere()
	return fromRoots(r, func(res *analyzer.Result) []analyzer.Request {
		var out []analyzer.Request
		for _, req := range res.Requests {
			if !elsewhere[req.ServerFrom] {
				out = append(out, req)
			}
		}
		return out
	}, func(req analyzer.Request) string {
		return r.Fset.Position(req.Pos).String() + "\x00" + req.Method + "\x00" + req.Route
	})
}

// serversElsewhere are the request sites whose server their functions'
// callers give, and the callers of the root packages give as other
// services' only (analyzer.Result.ServersElsewhere): their routes merely
// copy RingCentral's.
func (r *Run) serversElsewhere() map[string]bool {
	out, ringCentral := map[string]bool{}, map[string]bool{}
	for _, pr := range r.roots {
		if pr.result == nil {
			continue
		}
		for _, id := range pr.result.ServersElsewhere {
			out[id] = true
		}
		for _, id := range pr.result.ServersRingCentral {
			ringCentral[id] = true
		}
	}
	for id := range ringCentral {
		delete(out, id)
	}
	return out
}

// Unresolved returns the unresolved requests of the root packages, each
// once, in file order: those reported and those that may not go to
// RingCentral alike.
func (r *Run) Unresolved() []analyzer.Unresolved {
	late, counted := r.resolvedLate(), map[string]bool{}
	out := fromRoots(r, func(res *analyzer.Result) []analyzer.Unresolved { return unresolvedIn(res, late, counted) },
		func(u analyzer.Unresolved) string {
			return r.Fset.Position(u.Pos).String() + "\x00" + u.Method + "\x00" + u.URL
		})
	slices.SortStableFunc(out, func(a, b analyzer.Unresolved) int {
		return ComparePositions(r.Fset.Position(a.Pos), r.Fset.Position(b.Pos))
	})
	return out
}

// resolvedLate are the late-bound interface calls some root package
// resolved (analyzer.Result.ResolvedLate): the run sees the program whole,
// so the package that made one does not count it unresolved.
func (r *Run) resolvedLate() map[string]bool {
	out := map[string]bool{}
	for _, pr := range r.roots {
		if pr.result != nil {
			for _, id := range pr.result.ResolvedLate {
				out[id] = true
			}
		}
	}
	return out
}

// unresolvedIn returns the unresolved requests of a result, less the
// late-bound calls another package resolved (late) and those counted
// already (counted, which it adds to): each package a late-bound call's
// template reaches counts it, and it is one request.
func unresolvedIn(res *analyzer.Result, late, counted map[string]bool) []analyzer.Unresolved {
	var out []analyzer.Unresolved
	for _, u := range res.Unresolved {
		if u.Late != "" {
			if late[u.Late] || counted[u.Late] {
				continue
			}
			counted[u.Late] = true
		}
		out = append(out, u)
	}
	return out
}

// fromRoots gathers what items takes from the results of the root
// packages, each once by its key.
func fromRoots[T any](r *Run, items func(*analyzer.Result) []T, key func(T) string) []T {
	var out []T
	seen := map[string]bool{}
	for _, pr := range r.roots {
		if pr.result == nil {
			continue
		}
		for _, it := range items(pr.result) {
			if k := key(it); !seen[k] {
				seen[k] = true
				out = append(out, it)
			}
		}
	}
	return out
}
