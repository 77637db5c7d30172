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

// A factView is one pass's view of the store: the facts of its package
// and its dependencies. What it gathers of the dependencies, complete
// before the pass runs, it keeps for the pass's later questions, and
// drops with the pass: kept for every package, it would grow with the
// square of the program.
type factView struct {
	store *factStore
	pkg   *types.Package
	deps  []*types.Package       // pkg and its dependencies, once asked
	facts []analysis.PackageFact // the dependencies' package facts, sorted, once asked
	read  bool
}

func (v *factView) dependencies() []*types.Package {
	if v.deps == nil {
		v.deps = dependencies(v.pkg)
	}
	return v.deps
}

// allObjectFacts returns the object facts of the package and its
// dependencies, in a deterministic order: the dependencies' in the order
// of their imports, each package's in the order it exported them (or its
// cache entry holds them).
func (v *factView) allObjectFacts() []analysis.ObjectFact {
	deps := v.dependencies()
	s := v.store
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

// allPackageFacts returns the package facts of the package and its
// dependencies, sorted by path.
func (v *factView) allPackageFacts() []analysis.PackageFact {
	deps := v.dependencies()
	s := v.store
	s.mu.Lock()
	defer s.mu.Unlock()
	if !v.read {
		for _, p := range deps {
			if p == v.pkg {
				continue
			}
			for _, k := range s.packageKeys[p] {
				v.facts = append(v.facts, analysis.PackageFact{Package: k.pkg, Fact: s.packages[k]})
			}
		}
		slices.SortFunc(v.facts, func(a, b analysis.PackageFact) int { return cmp.Compare(a.Package.Path(), b.Package.Path()) })
		v.read = true
	}
	out := slices.Clone(v.facts)
	for _, k := range s.packageKeys[v.pkg] {
		// The package's own, in its place among them.
		i, _ := slices.BinarySearchFunc(out, v.pkg.Path(), func(f analysis.PackageFact, path string) int { return cmp.Compare(f.Package.Path(), path) })
		for i < len(out) && out[i].Package.Path() == v.pkg.Path() {
			i++
		}
		out = slices.Insert(out, i, analysis.PackageFact{Package: k.pkg, Fact: s.packages[k]})
	}
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
