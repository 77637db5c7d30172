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
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []analysis.ObjectFact
	for _, p := range s.dependencies(pkg) {
		for _, k := range s.byPackage[p] {
			out = append(out, analysis.ObjectFact{Object: k.obj, Fact: s.objects[k]})
		}
	}
	return out
}

// allPackageFacts returns the package facts of pkg and its dependencies.
// Those of its dependencies, complete before it runs, are gathered once.
func (s *factStore) allPackageFacts(pkg *types.Package) []analysis.PackageFact {
	s.mu.Lock()
	defer s.mu.Unlock()
	deps, ok := s.depPackageFacts[pkg]
	if !ok {
		for _, p := range s.dependencies(pkg) {
			if p == pkg {
				continue
			}
			for _, k := range s.packageKeys[p] {
				deps = append(deps, analysis.PackageFact{Package: k.pkg, Fact: s.packages[k]})
			}
		}
		slices.SortFunc(deps, func(a, b analysis.PackageFact) int { return cmp.Compare(a.Package.Path(), b.Package.Path()) })
		s.depPackageFacts[pkg] = deps
	}
	out := slices.Clone(deps)
	for _, k := range s.packageKeys[pkg] {
		// The package's own, in its place among them.
		i, _ := slices.BinarySearchFunc(out, pkg.Path(), func(f analysis.PackageFact, path string) int { return cmp.Compare(f.Package.Path(), path) })
		for i < len(out) && out[i].Package.Path() == pkg.Path() {
			i++
		}
		out = slices.Insert(out, i, analysis.PackageFact{Package: k.pkg, Fact: s.packages[k]})
	}
	return out
}

// dependencies is dependencies(pkg), computed once a package (s.mu
// held): a pass asks for every fact of its dependencies several times.
func (s *factStore) dependencies(pkg *types.Package) []*types.Package {
	if deps, ok := s.deps[pkg]; ok {
		return deps
	}
	deps := dependencies(pkg)
	s.deps[pkg] = deps
	return deps
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
