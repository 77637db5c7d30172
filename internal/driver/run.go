package driver

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"runtime/debug"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/resultcache"
)

// A Run is the outcome of running rcperm over a program.
type Run struct {
	// Fset holds the files of every package checked from source: the
	// positions of findings and requests, and of the wrapper steps between
	// packages.
	Fset  *token.FileSet
	roots []*packageRun // the root packages, dependencies first
	// analyzed are the IDs of the packages analyzed from source, not
	// restored from the cache.
	analyzed []string
	// lists is how many times the run listed the packages with go list.
	lists int
	// governed memoizes the package directories each manifest governs.
	governedMu sync.Mutex
	governed   map[string][]string
}

// Analyze loads the packages matching patterns and runs a on them,
// reusing what the cache holds of earlier runs (see Options.Cache).
func Analyze(patterns []string, opts Options, a *analysis.Analyzer) (*Run, error) {
	if store, salt, ok := opts.cacheStore(); ok {
		return analyzeCached(patterns, opts, a, store, salt)
	}
	l, err := list(patterns, opts, keyMode)
	if err != nil {
		return nil, err
	}
	prog, runs, lists, err := analyzeAll(patterns, opts, l, a, nil)
	if err != nil {
		return nil, err
	}
	return newRun(prog, runs, lists), nil
}

// analyzeAll analyzes every source package of l, a listing of patterns,
// in a new file set, reading more on demand (analyzeOnDemand). hashes are
// the files' contents the run's cache keys were computed from, nil without
// the cache. A keyMode listing does unless a package to check compiles
// generated files (see fill): then it lists again with loadMode and
// starts over. lists counts the listings: l's, any other, and those of
// export data.
func analyzeAll(patterns []string, opts Options, l *listing, a *analysis.Analyzer, hashes resultcache.Hashes) (*program, map[*sourcePackage]*packageRun, int, error) {
	lists := 1
	for {
		var check []*packages.Package
		for _, p := range l.order {
			if l.source[p] {
				check = append(check, p)
			}
		}
		filled, err := l.fill(check)
		if err != nil {
			return nil, nil, 0, err
		}
		if filled {
			prog, err := loadProgram(token.NewFileSet(), l, nil)
			if err != nil {
				return nil, nil, 0, err
			}
			prog.hashes = hashes
			runs, err := analyzeOnDemand(prog, l, a, newFactStore())
			lists += prog.exportLists
			if err != errGenerated {
				return prog, runs, lists, err
			}
		}
		if l.compiled {
			return nil, nil, 0, errGenerated // fill fills anything in such a listing: never
		}
		if l, err = list(patterns, opts, loadMode); err != nil {
			return nil, nil, 0, err
		}
		lists++
	}
}

// Analyzed returns the IDs of the packages the run analyzed from source:
// all of them without the cache, none on a rerun with no change.
func (r *Run) Analyzed() []string { return r.analyzed }

// packageRun is the analysis of one package.
type packageRun struct {
	sp          *sourcePackage
	diagnostics []analysis.Diagnostic
	result      *analyzer.Result
	err         error
	exported    []resultcache.Fact // the facts it exported, for the cache
}

// factStore holds the facts of a run. Source packages share type identity
// (see program), so objects key facts directly.
type factStore struct {
	mu       sync.Mutex
	objects  map[objectFactKey]analysis.Fact
	packages map[packageFactKey]analysis.Fact
	// byPackage are the keys of the object facts by their object's
	// package, for AllObjectFacts, and packageKeys those of the package
	// facts, for AllPackageFacts (allfacts.go).
	byPackage   map[*types.Package][]objectFactKey
	packageKeys map[*types.Package][]packageFactKey
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

type packageFactKey struct {
	pkg *types.Package
	typ reflect.Type
}

// newRun is the outcome of analyzing all of the program's source packages,
// listed lists times (its export data's go list runs included).
func newRun(prog *program, runs map[*sourcePackage]*packageRun, lists int) *Run {
	out := &Run{Fset: prog.fset, lists: lists}
	for _, sp := range prog.source {
		if sp.root {
			out.roots = append(out.roots, runs[sp])
		}
		out.analyzed = append(out.analyzed, sp.pkg.ID)
	}
	return out
}

// analyzeProgram type-checks the program's source packages and runs a over
// them, each after those it imports, in parallel where the dependencies
// allow, with facts, which may hold those of packages restored from the
// cache. A package's syntax and types.Info are dropped as soon as it has
// been analyzed, so that peak memory follows the packages in flight, not
// the whole program: what outlives a package's analysis is its types
// (for its importers' type-checking), its facts, its diagnostics and its
// result, whose positions the file set still resolves.
func analyzeProgram(prog *program, a *analysis.Analyzer, facts *factStore) (map[*sourcePackage]*packageRun, error) {
	return analyzePackages(prog, prog.source, a, facts)
}

// analyzePackages is analyzeProgram for pkgs, some of the program's source
// packages: those they import that are not among them are analyzed
// already, their facts in facts.
func analyzePackages(prog *program, pkgs []*sourcePackage, a *analysis.Analyzer, facts *factStore) (map[*sourcePackage]*packageRun, error) {
	runs := make(map[*sourcePackage]*packageRun, len(pkgs))
	for _, sp := range pkgs {
		runs[sp] = &packageRun{sp: sp}
	}
	inDependencyOrder(pkgs, func(sp *sourcePackage) {
		if sp.err = sp.check(prog.fset, prog.hashes); sp.err != nil {
			return // rcperm cannot vouch for code that does not type-check
		}
		runs[sp].run(prog.fset, a, facts)
		sp.files, sp.info = nil, nil
	})
	// Errors type-checking stop the run before any analysis error, as
	// errors listing packages do.
	if err := prog.checkErrors(); err != nil {
		return nil, err
	}
	for _, sp := range pkgs {
		if err := runs[sp].err; err != nil {
			return nil, err
		}
	}
	return runs, nil
}

// run analyzes one package. A panic in the analyzer is an error naming the
// package, not a crash of the whole run, and never a silent pass.
func (r *packageRun) run(fset *token.FileSet, a *analysis.Analyzer, facts *factStore) {
	sp := r.sp
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("internal error: rcperm panicked analyzing %s (files %v): %v\n%s", sp.pkg.PkgPath, sp.pkg.CompiledGoFiles, p, debug.Stack())
		}
	}()
	view := &factView{store: facts, pkg: sp.types} // the pass's, dropped with it
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         fset,
		Files:        sp.files,
		OtherFiles:   sp.pkg.OtherFiles,
		IgnoredFiles: sp.pkg.IgnoredFiles,
		Pkg:          sp.types,
		TypesInfo:    sp.info,
		TypesSizes:   sp.pkg.TypesSizes,
		ResultOf:     map[*analysis.Analyzer]any{},
		ReadFile:     os.ReadFile,
		Report:       func(d analysis.Diagnostic) { r.diagnostics = append(r.diagnostics, d) },
		ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
			return facts.get(objectFactKey{obj, reflect.TypeOf(ptr)}, ptr)
		},
		ImportPackageFact: func(pkg *types.Package, ptr analysis.Fact) bool {
			return facts.get(packageFactKey{pkg, reflect.TypeOf(ptr)}, ptr)
		},
		ExportObjectFact: func(obj types.Object, f analysis.Fact) {
			if obj.Pkg() != sp.types {
				panic(fmt.Sprintf("rcperm: fact for %s exported from %s", obj, sp.types.Path()))
			}
			facts.put(objectFactKey{obj, reflect.TypeOf(f)}, f)
			r.exported = append(r.exported, resultcache.Fact{Object: obj, Fact: f})
		},
		ExportPackageFact: func(f analysis.Fact) {
			facts.put(packageFactKey{sp.types, reflect.TypeOf(f)}, f)
			r.exported = append(r.exported, resultcache.Fact{Fact: f})
		},
		AllObjectFacts:  view.allObjectFacts,
		AllPackageFacts: view.allPackageFacts,
	}
	if m := sp.pkg.Module; m != nil {
		pass.Module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	res, err := a.Run(pass)
	if err != nil {
		r.err = fmt.Errorf("%s: %v", sp.pkg.PkgPath, err)
		return
	}
	r.result, _ = res.(*analyzer.Result)
}

func newFactStore() *factStore {
	return &factStore{objects: map[objectFactKey]analysis.Fact{}, packages: map[packageFactKey]analysis.Fact{}, byPackage: map[*types.Package][]objectFactKey{},
		packageKeys: map[*types.Package][]packageFactKey{}}
}

func (s *factStore) get(key any, ptr analysis.Fact) bool {
	s.mu.Lock()
	var f analysis.Fact
	switch k := key.(type) {
	case objectFactKey:
		f = s.objects[k]
	case packageFactKey:
		f = s.packages[k]
	}
	s.mu.Unlock()
	if f == nil {
		return false
	}
	reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
	return true
}

func (s *factStore) put(key any, f analysis.Fact) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch k := key.(type) {
	case objectFactKey:
		if _, ok := s.objects[k]; !ok {
			s.byPackage[k.obj.Pkg()] = append(s.byPackage[k.obj.Pkg()], k)
		}
		s.objects[k] = f
	case packageFactKey:
		if _, ok := s.packages[k]; !ok {
			s.packageKeys[k.pkg] = append(s.packageKeys[k.pkg], k)
		}
		s.packages[k] = f
	}
}
