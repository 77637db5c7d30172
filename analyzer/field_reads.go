package analyzer

import (
	"go/token"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A route field's stores travel down to its readers (fieldStoresFact),
// from the package that declares the struct. Stores in other packages
// travel the other way: a producer that imports the worker pool builds
// jobs.Job{Method: ..., Path: ...} literals, and the pool, reading
// job.Path, never sees them. The reader's package lists its route field
// reads in its package fact (FieldRead), and a package that imports it
// and stores into such a field checks its own stores against each read:
// each store is the read's request, reported at the store, with the read
// as its step.

// maxFieldReads bounds the route field reads a package fact carries.
const maxFieldReads = 64

// A FieldRead is a request of a package whose route is an exported field
// of an exported struct, read off an object the value flow cannot trace.
type FieldRead struct {
	Field string // the field, as its hole names it: "pkgpath.Type.Field"
	// Req is the read's request: the field and its siblings are holes,
	// the reader's own parameters unknown.
	Req       RequestTemplate
	File      string
	Line, Col int
	// ID is set for a holder hole's read (holders.go), which only the
	// packages storing into the holder answer: the reader counts it
	// unresolved until one does (Result.ResolvedLate).
	ID string
}

// fieldReads are the package's route field reads other packages may
// store into: exported fields of exported structs, once each.
func (s *packageScan) fieldReads() []FieldRead {
	var out []FieldRead
	seen := map[string]bool{}
	for _, rd := range s.routeFieldReads {
		if rd.upstream != nil || rd.at == nil || !rd.field.Exported() || !exportedField(rd.field, rd.key) {
			continue
		}
		req := RequestTemplate{Method: rd.req.Method.substitute(nil), URL: rd.req.URL.substitute(nil), Chain: endOfChain}
		key := rd.key + " " + req.Method.String() + " " + req.URL.String()
		if seen[key] || len(out) == maxFieldReads {
			continue
		}
		seen[key] = true
		p := s.pass.Fset.Position(rd.at.Pos())
		out = append(out, FieldRead{Field: rd.key, Req: req, File: p.Filename, Line: p.Line, Col: p.Column, ID: s.holderReadID(rd)})
	}
	return out
}

// exportedField reports whether the struct a hole key names is exported:
// only then may another package store into its field.
func exportedField(f *types.Var, key string) bool {
	owner := holeOwner(key)
	return f.Pkg() != nil && token.IsExported(owner[strings.LastIndexByte(owner, '.')+1:])
}

// upstreamReads returns, as reads of the package, the route field reads
// of the packages it imports whose fields it stores into: their stores
// here are those reads' requests.
func (s *packageScan) upstreamReads() []routeFieldRead {
	if s.storesByField == nil {
		s.storesByField = s.collectFieldStores()
	}
	foreign := false
	for f := range s.storesByField {
		foreign = foreign || f.Pkg() != s.pass.Pkg
	}
	for f := range s.holderStores() {
		foreign = foreign || f.Pkg() != s.pass.Pkg
	}
	if !foreign {
		return nil
	}
	var out []routeFieldRead
	for _, imp := range s.importedPackageFacts() {
		fact := imp.fact
		for _, fr := range fact.FieldReads {
			f := s.fieldByKey(fr.Field)
			if f == nil || len(s.fieldStoresOf(f)) == 0 {
				continue
			}
			step := Step{Call: "read as a request's route", File: fr.File, Line: fr.Line, Col: fr.Col}
			out = append(out, routeFieldRead{req: fr.Req, field: f, key: fr.Field, upstream: &step, id: fr.ID})
		}
	}
	return out
}

// fieldByKey returns the field a hole key names, of a struct the package
// stores into; nil for any other.
func (s *packageScan) fieldByKey(key string) *types.Var {
	owner := holeOwner(key)
	fieldName := holeFieldName(key)
	dot := strings.LastIndexByte(owner, '.')
	if dot < 0 {
		return nil
	}
	stores := s.storesByField
	if _, _, held := flow.HolderIndex(key); held {
		stores = s.holderStores()
	}
	for f := range stores {
		if f.Name() != fieldName || f.Pkg() == nil || f.Pkg().Path() != owner[:dot] {
			continue
		}
		for _, st := range stores[f] {
			if named, ok := types.Unalias(pointee(st.owner)).(*types.Named); ok && named.Obj().Name() == owner[dot+1:] {
				return f
			}
		}
	}
	return nil
}

// FieldStores reads a field's stores from its package's fact: their
// texts, when each is constant and the fact has them all.
func (o flowOracle) FieldStores(f *types.Var) ([]string, bool) {
	var fact fieldStoresFact
	if f.Pkg() == nil || f.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(f, &fact) || fact.Truncated || len(fact.Stores) == 0 {
		return nil, false
	}
	var out []string
	for _, st := range fact.Stores {
		for _, v := range st.Values {
			text, ok := v.literal()
			if !ok {
				return nil, false
			}
			out = append(out, text)
		}
	}
	return out, true
}

// FieldStoreCount reads how many stores a field's package makes into it
// from its fact.
func (o flowOracle) FieldStoreCount(f *types.Var) int {
	var fact fieldStoresFact
	if f.Pkg() == nil || f.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(f, &fact) {
		return 0
	}
	return len(fact.Stores)
}

// holeField returns the field a hole part stands for: one of the
// package's value flow, or of a read of another package's, by its key.
func (s *packageScan) holeField(p Part) *types.Var {
	if s.flowProgram != nil {
		if f := s.flowProgram.HoleField(p); f != nil {
			return f
		}
	}
	if p.Field == "" || strings.LastIndexByte(p.Field, '.') < 0 {
		return nil
	}
	if f := s.fieldByKey(p.Field); f != nil {
		return f
	}
	// A call of a function-typed field of an imported struct, met in a
	// request resolved here (foreign_stores.go). A string field's hole
	// from a fact is its package's to answer.
	if f := s.importedField(p.Field); f != nil && flow.ReturnsString(f.Type()) {
		return f
	}
	return nil
}
