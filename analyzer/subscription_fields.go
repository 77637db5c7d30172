package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"path/filepath"
	"slices"

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
// to check their stores too. A field no store in sight sets is unresolved
// where its list is read, and a package that stores into it resolves it:
// the late-bound policy of filter forwarders (subscription_forward.go).

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

// fieldList returns the field of a struct of the package that a filter
// list is, read whole (x.f); nil for any other list.
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
	if !ok || v.Pkg() != sf.scan.pass.Pkg {
		return nil
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
	return false, "", false
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
// and reports whether it has any.
func (s *packageScan) exportFilterFieldFacts() bool {
	any := false
	for v, f := range s.filterFields {
		if _, err := objectpath.For(v); err != nil || !v.Exported() {
			continue // a field no other package can name
		}
		s.pass.ExportObjectFact(v, &filterFieldFact{SDK: f.sdk, ID: f.id})
		any = true
	}
	return any
}
