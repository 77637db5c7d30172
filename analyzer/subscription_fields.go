package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/objectpath"
)

// A filter field is a field of a struct of the package whose list a
// function puts into eventFilters: a subscriber that keeps the filters its
// constructor was given (s.filters), a request type whose Body writes
// r.EventFilters. The list is what the code stores in the field, so each
// store (a composite literal's field, an assignment) is checked as if the
// list were written at eventFilters; a parameter of an exported function
// stored there makes the function a filter forwarder, as at the field
// itself. An exported field's fact (filterFieldFact) tells other packages
// to check their stores too; a field of another package's struct (a job
// type a runner subscribes with, main filling it) is listed in the
// package fact instead (ForeignFilterField), since a fact belongs to its
// object's package. A field no store in sight sets is unresolved where
// its list is read, and a package that stores into it resolves it: the
// late-bound policy of filter forwarders (subscription_forward.go).

// filterField is a filter field of the package.
type filterField struct {
	sdk bool
	at  ast.Expr // where its list is put into eventFilters
	id  string   // as a filter forwarder's list ID
}

// filterFieldFact marks an exported filter field for the packages that
// store into it.
type filterFieldFact struct {
	SDK bool
	ID  string
}

func (*filterFieldFact) AFact() {}

func (f *filterFieldFact) String() string { return "filter field" }

// A ForeignFilterField is a field of another package's struct whose list
// the package puts into eventFilters: the struct's package, the field's
// object path in it, and the field's list ID.
type ForeignFilterField struct {
	Pkg, Path string
	SDK       bool
	ID        string
}

// fieldList returns the field of a struct that a filter list is, read
// whole (x.f): of the package's, or another's that its importers may set
// (exported, and not the standard library's); nil for any other list.
func (sf *subscriptionFinder) fieldList(list ast.Expr) *types.Var {
	sel, ok := ast.Unparen(list).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	sn := sf.scan.pass.TypesInfo.Selections[sel]
	if sn == nil || sn.Kind() != types.FieldVal {
		return nil
	}
	v, ok := sn.Obj().(*types.Var)
	if !ok || v.Pkg() == nil {
		return nil
	}
	if v.Pkg() != sf.scan.pass.Pkg {
		if _, err := objectpath.For(v); err != nil || !v.Exported() || sf.scan.stdPackage(v.Pkg().Path()) {
			return nil
		}
	}
	return v
}

// addFilterField records a filter field once, with the ID of the list
// where it is read.
func (s *packageScan) addFilterField(v *types.Var, sdk bool, at ast.Expr) {
	if s.filterFields[v] != nil {
		return
	}
	p := s.pass.Fset.Position(at.Pos())
	s.filterFields[v] = &filterField{sdk: sdk, at: at, id: fmt.Sprintf("%s/%s:%d:%d", s.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column)}
}

// filterFieldOf returns what the package or a fact knows of a field as a
// filter field.
func (s *packageScan) filterFieldOf(v *types.Var) (sdk bool, id string, ok bool) {
	if v == nil || !v.IsField() {
		return false, "", false
	}
	if f := s.filterFields[v]; f != nil {
		return f.sdk, f.id, true
	}
	var fact filterFieldFact
	if v.Pkg() != nil && v.Pkg() != s.pass.Pkg && s.pass.ImportObjectFact(v, &fact) {
		return fact.SDK, fact.ID, true
	}
	if f, ok := s.foreignFilterFields()[fieldKey(v)]; ok && v.Pkg() != nil {
		return f.SDK, f.ID, true
	}
	return false, "", false
}

// listedElsewhere reports whether a field of another package's struct
// holds what its package says (a configuration's default filters, its
// options' lists: listFact): read as that, not as a filter field.
func (s *packageScan) listedElsewhere(v *types.Var) bool {
	var fact listFact
	return v.Pkg() != s.pass.Pkg && s.pass.ImportObjectFact(v, &fact)
}

// fieldKey names a field across packages: its package and object path;
// "" for one no other package can name.
func fieldKey(v *types.Var) string {
	path, err := objectpath.For(v)
	if err != nil || v.Pkg() == nil {
		return ""
	}
	return v.Pkg().Path() + " " + string(path)
}

// foreignFilterFields are the filter fields of other packages' structs
// that the packages the package imports, directly or not, list, by
// fieldKey; read once.
func (s *packageScan) foreignFilterFields() map[string]ForeignFilterField {
	if s.foreignFilters != nil {
		return s.foreignFilters
	}
	s.foreignFilters = map[string]ForeignFilterField{}
	for _, imp := range s.importedPackageFacts() {
		for _, f := range imp.fact.FilterFields {
			s.foreignFilters[f.Pkg+" "+f.Path] = f
		}
	}
	return s.foreignFilters
}

// filterFieldStores returns the filter items of the package's stores into
// filter fields, and the lists of its filter fields no store sets.
func (s *packageScan) filterFieldStores() []subscriptionItem {
	info := s.pass.TypesInfo
	var items []subscriptionItem
	stored := map[*types.Var]bool{}
	check := func(sf *subscriptionFinder, v *types.Var, value ast.Expr) {
		sdk, id, ok := s.filterFieldOf(v)
		if !ok {
			return
		}
		stored[v] = true
		s.resolvedLate[id] = true
		items = append(items, sf.filters(value, sdk)...)
	}
	s.eachDecl(func(_ ast.Decl, sf *subscriptionFinder) {
		if sf == nil {
			return
		}
		ast.Inspect(sf.decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							v, _ := info.Uses[id].(*types.Var)
							check(sf, v, kv.Value)
						}
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
						if sn := info.Selections[sel]; sn != nil && sn.Kind() == types.FieldVal {
							v, _ := sn.Obj().(*types.Var)
							check(sf, v, n.Rhs[i])
						}
					}
				}
			}
			return true
		})
	})
	fields := slices.Collect(maps.Keys(s.filterFields))
	slices.SortFunc(fields, func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) })
	for _, v := range fields {
		f := s.filterFields[v]
		switch {
		case stored[v]:
		case v.Exported():
			// Other packages may store into it: counted until one does.
			items = append(items, subscriptionItem{node: f.at, filter: "{}", unresolved: true, late: f.id})
		default:
			items = append(items, subscriptionItem{node: f.at, filter: "{}", unresolved: true, sdk: f.sdk})
		}
	}
	return items
}

// exportFilterFieldFacts publishes the package's exported filter fields,
// and returns those of other packages' structs, for its package fact.
func (s *packageScan) exportFilterFieldFacts() (any bool, foreign []ForeignFilterField) {
	for v, f := range s.filterFields {
		path, err := objectpath.For(v)
		if err != nil || !v.Exported() {
			continue // a field no other package can name
		}
		any = true
		if v.Pkg() != s.pass.Pkg {
			foreign = append(foreign, ForeignFilterField{Pkg: v.Pkg().Path(), Path: string(path), SDK: f.sdk, ID: f.id})
			continue
		}
		s.pass.ExportObjectFact(v, &filterFieldFact{SDK: f.sdk, ID: f.id})
	}
	slices.SortFunc(foreign, func(a, b ForeignFilterField) int { return strings.Compare(a.ID, b.ID) })
	return any, foreign
}
