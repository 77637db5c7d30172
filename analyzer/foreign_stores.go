package analyzer

import (
	"go/types"
	"sort"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A route field may meet its stores in neither the package that declares
// it nor the one that reads it. A scheduler reads job.BuildURL(cfg) and
// hands the result to a client interface; the jobs package, which
// imports the scheduler, builds sched.Job{BuildURL: func...} literals; main
// imports both and wires the client in. The scheduler's request becomes
// one only in main (latebound.go), where the jobs' stores are out of
// sight: the jobs package lists its stores into other packages' exported
// fields in its package fact, and main answers the read from them, each
// store its request, reported where the store is written when the host
// has the file (RequestTemplate.picked).

// ForeignStores are a package's stores into an exported field of an
// exported struct of another package.
type ForeignStores struct {
	Field     string // as its hole names it: "pkgpath.Type.Field"
	Stores    []FieldStore
	Truncated bool
}

// foreignStores returns the package's stores into other packages' exported
// fields that may hold a route, sorted by field.
func (s *packageScan) foreignStores() []ForeignStores {
	if s.storesByField == nil {
		s.storesByField = s.collectFieldStores()
	}
	var out []ForeignStores
	for f, stores := range s.storesByField {
		if f.Pkg() == s.pass.Pkg || f.Pkg() == nil || !f.Exported() || !exportedStruct(stores[0].owner) || !s.mayHoldRoute(stores) {
			continue
		}
		named, _ := types.Unalias(pointee(stores[0].owner)).(*types.Named)
		if named == nil {
			continue
		}
		fs, routes := s.storesFact(f, stores)
		if routes {
			out = append(out, ForeignStores{Field: flow.FieldKey(f, named.Obj()), Stores: fs.Stores, Truncated: fs.Truncated})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

// importedStores returns the stores the packages the package imports made
// into the field key names, from their package facts; truncated is set
// when one had more than it could carry.
func (s *packageScan) importedStores(key string) (stores []FieldStore, truncated bool) {
	if s.foreignIndex == nil {
		s.foreignIndex = map[string]ForeignStores{}
		for _, imp := range s.importedPackageFacts() {
			for _, fs := range imp.fact.ForeignStores {
				all := s.foreignIndex[fs.Field]
				all.Stores = append(all.Stores, fs.Stores...)
				all.Truncated = all.Truncated || fs.Truncated
				s.foreignIndex[fs.Field] = all
			}
		}
	}
	all := s.foreignIndex[key]
	return all.Stores, all.Truncated
}

// importedField returns the field a hole key names, of a struct of a
// package the package imports, directly or not; nil for any other.
func (s *packageScan) importedField(key string) *types.Var {
	if f, ok := s.fieldsByKey[key]; ok {
		return f
	}
	owner := holeOwner(key)
	dot := strings.LastIndexByte(owner, '.')
	if dot < 0 {
		return nil
	}
	var found *types.Var
	seen := map[*types.Package]bool{}
	work := []*types.Package{s.pass.Pkg}
	for len(work) > 0 && found == nil {
		pkg := work[0]
		work = work[1:]
		if seen[pkg] {
			continue
		}
		seen[pkg] = true
		if pkg.Path() == owner[:dot] {
			if tn, ok := pkg.Scope().Lookup(owner[dot+1:]).(*types.TypeName); ok {
				if st, ok := tn.Type().Underlying().(*types.Struct); ok {
					for i := range st.NumFields() {
						if st.Field(i).Name() == holeFieldName(key) {
							found = st.Field(i)
						}
					}
				}
			}
			break
		}
		work = append(work, pkg.Imports()...)
	}
	if s.fieldsByKey == nil {
		s.fieldsByKey = map[string]*types.Var{}
	}
	s.fieldsByKey[key] = found
	return found
}
