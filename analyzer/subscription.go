package analyzer

import (
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/permissions"
)

// The JSON names of a subscription body's fields that need permissions
// (POST and PUT /restapi/v1.0/subscription): RingCentral's generated SDK,
// user structs, maps and JSON text all spell them so.
const (
	eventFiltersKey  = "eventFilters"
	transportTypeKey = "transportType"
)

// A subscriptionItem is one event filter or delivery transport a
// subscription body names: what it needs of the app besides the
// subscription route, which needs nothing.
type subscriptionItem struct {
	node ast.Node // where it is written
	// filter is the event filter as rcperm reads it ("{}" for parts
	// computed at run time), "" for a transport.
	filter string
	match  permissions.FilterMatch
	// transport is the transportType ("WebHook"), "" for a filter.
	transport string
	// anyOf are the permissions any one of which the item needs; allOf
	// those it needs all of (a filter of an operation's path needs what
	// the operation needs). Both empty: it needs nothing rcperm knows.
	anyOf, allOf permissions.Set
	// unresolved marks a filter, or a list of them, rcperm cannot tell:
	// what it needs is unknown. sdk is true when the list is a field of
	// the RingCentral SDK's subscription request: it surely subscribes.
	unresolved, sdk bool
	// late is, for the list of a filter forwarder no call in sight reads,
	// its FilterParam.ID: a package that reads it resolves it.
	late string
}

// needs is what the item adds to the program's needs, for
// unused-permission: every permission that can satisfy it.
func (it subscriptionItem) needs() permissions.Set { return it.anyOf | it.allOf }

// missing reports whether an app holding granted lacks what the item needs.
func (it subscriptionItem) missing(granted permissions.Set) bool {
	if it.anyOf != 0 && granted.Grants()&it.anyOf == 0 {
		return true
	}
	return granted.Missing(it.allOf) != 0
}

// findSubscriptions returns the event filters and transports written in the
// package's files that are not tests, in source order: struct fields whose
// JSON name is eventFilters or transportType (the generated SDK's
// CreateSubscriptionRequest, ModifySubscriptionRequest and
// NotificationDeliveryModeRequest, or the program's own), map keys of
// those names, and constant JSON text holding them. Filter lists are
// followed through slices built in the same function and functions of the
// package that return them.
func (s *packageScan) findSubscriptions() []subscriptionItem {
	var items []subscriptionItem
	s.eachDecl(func(d ast.Decl, sf *subscriptionFinder) {
		if sf == nil {
			items = append(items, s.jsonItems(d)...)
			return
		}
		ast.Inspect(sf.decl.Body, func(n ast.Node) bool {
			items = append(items, sf.items(n)...)
			return true
		})
	})
	// Once the package's filter fields are known, their stores; once its
	// filter forwarders are, their calls.
	items = append(items, s.filterFieldStores()...)
	return append(items, s.forwardedFilters()...)
}

// eachDecl calls visit with each declaration of the package's files that
// are not tests, with a finder for a function with a body (nil for any
// other declaration), and again with a finder for each function literal
// of a declaration that is no function.
func (s *packageScan) eachDecl(visit func(d ast.Decl, sf *subscriptionFinder)) {
	for _, f := range s.pass.Files {
		if inTestFile(s.pass.Fset, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				visit(d, &subscriptionFinder{scan: s, decl: fd})
				continue
			}
			visit(d, nil)
			if gd, ok := d.(*ast.GenDecl); !ok || gd.Tok != token.VAR {
				continue
			}
			// A function literal in a package-level variable (a cobra
			// command's RunE) is read as a function of its own.
			ast.Inspect(d, func(n ast.Node) bool {
				lit, ok := n.(*ast.FuncLit)
				if !ok {
					return true
				}
				visit(d, &subscriptionFinder{scan: s, decl: &ast.FuncDecl{Name: ast.NewIdent("_"), Type: lit.Type, Body: lit.Body}})
				return false
			})
		}
	}
}

// subscriptionFinder reads subscription bodies in one function.
type subscriptionFinder struct {
	scan  *packageScan
	decl  *ast.FuncDecl
	depth int // of builder functions followed
	// reading, while a filter forwarder's list is read, gathers what of it
	// the walker does not read (subscription_forward.go).
	reading *listParts
}

// fn is the function the finder reads; nil if it has no object.
func (sf *subscriptionFinder) fn() *types.Func {
	fn, _ := sf.scan.pass.TypesInfo.Defs[sf.decl.Name].(*types.Func)
	return fn
}

// values returns the values a string expression of the function may have.
func (sf *subscriptionFinder) values(x ast.Expr) []Value {
	return sf.scan.boundBases(sf.scan.values(sf.fn(), x))
}

// items returns what node n names of a subscription body.
func (sf *subscriptionFinder) items(n ast.Node) []subscriptionItem {
	info := sf.scan.pass.TypesInfo
	var items []subscriptionItem
	switch n := n.(type) {
	case *ast.BasicLit:
		return sf.scan.jsonItems(n)
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		st, isStruct := t.Underlying().(*types.Struct)
		for i, elt := range n.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				if isStruct && i < st.NumFields() {
					// A literal of the fields in order: {filters, mode}.
					items = append(items, sf.field(jsonName(t, st.Field(i)), elt, isSDKType(t))...)
				}
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok {
				if field, ok := info.Uses[id].(*types.Var); ok && field.IsField() {
					items = append(items, sf.field(jsonName(t, field), kv.Value, isSDKType(t))...)
				}
				continue
			}
			if isMap(t) {
				items = append(items, sf.mapKey(kv.Key, kv.Value)...)
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return nil
		}
		for i, lhs := range n.Lhs {
			switch lhs := ast.Unparen(lhs).(type) {
			case *ast.SelectorExpr:
				if sel := info.Selections[lhs]; sel != nil && sel.Kind() == types.FieldVal {
					items = append(items, sf.field(selectionJSONName(sel), n.Rhs[i], isSDKType(sel.Recv()))...)
				}
			case *ast.IndexExpr:
				if isMap(info.TypeOf(lhs.X)) {
					items = append(items, sf.mapKey(lhs.Index, n.Rhs[i])...)
				}
			}
		}
	}
	return items
}

// field returns the items of a value assigned to a field of this JSON name,
// of an SDK's type when sdk.
func (sf *subscriptionFinder) field(name string, value ast.Expr, sdk bool) []subscriptionItem {
	switch name {
	case eventFiltersKey:
		return sf.filters(value, sdk)
	case transportTypeKey:
		var items []subscriptionItem
		for _, v := range sf.values(value) {
			if it, ok := transportItem(value, v); ok {
				items = append(items, it)
			}
		}
		return items
	}
	return nil
}

// mapKey returns the items of a map entry whose key is a constant JSON name.
func (sf *subscriptionFinder) mapKey(key, value ast.Expr) []subscriptionItem {
	tv := sf.scan.pass.TypesInfo.Types[key]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	return sf.field(constant.StringVal(tv.Value), value, false)
}

// filters returns the filter items of a list of event filters; a list or
// a filter rcperm cannot read is an unresolved item.
func (sf *subscriptionFinder) filters(list ast.Expr, sdk bool) []subscriptionItem {
	if v := sf.fieldList(list); v != nil && sf.depth == 0 && !sf.scan.listedElsewhere(v) {
		sf.scan.addFilterField(v, sdk, list) // checked where it is stored
		return nil
	}
	if items, ok := sf.forwardedList(list, sdk); ok {
		return items
	}
	parts := &listParts{}
	sf.reading = parts
	elems := sf.elements(list, map[*types.Var]bool{})
	sf.reading = nil
	if len(elems) == 0 {
		// A list made elsewhere (a caller's literal, a package-level
		// variable): the value flow's elements.
		if items, ok := sf.flowFilters(list, sdk); ok {
			return items
		}
	}
	if len(elems) == 0 && !isNil(sf.scan.pass.TypesInfo, list) {
		if lit, ok := ast.Unparen(list).(*ast.CompositeLit); !ok || len(lit.Elts) > 0 {
			return []subscriptionItem{{node: list, filter: "{}", unresolved: true, sdk: sdk}}
		}
	}
	items := elementItems(elems, sdk)
	if len(elems) > 0 {
		// The parts of the list the walker does not read (a
		// package-level list a local one copies, a caller's list
		// appended to): the value flow's elements, or unresolved.
		for _, x := range append(parts.unread, parts.paramExprs...) {
			if more, ok := sf.flowFilters(x, sdk); ok {
				items = append(items, more...)
			} else {
				items = append(items, subscriptionItem{node: x, filter: "{}", unresolved: true, sdk: sdk})
			}
		}
	}
	return items
}

// elementItems returns the filter items of a list's elements, each read
// where it is written; a filter rcperm cannot read is an unresolved item.
func elementItems(elems []element, sdk bool) []subscriptionItem {
	var items []subscriptionItem
	for _, e := range elems {
		for _, v := range e.in.values(e.expr) {
			it, ok := filterItem(e.expr, v)
			if ok && it.match.Verdict == permissions.UnknownFilter && strings.Contains(it.filter, "{}") {
				// A part computed at run time may be what makes it a filter.
				it.unresolved, it.sdk = true, sdk
			}
			if ok {
				items = append(items, it)
			} else if len(v) == 0 || !isLit(v[0]) || strings.HasPrefix(v[0].Lit, "/") {
				items = append(items, subscriptionItem{node: e.expr, filter: v.render(), unresolved: true, sdk: sdk})
			}
		}
	}
	return items
}

// isSDKType reports whether t is (a pointer to) a type of a RingCentral
// SDK: a subscription body of that type surely subscribes.
func isSDKType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() {
	case generatedSDK, officialSDK, rcsdkSDK:
		return true
	}
	return false
}

// flowFilters reads a filter list through the value flow: the filters of
// the slices it may be, each checked as if written there.
func (sf *subscriptionFinder) flowFilters(list ast.Expr, sdk bool) ([]subscriptionItem, bool) {
	fp := sf.scan.flow()
	if fp == nil {
		return nil, false
	}
	strs, ok := fp.Elements(list, sf.fn())
	if !ok || len(strs) == 0 {
		return nil, false
	}
	var items []subscriptionItem
	for _, v := range sf.scan.boundBases(alternatives(strs)) {
		if it, ok := filterItem(list, v); ok {
			if it.match.Verdict == permissions.UnknownFilter && strings.Contains(it.filter, "{}") {
				it.unresolved, it.sdk = true, sdk
			}
			items = append(items, it)
		} else {
			items = append(items, subscriptionItem{node: list, filter: v.render(), unresolved: true, sdk: sdk})
		}
	}
	return items, true
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// An element is an expression of a filter list's element, with the
// finder of the function it is written in.
type element struct {
	expr ast.Expr
	in   *subscriptionFinder
}

// elements returns the expressions of a []string's elements: those of a
// slice literal, of the appends and assignments that build a local
// variable, and of what a function of the package returns.
func (sf *subscriptionFinder) elements(list ast.Expr, seen map[*types.Var]bool) []element {
	info := sf.scan.pass.TypesInfo
	switch x := ast.Unparen(list).(type) {
	case *ast.CompositeLit:
		var out []element
		for _, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			out = append(out, element{e, sf})
		}
		return out
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok || seen[v] {
			return nil
		}
		seen[v] = true
		if lit, ok := sf.scan.literalGlobal(v); ok {
			// A package-level list of filters, written once: read
			// where its elements are written.
			return sf.elements(lit, seen)
		}
		sf.reading.noteVar(sf, x, v)
		return sf.variableElements(v, seen)
	case *ast.CallExpr:
		if isCloneCall(info, x) {
			return sf.elements(x.Args[0], seen) // a copy has the same elements
		}
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && info.Uses[id] == types.Universe.Lookup("append") {
			if len(x.Args) == 0 {
				return nil
			}
			out := sf.elements(x.Args[0], seen)
			if x.Ellipsis.IsValid() && len(x.Args) == 2 {
				return append(out, sf.elements(x.Args[1], seen)...)
			}
			for _, e := range x.Args[1:] {
				if ranged, ok := sf.rangedElements(e, seen); ok {
					out = append(out, ranged...)
					continue
				}
				out = append(out, element{e, sf})
			}
			return out
		}
		out := sf.builtElements(x)
		sf.reading.noteCall(sf, x)
		return out
	}
	return nil
}

// rangedElements returns, for an element that is the value of a range
// over another list (for _, f := range filters() { out = append(out,
// string(f)) }), converted or not, that list's elements: the filters are
// written there. ok is false for any other element.
func (sf *subscriptionFinder) rangedElements(e ast.Expr, seen map[*types.Var]bool) ([]element, bool) {
	info := sf.scan.pass.TypesInfo
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
			break
		}
		e = call.Args[0]
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	var over ast.Expr
	ast.Inspect(sf.decl.Body, func(n ast.Node) bool {
		if rs, ok := n.(*ast.RangeStmt); ok && rs.Value != nil {
			if vid, ok := rs.Value.(*ast.Ident); ok && info.Defs[vid] == v {
				over = rs.X
			}
		}
		return over == nil
	})
	if over == nil {
		return nil, false
	}
	elems := sf.elements(over, seen)
	return elems, len(elems) > 0
}

// literalGlobal returns the composite literal a package-level variable
// of the package is initialized with, when no statement of the package
// assigns it again: its elements are what it holds.
func (s *packageScan) literalGlobal(v *types.Var) (*ast.CompositeLit, bool) {
	if v.Pkg() != s.pass.Pkg || v.Parent() != s.pass.Pkg.Scope() {
		return nil, false
	}
	if s.reassigned == nil {
		s.reassigned = map[*types.Var]bool{}
		for _, f := range s.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				as, ok := n.(*ast.AssignStmt)
				if !ok {
					return true
				}
				for _, lhs := range as.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						if g, ok := s.pass.TypesInfo.Uses[id].(*types.Var); ok {
							s.reassigned[g] = true
						}
					}
				}
				return true
			})
		}
	}
	if s.reassigned[v] {
		return nil, false
	}
	var found *ast.CompositeLit
	s.eachPackageVar(func(vs *ast.ValueSpec, i int, g *types.Var) {
		if g == v && i < len(vs.Values) {
			found, _ = ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
		}
	})
	return found, found != nil
}

// variableElements returns the elements a local variable is given in the
// function: by its declaration and each assignment, appends included.
func (sf *subscriptionFinder) variableElements(v *types.Var, seen map[*types.Var]bool) []element {
	info := sf.scan.pass.TypesInfo
	var out []element
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Defs[id] == v || info.Uses[id] == v)
	}
	ast.Inspect(sf.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if is(lhs) {
						out = append(out, sf.elements(n.Rhs[i], seen)...)
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					if is(name) {
						out = append(out, sf.elements(n.Values[i], seen)...)
					}
				}
			}
		}
		return true
	})
	return out
}

// maxBuilderDepth bounds the functions followed for one filter list.
const maxBuilderDepth = 4

// builtElements returns the elements of the lists a function of the
// package returns, read in that function.
func (sf *subscriptionFinder) builtElements(call *ast.CallExpr) []element {
	fn := typeutil.StaticCallee(sf.scan.pass.TypesInfo, call)
	if fn == nil || sf.depth >= maxBuilderDepth {
		return nil
	}
	decl := sf.scan.decls[fn.Origin()]
	if decl == nil {
		return nil
	}
	// What the walker cannot read in it (a package-level list) is the
	// value flow's, as in the function the list is written in.
	inner := &subscriptionFinder{scan: sf.scan, decl: decl, depth: sf.depth + 1, reading: sf.reading}
	var out []element
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, inner.elements(n.Results[0], map[*types.Var]bool{})...)
			}
		}
		return true
	})
	return out
}

// jsonName returns the JSON name of a field of struct type t (or a pointer
// to one): its json tag's name, or "" when it has none.
func jsonName(t types.Type, field *types.Var) string {
	st, ok := derefStruct(t)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == field {
			return tagName(st.Tag(i))
		}
	}
	return ""
}

// selectionJSONName returns the JSON name of the field a selector selects,
// through embedded fields.
func selectionJSONName(sel *types.Selection) string {
	t := sel.Recv()
	name := ""
	for _, i := range sel.Index() {
		st, ok := derefStruct(t)
		if !ok || i >= st.NumFields() {
			return ""
		}
		name, t = tagName(st.Tag(i)), st.Field(i).Type()
	}
	return name
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// tagName is the name a struct tag gives its field in JSON.
func tagName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}

func isMap(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Map)
	return ok
}

// filterItem reads an event filter: a path known from its start (a filter
// that begins with a part computed at run time is not checked), and known
// where the filter it matches has literal text: a part computed at run time
// fills an ID, or may be another filter.
func filterItem(node ast.Node, v Value) (subscriptionItem, bool) {
	if len(v) == 0 || !isLit(v[0]) {
		return subscriptionItem{}, false
	}
	return filterText(node, v.render())
}

// filterText is filterItem of a filter as rcperm renders it ("{}" for
// the parts computed at run time).
func filterText(node ast.Node, filter string) (subscriptionItem, bool) {
	if !strings.HasPrefix(filter, "/") {
		return subscriptionItem{}, false
	}
	it := subscriptionItem{node: node, filter: filter, match: permissions.LookupEventFilter(filter)}
	switch it.match.Verdict {
	case permissions.DocumentedFilter:
		if !unknownsAreIDs(filter, it.match.Filter.Template) {
			return subscriptionItem{}, false
		}
		it.anyOf = it.match.Filter.AnyOf
	case permissions.OperationFilter:
		it.allOf = it.match.Operation.Requires
	}
	return it, true
}

// transportItem reads a delivery transport RingCentral has; a transport
// type not known statically, or none of RingCentral's, is not checked.
func transportItem(node ast.Node, v Value) (subscriptionItem, bool) {
	t, ok := v.literal()
	if !ok {
		return subscriptionItem{}, false
	}
	p, known := permissions.TransportPermission(t)
	if !known {
		return subscriptionItem{}, false
	}
	it := subscriptionItem{node: node, transport: t}
	if p != "" {
		it.allOf, _ = permissions.SetOf(p)
	}
	return it, true
}

// jsonItems returns the items of the constant JSON text under n that holds
// a subscription body: a string literal naming eventFilters, parsed, its
// items reported at the literal.
func (s *packageScan) jsonItems(n ast.Node) []subscriptionItem {
	var items []subscriptionItem
	ast.Inspect(n, func(n ast.Node) bool {
		text, ok := n.(*ast.BasicLit)
		if !ok || text.Kind != token.STRING || !strings.Contains(text.Value, eventFiltersKey) {
			return true
		}
		tv := s.pass.TypesInfo.Types[text]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return true
		}
		var body any
		if json.Unmarshal([]byte(constant.StringVal(tv.Value)), &body) != nil {
			return true
		}
		walkJSON(body, func(key string, value any) {
			switch key {
			case eventFiltersKey:
				list, _ := value.([]any)
				for _, e := range list {
					if f, ok := e.(string); ok {
						if it, ok := filterItem(text, lit(f)); ok {
							items = append(items, it)
						}
					}
				}
			case transportTypeKey:
				if t, ok := value.(string); ok {
					if it, ok := transportItem(text, lit(t)); ok {
						items = append(items, it)
					}
				}
			}
		})
		return true
	})
	return items
}

// walkJSON calls visit with each key and value of the objects in v.
func walkJSON(v any, visit func(key string, value any)) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			visit(k, v[k])
			walkJSON(v[k], visit)
		}
	case []any:
		for _, e := range v {
			walkJSON(e, visit)
		}
	}
}

// unknownsAreIDs reports whether each segment of the filter that holds a
// part computed at run time ("{}") is an ID of the template ("{name}", "~").
func unknownsAreIDs(filter, template string) bool {
	path, _, _ := strings.Cut(filter, "?")
	segs := strings.Split(strings.Trim(path, "/"), "/")
	tsegs := strings.Split(strings.Trim(template, "/"), "/")
	if len(segs) != len(tsegs) {
		return false
	}
	for i, seg := range segs {
		if strings.Contains(seg, "{}") && tsegs[i] != "~" && !strings.HasPrefix(tsegs[i], "{") {
			return false
		}
	}
	return true
}
