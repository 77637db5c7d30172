package driver

import (
	"go/token"
	"go/types"
	"reflect"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/internal/resultcache"
)

// analyzeCached is Analyze with the cache. It lists the packages and
// computes their keys (see resultcache.Keys). A source package whose entry is
// stored and whose source dependencies are all reused is reused: its
// findings and requests come from the entry. When every source package is
// reused, nothing is compiled, parsed or type-checked. Otherwise the
// export data of what the run does not check is listed: reused packages
// are read from it like any dependency, with their facts restored from
// their entries, and the rest (the edited packages and whatever imports
// them) are analyzed from source and stored.
//
// The listing is the cheap one (keyMode), which a rerun with no change
// needs and which does for checking too (see fill), on a first run as on
// a rerun after an edit.
func analyzeCached(patterns []string, opts Options, a *analysis.Analyzer, store resultcache.Store, salt string) (*Run, error) {
	resultcache.RegisterFacts(a.FactTypes)
	salt += "\n" + goEnvironment(opts.Tags)
	l, err := list(patterns, opts, keyMode)
	if err != nil {
		return nil, err
	}
	tc := listedToolchain(l)
	hashes := resultcache.Hashes{}
	keys, err := resultcache.Keys(l.order, l.source, salt+"\n"+tc.target, tc.immutable, hashes)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	files := resultcache.NewFiles(fset)
	reused := map[string]*resultcache.Entry{} // by package ID
	restored := map[string]*packageRun{}      // the reused roots, by package ID
	complete := true
	for _, p := range l.order {
		if !l.source[p] {
			continue
		}
		e, ok := reusable(p, l, reused, store, keys)
		if ok && l.isRoot[p] {
			diagnostics, result, err := e.Restore(files)
			if ok = err == nil; ok {
				restored[p.ID] = &packageRun{sp: &sourcePackage{pkg: p, root: true}, diagnostics: diagnostics, result: result}
			}
		}
		if ok {
			reused[p.ID] = e
		} else {
			complete = false
		}
	}
	out := &Run{Fset: fset, lists: 1}
	if complete {
		for _, p := range l.order {
			if r := restored[p.ID]; r != nil {
				out.roots = append(out.roots, r)
			}
		}
		return out, nil
	}

	// The keyMode listing does for the packages to check, unless they
	// compile generated files (see fill).
	var check []*packages.Package
	for _, p := range l.order {
		if l.source[p] && reused[p.ID] == nil {
			check = append(check, p)
		}
	}
	filled, err := l.fill(check)
	if err != nil {
		return nil, err
	}
	if !filled {
		if l, err = list(patterns, opts, loadMode); err != nil {
			return nil, err
		}
		out.lists++
	}
	isReused := map[string]bool{}
	for id := range reused {
		isReused[id] = true
	}
	prog, err := loadProgram(fset, l, isReused)
	if err != nil {
		return nil, err
	}
	prog.hashes = hashes
	facts := newFactStore()
	for _, p := range l.order {
		if e := reused[p.ID]; e != nil {
			if tp := prog.view[p.PkgPath]; tp != nil { // else no source package refers to it
				e.RestoreFacts(tp, func(obj types.Object, f analysis.Fact) {
					if obj == nil {
						facts.put(packageFactKey{tp, reflect.TypeOf(f)}, f)
					} else {
						facts.put(objectFactKey{obj, reflect.TypeOf(f)}, f)
					}
				})
			}
		}
	}
	runs, err := analyzeProgram(prog, a, facts)
	if err != nil {
		return nil, err
	}
	out.lists += prog.exportLists
	if len(l.demands(prog.source, runs, nil)) > 0 {
		// Reading on demand makes source packages of packages this run
		// reused as export data: analyze the program afresh, and store it.
		// Its entries ask for nothing more (dropSeen), so the next run
		// with no change reuses them all.
		prog, runs, lists, err := analyzeAll(patterns, opts, l, a, hashes)
		if err != nil {
			return nil, err
		}
		storeRuns(prog, runs, store, keys)
		return newRun(prog, runs, out.lists+lists-1), nil // l is listed once
	}
	storeRuns(prog, runs, store, keys)
	bySource := map[string]*packageRun{}
	for _, sp := range prog.source {
		bySource[sp.pkg.ID] = runs[sp]
		out.analyzed = append(out.analyzed, sp.pkg.ID)
	}
	for _, p := range l.order {
		if !l.isRoot[p] || !l.source[p] {
			continue
		}
		if r := restored[p.ID]; r != nil {
			out.roots = append(out.roots, r)
		} else {
			out.roots = append(out.roots, bySource[p.ID])
		}
	}
	return out, nil
}

// reusable returns the stored entry of p when every source package it
// imports is reused too.
func reusable(p *packages.Package, l *listing, reused map[string]*resultcache.Entry, store resultcache.Store, keys map[string]string) (*resultcache.Entry, bool) {
	for _, imp := range p.Imports {
		if l.source[imp] && reused[imp.ID] == nil {
			return nil, false
		}
	}
	return store.Get(keys[p.ID])
}

// storeRuns stores the analyses of the run's source packages, unless a
// file changed while the run read it: its keys would not describe what
// was analyzed. A package whose entry cannot be written is analyzed again
// next time, and so is one that compiles a file its key does not hash
// (cgo's output, made from its files by the C toolchain and its flags).
// Then it trims the store.
func storeRuns(prog *program, runs map[*sourcePackage]*packageRun, store resultcache.Store, keys map[string]string) {
	for _, sp := range prog.source {
		if sp.stale {
			return
		}
	}
	for _, sp := range prog.source {
		key := keys[sp.pkg.ID]
		if key == "" || !resultcache.Covers(sp.pkg) {
			continue // not listed when the keys were computed, or not all in them
		}
		r := runs[sp]
		if e, ok := resultcache.NewEntry(prog.fset, r.diagnostics, r.result, r.exported); ok {
			store.Put(key, e)
		}
	}
	// What accumulates are entries no longer read: trim when adding.
	store.Trim(time.Now())
}
