package driver

import (
	"cmp"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
)

// Reading third-party code on demand. The program reads a third-party
// package from source only when it sends requests itself (sourceSet): a
// URL joiner importing only net/url, or a wrapper around another
// package's request constructor, is export data without facts, and a
// route handed to it is lost. go vet and golangci-lint analyze every
// package, so only this driver has the gap. After the program's analysis,
// the packages the analyzed code hands a RingCentral route to
// (analyzer.UnseenCall) are read from source and analyzed, and so is
// whatever imports them: type identity requires that no export data refer
// to a source package, and their importers' facts change. The packages
// read on demand may forward the route they were given to further unseen
// packages, which the next round reads. Nothing is read when no analyzed
// call hands a route to an unseen function: the cost is paid only by the
// programs that gain from it.

// maxDemandRounds bounds the rounds of reading on demand: a route handed
// to a wrapper that forwards it to a request constructor two imports
// further takes two; a third leaves room for one more hop.
const maxDemandRounds = 3

// analyzeOnDemand is analyzeProgram followed by reading on demand. Each
// round reads the packages demanded so far and analyzes them alone, to
// learn which further packages they forward routes to. A last pass reads
// them all again, with whatever imports them, and analyzes those: the
// program's own packages are analyzed again once, however many rounds it
// took. It returns the runs of the program's source packages as they stand
// at the end, those read on demand among them.
func analyzeOnDemand(prog *program, l *listing, a *analysis.Analyzer, facts *factStore) (map[*sourcePackage]*packageRun, error) {
	runs, err := analyzeProgram(prog, a, facts)
	if err != nil {
		return nil, err
	}
	onDemand := map[*packages.Package]bool{}
	read := map[*packages.Package]bool{} // the demanded packages and their senders
	demanded := l.demands(prog.source, runs, onDemand)
	for round := 0; len(demanded) > 0 && round < maxDemandRounds; round++ {
		for _, p := range demanded {
			onDemand[p] = true
		}
		pkgs, err := prog.readDemanded(l, demanded)
		if err != nil {
			return nil, err
		}
		for _, sp := range pkgs {
			read[sp.pkg] = true
		}
		found, err := analyzePackages(prog, pkgs, a, facts)
		if err != nil {
			return nil, err
		}
		demanded = l.demands(pkgs, found, onDemand)
	}
	if len(read) == 0 {
		return runs, nil
	}
	pkgs, err := prog.remake(l, read, true)
	if err != nil {
		return nil, err
	}
	again, err := analyzePackages(prog, pkgs, a, facts)
	if err != nil {
		return nil, err
	}
	for sp, r := range again {
		runs[sp] = r
	}
	for sp := range runs {
		if prog.bySource[sp.pkg] != sp {
			delete(runs, sp) // analyzed again in the last pass
		}
	}
	l.dropSeen(runs)
	return runs, nil
}

// demands returns the packages to read on demand after the analysis of
// pkgs: those of the unseen calls their results list that the program
// reads from export data, and that are third-party (std and the SDKs are
// known by model). A forwarded parameter counts only in a package read on
// demand, which was read because its callers hand it a route.
func (l *listing) demands(pkgs []*sourcePackage, runs map[*sourcePackage]*packageRun, onDemand map[*packages.Package]bool) []*packages.Package {
	byPath := l.byPath()
	seen := map[*packages.Package]bool{}
	var out []*packages.Package
	for _, sp := range pkgs {
		r := runs[sp]
		if r == nil || r.result == nil {
			continue
		}
		for _, u := range r.result.Unseen {
			if u.Param && !onDemand[sp.pkg] {
				continue
			}
			for _, p := range byPath[u.Package] {
				if !seen[p] && !l.source[p] && readableOnDemand(p) {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// readableOnDemand reports whether p may be read on demand: a package of a
// third-party module other than an SDK's.
func readableOnDemand(p *packages.Package) bool {
	return p.Module != nil && !sdkModules[p.Module.Path] && !analyzer.IsTestMain(p.Name, p.PkgPath)
}

// readDemanded makes source packages of the demanded packages and of the
// third-party packages they import that send requests themselves (as
// sourceSet reads those of the program's packages), and returns them,
// dependencies first, to analyze.
func (prog *program) readDemanded(l *listing, demanded []*packages.Package) ([]*sourcePackage, error) {
	read := map[*packages.Package]bool{}
	for _, p := range demanded {
		read[p] = true
		for _, imp := range p.Imports {
			read[imp] = read[imp] || !l.source[imp] && l.senders.thirdPartySender(imp)
		}
	}
	return prog.remake(l, read, false)
}

// remake makes source packages of pkgs, and with importers of whatever
// imports them, which was export data or was checked against their export
// data: then no export data refers to a source package, and importers see
// the facts of what they import. It returns them, dependencies first, to
// analyze. The other source packages keep their types and facts.
//
// A package that was not to be checked may lack its compiled files (see
// fill): when one compiles generated files, remake returns errGenerated.
func (prog *program) remake(l *listing, pkgs map[*packages.Package]bool, importers bool) ([]*sourcePackage, error) {
	var remade []*packages.Package
	for _, p := range l.order { // dependencies first
		is := pkgs[p]
		for _, imp := range p.Imports {
			is = is || importers && pkgs[imp]
		}
		if is && !analyzer.IsTestMain(p.Name, p.PkgPath) {
			pkgs[p] = true
			remade = append(remade, p)
		}
	}
	if filled, err := l.fill(remade); err != nil || !filled {
		return nil, cmp.Or(err, errGenerated)
	}
	var out []*sourcePackage
	for _, p := range remade {
		l.source[p] = true
		out = append(out, prog.addSource(p, l.isRoot[p]))
	}
	return out, prog.setImporters(out)
}

// dropSeen removes from the results the unseen calls into packages the
// program read from source in the end: their functions were seen, and a
// result stored in the cache must not ask for them again.
func (l *listing) dropSeen(runs map[*sourcePackage]*packageRun) {
	byPath := l.byPath()
	for _, r := range runs {
		if r.result == nil {
			continue
		}
		var kept []analyzer.UnseenCall
		for _, u := range r.result.Unseen {
			if !l.anySource(byPath[u.Package]) {
				kept = append(kept, u)
			}
		}
		r.result.Unseen = kept
	}
}

func (l *listing) anySource(pkgs []*packages.Package) bool {
	for _, p := range pkgs {
		if l.source[p] {
			return true
		}
	}
	return false
}

// byPath returns the listed packages by import path: with -test, one path
// may be several variants.
func (l *listing) byPath() map[string][]*packages.Package {
	m := make(map[string][]*packages.Package, len(l.order))
	for _, p := range l.order {
		m[p.PkgPath] = append(m[p.PkgPath], p)
	}
	return m
}
