package driver

import (
	"cmp"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// A pass sees the facts of its package's dependencies, transitively, as
// go vet hands them over: what AllObjectFacts and AllPackageFacts return.
// The store holds the facts of every package analyzed so far, some of them
// no dependency (analyzed beside it, in parallel): those are left out, so
// that what a package learns does not depend on the schedule.

// allObjectFacts returns the object facts of pkg and its dependencies,
// in a deterministic order: the dependencies' in the order of their
// imports, each package's in the order it exported them (or its cache
// entry holds them).
func (s *factStore) allObjectFacts(pkg *types.Package) []analysis.ObjectFact {
	deps := dependencies(pkg)
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []analysis.ObjectFact
	for _, p := range deps {
		for _, k := range s.byPackage[p] {
			out = append(out, analysis.ObjectFact{Object: k.obj, Fact: s.objects[k]})
		}
	}
	return out
}

// allPackageFacts returns the package facts of pkg and its dependencies.
func (s *factStore) allPackageFacts(pkg *types.Package) []analysis.PackageFact {
	deps := map[*types.Package]bool{}
	for _, p := range dependencies(pkg) {
		deps[p] = true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []analysis.PackageFact
	for k, f := range s.packages {
		if deps[k.pkg] {
			out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
		}
	}
	slices.SortFunc(out, func(a, b analysis.PackageFact) int { return cmp.Compare(a.Package.Path(), b.Package.Path()) })
	return out
}

// dependencies returns pkg and the packages it imports, transitively.
func dependencies(pkg *types.Package) []*types.Package {
	seen := map[*types.Package]bool{}
	var out []*types.Package
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if p == nil || seen[p] {
			return
		}
		seen[p] = true
		out = append(out, p)
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return out
}
