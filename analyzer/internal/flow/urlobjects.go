package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A *url.URL (or url.URL) is followed as the string its String method
// gives: url.Parse of a string is that string; a url.URL literal, or a
// copy, is made from its fields; a field set afterwards, ResolveReference
// and JoinPath are run on the string by the real net/url, through the
// same placeholders as the pure functions.

// Natives of url objects, by names no real function has.
const (
	urlSet     = "net/url.URL·set"
	urlResolve = "net/url.URL·resolve"
	urlJoin    = "net/url.URL·join"
	urlGet     = "net/url.URL·get"
)

func init() {
	natives[urlSet] = func(in *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, StrKind, StrKind) {
			return "", false
		}
		field, v := a[1].s, a[2].s
		if (field == "Scheme" || field == "Host") && unknownOrigin(a[0].s) {
			return "", false // half of an origin nobody knows
		}
		in.spend(a[0]) // the old value of the field is gone
		return withOrigin(a[0].s, func(s string) (string, bool) {
			u, err := url.Parse(s)
			if err != nil {
				return "", false
			}
			switch field {
			case "Scheme":
				u.Scheme = v
			case "Host":
				u.Host = v
			case "Path":
				u.Path, u.RawPath = v, ""
				if u.Host != "" && in.startsWithParam(v) {
					return rootedPath(u), true
				}
			case "RawPath":
				// An encoding hint of the path: String ignores one that
				// does not encode it.
				in.spend(a[2])
				u.RawPath = v
			case "RawQuery":
				u.RawQuery = v
			case "Fragment":
				u.Fragment = v
			case "Opaque":
				u.Opaque = v
			default:
				return "", false
			}
			return u.String(), true
		})
	}
	natives[urlResolve] = func(in *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, StrKind) {
			return "", false
		}
		ref, err := url.Parse(a[1].s)
		if err != nil {
			return "", false
		}
		in.spend(a[0]) // an absolute or rooted reference replaces the base's path
		return withOrigin(a[0].s, func(s string) (string, bool) {
			base, err := url.Parse(s)
			if err != nil {
				return "", false
			}
			return base.ResolveReference(ref).String(), true
		})
	}
	natives[urlGet] = func(in *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, StrKind) || unknownOrigin(a[0].s) && (a[1].s == "Scheme" || a[1].s == "Host") {
			return "", false // half of an origin nobody knows
		}
		in.spend(a[0]) // the rest of the URL is no part of the field
		// A server known only at run time is no part of the path.
		return withOrigin(a[0].s, func(s string) (string, bool) {
			u, err := url.Parse(s)
			if err != nil {
				return "", false
			}
			switch a[1].s {
			case "Scheme":
				return u.Scheme, true
			case "Host":
				return u.Host, true
			case "Path":
				return u.Path, true
			case "RawQuery":
				return u.RawQuery, true
			case "EscapedPath":
				return u.EscapedPath(), true
			case "RequestURI":
				return u.RequestURI(), true
			}
			return "", false
		})
	}
	natives[urlJoin] = func(_ *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, ListKind) {
			return "", false
		}
		return withOrigin(a[0].s, func(s string) (string, bool) {
			u, err := url.Parse(s)
			if err != nil {
				return "", false
			}
			return u.JoinPath(a[1].list...).String(), true
		})
	}
}

// originHost stands for an origin known only at run time, so that net/url
// sees a URL with a scheme and host of its own.
const originHost = "https://origin.invalid"

// unknownOrigin reports whether a URL's instance begins with a token that
// is its whole origin: a server known only at run time, as in
// "Zqx…Xqz/restapi/v1.0".
func unknownOrigin(s string) bool {
	if !strings.HasPrefix(s, tokOpen) || strings.Contains(s, "://") {
		return false
	}
	end := strings.Index(s, tokClose)
	if end < 0 {
		return false
	}
	rest := s[end+len(tokClose):]
	return rest == "" || strings.ContainsAny(rest[:1], "/?#") || strings.HasPrefix(rest, tokOpen)
}

// withOrigin runs f on the URL s; when s's origin is a token
// (unknownOrigin), on s with originHost in its place, and the token is
// put back in f's result wherever the origin was kept. A rooted reference
// resolved against a server known only at run time, or a path set on it,
// keeps that server, as the real URL would.
func withOrigin(s string, f func(string) (string, bool)) (string, bool) {
	if origin, path, ok := rootedParam(s); ok {
		// A server, then a parameter that is the rooted path
		// (rootedPath): parsed with the slash between them that the
		// parameter holds.
		out, ok := f(origin + "/" + path)
		if rest, kept := strings.CutPrefix(out, origin+"/"+tokOpen); ok && kept {
			return origin + tokOpen + rest, true
		}
		return out, ok
	}
	if !unknownOrigin(s) {
		return f(s)
	}
	end := strings.Index(s, tokClose) + len(tokClose)
	out, ok := withOrigin(originHost+s[end:], f) // its path may be a parameter
	if !ok {
		return "", false
	}
	if rest, kept := strings.CutPrefix(out, originHost); kept {
		return s[:end] + rest, true
	}
	return out, !strings.Contains(out, "origin.invalid")
}

// rootedParam splits URL s, a scheme and a host followed by a token
// without a slash between, into the two (rootedPath's text); ok is false
// for any other s, and where the token is part of the host
// ("https://eu-" + region + ".example.com").
func rootedParam(s string) (origin, path string, ok bool) {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || scheme == "" || strings.Contains(scheme, tokOpen) {
		return "", "", false
	}
	i := strings.Index(rest, tokOpen)
	if i <= 0 || strings.ContainsAny(rest[:i], "/?#") || !strings.Contains(rest[:i], ".") && !strings.Contains(rest[:i], ":") {
		return "", "", false
	}
	end := strings.Index(rest[i:], tokClose)
	if end < 0 {
		return "", "", false
	}
	if after := rest[i+end+len(tokClose):]; after != "" && strings.ContainsAny(after[:1], ".-:") {
		return "", "", false // the host goes on
	}
	return s[:len(s)-len(rest)+i], rest[i:], true
}

// rootedPath is u's text when its path begins with a parameter: taken as
// rooted, as a route is. url.URL puts a "/" before a path that has none,
// and a caller's "/restapi/..." would follow it.
func rootedPath(u *url.URL) string {
	path := u.Path
	u.Path = "/" + path
	s := u.String()
	u.Path = path
	origin := "//" + u.Host
	if u.Scheme != "" {
		origin = u.Scheme + ":" + origin
	}
	if rest, ok := strings.CutPrefix(s, origin+"/"+tokOpen); ok {
		return origin + tokOpen + rest
	}
	return s
}

// startsWithParam reports whether text s begins with the token of a
// parameter: what a caller passes.
func (in *instance) startsWithParam(s string) bool {
	rest, ok := strings.CutPrefix(s, tokOpen)
	if !ok {
		return false
	}
	end := strings.Index(rest, tokClose)
	if end < 0 {
		return false
	}
	id, ok := tokenNumber(rest[:end])
	return ok && id < len(in.holes) && in.holes[id].IsParam
}

// urlFieldOf is what a string field of a url.URL holds (u.Host, u.Path):
// the field of each string the URL may be, read by net/url.
func (ev *evaluation) urlFieldOf(obj ssa.Value, field string, at ssa.Instruction, fr frame, depth int) []Str {
	var forms []Str
	if _, local := obj.(*ssa.Alloc); local && at != nil {
		forms = ev.urlObject(obj, at, fr, depth) // as the code set it so far
	} else {
		forms = ev.urlForms(obj, fr, depth)
	}
	var out []Str
	for _, form := range forms {
		// The callers' edits make a URL whose field no template of
		// the target's says: any.
		form = withoutEdits(form)
		if len(form) == 1 && form[0].IsParam && form[0].Param < editsBase && (field == "Path" || field == "RawQuery") {
			// url.Parse(p) of a parameter, p's path read off it
			// (c.baseURL.JoinPath(rel.Path)): what callers pass is a
			// route, a path and its query, far more often than a
			// whole URL, and an origin read here would drop it.
			if field == "Path" {
				out = union(out, []Str{form})
			} else {
				out = union(out, unknownSet())
			}
			continue
		}
		s, ok := CallPure(urlGet, []Arg{StrArg(form), StrArg(Lit(field))})
		if !ok {
			return unknownSet()
		}
		out = union(out, []Str{s})
	}
	return bound(out)
}

// isURL reports whether t is net/url's URL or a pointer to it.
func isURL(t types.Type) bool {
	n, ok := structOf(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL"
}

// urlForms returns the strings a URL value may stand for.
func (ev *evaluation) urlForms(v ssa.Value, fr frame, depth int) []Str {
	// The walk spends the question's budget as values does: a URL
	// parameter of a recursive function is its own source.
	ev.steps++
	if depth > maxDepth || ev.steps > maxSteps {
		return ev.cutShort()
	}
	depth++
	if cur, ok := ev.editing(v); ok {
		return cur
	}
	switch x := v.(type) {
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return ev.fieldSets(x, ev.urlCall(call.Common(), fr, depth), nil, fr, depth)
		}
	case *ssa.Call:
		return ev.fieldSets(x, ev.urlCall(x.Common(), fr, depth), nil, fr, depth)
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && isPointer(x.Type()) {
			return ev.load(fa, fr, depth) // a client's base: what its field holds
		}
		if x.Op == token.MUL {
			return ev.urlObject(x.X, nil, fr, depth)
		}
	case *ssa.Alloc, *ssa.Global:
		return ev.urlObject(x, nil, fr, depth)
	case *ssa.Phi:
		var out []Str
		for _, e := range x.Edges {
			out = union(out, ev.urlForms(e, fr, depth))
		}
		return bound(out)
	case *ssa.Parameter:
		if vals, ok := fr.bound[x]; ok {
			return vals
		}
		ev.dependent = true
		if idx := paramIndex(x.Parent(), x); x.Parent() == fr.target && idx >= 0 {
			return []Str{{{Param: idx, IsParam: true}}} // the client's: its callers' URL
		}
		var out []Str
		for _, src := range ev.p.argumentsFor(x) {
			out = union(out, ev.urlForms(src, frame{target: fr.target}, depth))
		}
		if len(out) == 0 || ev.p.escapes(x.Parent()) {
			out = union(out, unknownSet())
		}
		return bound(out)
	case *ssa.FreeVar:
		if o, ok := fr.free[x]; ok {
			return ev.urlForms(o.v, o.fr, depth)
		}
		var out []Str
		for _, b := range ev.p.bindings(x) {
			out = union(out, ev.urlForms(b, fr, depth))
		}
		return bound(out)
	case *ssa.Field:
		if isPointer(x.Type()) {
			return ev.unguarded(x, fr, depth) // a field of a struct value
		}
		return unknownSet() // a url.URL held in a struct: not followed
	}
	return unknownSet()
}

// urlCall is what a call returning a URL gives: url.Parse of a string,
// ResolveReference and JoinPath of URLs, a function of the package
// followed to its returns, or what another package's facts say; a call
// of a function value (a URL builder's method value handed to a pager)
// is each function it may invoke.
func (ev *evaluation) urlCall(common *ssa.CallCommon, fr frame, depth int) []Str {
	callee := common.StaticCallee()
	if callee == nil {
		fns, external := ev.p.callees(common)
		if common.IsInvoke() || len(fns)+len(external) == 0 {
			return unknownSet()
		}
		var out []Str
		for _, fn := range fns {
			out = union(out, ev.urlReturns(fn, common, fr, depth))
		}
		calls := ev.p.boundCalls(common)
		for _, obj := range external {
			out = union(out, ev.externalVia(obj.Origin(), common, calls, fr, depth))
		}
		return bound(out)
	}
	if obj, ok := callee.Object().(*types.Func); ok && obj.Pkg() != nil && obj.Pkg().Path() == "net/url" {
		args := common.Args
		switch obj.FullName() {
		case "net/url.Parse", "net/url.ParseRequestURI":
			return ev.values(args[0], fr, depth)
		case "(*net/url.URL).ResolveReference":
			return runURL(urlResolve, ev.urlForms(args[0], fr, depth), ev.urlForms(args[1], fr, depth))
		case "(*net/url.URL).Parse":
			return runURL(urlResolve, ev.urlForms(args[0], fr, depth), ev.values(args[1], fr, depth))
		case "(*net/url.URL).JoinPath":
			var lists []Arg
			bases := ev.urlForms(args[0], fr, depth)
			if elems, ok := ev.p.elements(args[1]); ok {
				lists = ev.listArgs(elems, fr, depth)
			} else if lists, ok = ev.stringLists(args[1], fr, depth); !ok {
				// A list the flow joined: a field's, or one the
				// target's callers give (c.Resource, in the transport
				// that sends a call), which only they can split.
				var joined []Str
				var deferred bool
				if lists, joined, deferred, ok = ev.joinedListArgs(args[1], fr, depth); !ok {
					return unknownSet()
				}
				if deferred {
					return ev.deferURLJoin(bases, joined)
				}
			}
			var out []Str
			for _, base := range bases {
				for _, list := range lists {
					s, _ := CallPure(urlJoin, []Arg{StrArg(base), list})
					out = union(out, []Str{s})
				}
			}
			return bound(out)
		}
		return unknownSet()
	}
	fn := unwrap(callee)
	if obj, ok := fn.Object().(*types.Func); ok && fn.Pkg != ev.p.pkg && obj.Pkg() != nil {
		// A URL builder of another package (c.AccountURL("call-log")):
		// what its facts say it returns.
		return ev.external(obj.Origin(), common, fr, depth)
	}
	return ev.urlReturns(fn, common, fr, depth)
}

// urlReturns is the URL a function of the package returns, called with
// common's arguments.
func (ev *evaluation) urlReturns(fn *ssa.Function, common *ssa.CallCommon, fr frame, depth int) []Str {
	if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
		return unknownSet()
	}
	args := align(fn, common)
	inner := frame{target: fr.target, bound: map[*ssa.Parameter][]Str{}}
	if at, ok := ev.p.calls[common.Pos()]; ok {
		bindObjects(&inner, fn, args, at, fr)
	}
	for i, param := range fn.Params {
		if i < len(args) && args[i] != nil {
			if isURL(param.Type()) {
				inner.bound[param] = ev.urlForms(args[i], fr, depth)
			} else if isString(param.Type()) {
				inner.bound[param] = ev.values(args[i], fr, depth)
			}
		}
	}
	var out []Str
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			out = union(out, ev.urlForms(ret.Results[0], inner, depth))
		}
	}
	return bound(out)
}

// deferURLJoin defers base.JoinPath(list...) to the target's callers,
// who give the list joined: each splits the one it gives and runs the
// join.
func (ev *evaluation) deferURLJoin(bases, joined []Str) []Str {
	if !ev.defers {
		return unknownSet()
	}
	args := [][]Arg{nil, nil}
	for _, b := range bases {
		args[0] = append(args[0], StrArg(b))
	}
	for _, s := range joined {
		args[1] = append(args[1], StrArg(s))
	}
	out, ok := ev.deferCall(pureCode(urlJoin, 2, 1), args, []int{-1, JoinedList}, nil)
	if !ok {
		return unknownSet()
	}
	return out
}

// runURL runs a URL native on each combination of its arguments' strings.
func runURL(name string, strs ...[]Str) []Str {
	choices := [][]Arg{{}}
	for _, forms := range strs {
		var alts []Arg
		for _, f := range forms {
			alts = append(alts, StrArg(f))
		}
		var ok bool
		if choices, ok = extend(choices, alts); !ok {
			return unknownSet()
		}
	}
	var out []Str
	for _, args := range choices {
		s, _ := CallPure(name, args)
		out = union(out, []Str{s})
	}
	return out
}

// urlObject is the URL at an address: what is stored there whole (a
// copy), or the zero URL, then each field the package sets there, in the
// order of the code, those written before the instruction before only
// (u.Path read to set it again), when it is given.
func (ev *evaluation) urlObject(addr ssa.Value, before ssa.Instruction, fr frame, depth int) []Str {
	var whole []store
	switch a := addr.(type) {
	case *ssa.Global:
		whole = ev.p.globalStores[a]
	case *ssa.Alloc:
		whole = ev.p.allocStores[a]
		for _, fv := range ev.p.captured(a) {
			whole = append(whole, ev.p.allocStores[fv]...)
		}
	case *ssa.FieldAddr:
		if _, ptr := structOf(a.Type()).(*types.Pointer); ptr {
			return ev.urlField(fieldKey{structOf(a.X.Type()), a.Field}, fr, depth)
		}
		return unknownSet() // a url.URL held in a struct: not followed
	default:
		return ev.urlForms(addr, fr, depth)
	}
	if _, isStruct := structOf(addr.Type()).Underlying().(*types.Struct); !isStruct {
		// A variable holding a *url.URL: the URLs stored in it, by the
		// code of its function or of closures capturing it.
		if len(whole) == 0 {
			return unknownSet()
		}
		var out []Str
		for _, w := range whole {
			out = union(out, ev.urlForms(w.val, frame{target: fr.target}, depth))
		}
		return bound(out)
	}
	forms := []Str{{}}
	if len(whole) > 0 {
		forms = nil
		for _, st := range whole {
			forms = union(forms, ev.urlForms(st.val, fr, depth))
		}
	}
	return ev.fieldSets(addr, forms, before, fr, depth)
}

// urlField is the URL a field holding a *url.URL may hold: what the
// package stores in it, of any struct of its type. A field set to a
// default server and to others of the same API holds the default's
// (oneAPI); one other packages may set holds an unknown URL besides,
// unless it is set to one server only (a client's BaseURL).
func (ev *evaluation) urlField(k fieldKey, fr frame, depth int) []Str {
	return ev.memoized(k, frame{target: fr.target}, depth, func() []Str {
		var forms []Str
		for _, st := range ev.p.fieldStores[k] {
			forms = union(forms, ev.urlForms(st.val, frame{target: fr.target}, depth))
		}
		if len(forms) == 0 {
			return unknownSet()
		}
		if known, ok := oneAPI(forms); ok {
			return known
		}
		if ev.p.writtenElsewhere(k) {
			forms = union(forms, unknownSet())
		}
		return bound(forms)
	})
}

// fieldSets applies to a URL's forms each field the package sets on the
// URL at addr (a variable, or the URL a call returns), in the order of the
// code, up to before when it is given.
func (ev *evaluation) fieldSets(addr ssa.Value, forms []Str, before ssa.Instruction, fr frame, depth int) []Str {
	st, ok := structOf(addr.Type()).Underlying().(*types.Struct)
	if !ok {
		return forms
	}
	sets := ev.p.objFields[addr]
	sort.Slice(sets, func(i, j int) bool { return sets[i].pos < sets[j].pos })
	// The calls handing the URL on to a function that may edit it (an
	// option) take their turn among the stores, in the order of the code.
	edits := ev.p.callEdits(addr)
	if before != nil {
		sets = slices.DeleteFunc(slices.Clone(sets), func(st fieldStore) bool { return storedAfter(st, before) })
		edits = slices.DeleteFunc(slices.Clone(edits), func(e urlEdit) bool { return e.pos >= before.Pos() })
	}
	for _, set := range sets {
		for len(edits) > 0 && edits[0].pos < set.pos {
			forms = ev.callEdit(edits[0], forms, fr, depth)
			edits = edits[1:]
		}
		name := st.Field(set.field).Name()
		var next []Str
		vals := ev.values(set.val, fr, depth)
		for _, f := range forms {
			for _, val := range vals {
				s, _ := CallPure(urlSet, []Arg{StrArg(f), StrArg(Lit(name)), StrArg(val)})
				next = union(next, []Str{s})
			}
		}
		forms = bound(next)
	}
	for _, e := range edits {
		forms = ev.callEdit(e, forms, fr, depth)
	}
	return forms
}

// storedAfter reports whether a field store comes after the instruction
// read: its value is computed after it in the same block
// (u.Path = path.Join(u.Path, route) sets what it read), or it is
// written further on.
func storedAfter(st fieldStore, read ssa.Instruction) bool {
	if v, ok := st.val.(ssa.Instruction); ok && v.Block() == read.Block() {
		return slices.Index(v.Block().Instrs, v) > slices.Index(read.Block().Instrs, read)
	}
	return st.pos >= read.Pos()
}

// EditedURL returns the strings of the URL that what at makes (a call's
// first result, as the request of http.NewRequest; a composite literal,
// as an http.Request literal) holds in its field URL after the edits in
// at's function of that field and of the URL's own fields
// (req.URL.Path = path), in the order of the code. base is the URL a call
// makes it with (the strings of its URL argument); a literal's is its
// own field's. ok is false when at is not in the package's SSA form, or a
// call's URL is never edited.
func (p *Program) EditedURL(at ast.Expr, base []Str, target *types.Func) ([]Str, bool) {
	return p.EditedURLVia(nil, at, base, target)
}

// EditedURLVia is EditedURL in a function the calls lead to, each call's
// callee the function the next is written in (at in the last's), with
// each callee's parameters bound to its call's arguments (StringsVia): a
// request its callers' options edit, at one call.
func (p *Program) EditedURLVia(calls []*ast.CallExpr, at ast.Expr, base []Str, target *types.Func) ([]Str, bool) {
	p.ensure(at.Pos())
	for _, c := range calls {
		p.ensure(c.Pos())
	}
	defer p.answering()()
	var obj ssa.Value
	literal := false
	switch at := ast.Unparen(at).(type) {
	case *ast.CallExpr:
		if call, ok := p.calls[at.Lparen].(*ssa.Call); ok {
			obj = call
			if _, tuple := call.Type().(*types.Tuple); tuple {
				obj = nil
				for _, r := range *call.Referrers() {
					if x, ok := r.(*ssa.Extract); ok && x.Index == 0 {
						obj = x
					}
				}
			}
		}
	case *ast.CompositeLit:
		// The object the literal's fields are stored into: its own
		// allocation, or the variable it is assigned to.
		for _, el := range at.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if fa, ok := p.fieldAddrs[kv.Colon]; ok {
					obj, base, literal = fa.X, []Str{{}}, true
				}
			}
		}
	}
	if obj == nil {
		return nil, false
	}
	edits := objectEdits(p, obj)
	if len(edits) == 0 && !literal {
		return nil, false
	}
	ev, fr := p.start(target)
	fr, ok := ev.via(calls, fr)
	if !ok {
		return nil, false
	}
	ev.defers = true // a template's URL
	forms := base
	for _, e := range edits {
		forms = ev.applyEdit(e, forms, fr, 0)
	}
	return forms, true
}

// A urlEdit is a store to an object's URL field (field ""), or to a field
// of the URL it holds; or a call handing the object (or the URL it holds)
// on as its argument arg, which may edit it (editors.go).
type urlEdit struct {
	pos   token.Pos
	field string
	val   ssa.Value
	call  ssa.CallInstruction
	arg   int
}

// applyEdit applies edit e to forms, the URLs the object holds before it.
func (ev *evaluation) applyEdit(e urlEdit, forms []Str, fr frame, depth int) []Str {
	switch {
	case e.call != nil:
		return ev.callEdit(e, forms, fr, depth)
	case e.field == "":
		return bound(ev.urlForms(e.val, fr, depth))
	}
	var next []Str
	for _, f := range forms {
		for _, val := range ev.values(e.val, fr, depth) {
			s, _ := CallPure(urlSet, []Arg{StrArg(f), StrArg(Lit(e.field)), StrArg(val)})
			next = union(next, []Str{s})
		}
	}
	return bound(next)
}

// objectEdits returns the edits of obj, a request or a URL, in the order
// of the code: for a request, the stores to its field URL, a *url.URL,
// and to the fields of the URLs loaded from it, and those of the
// variables it is copied into whole (req := http.Request{...}); for a
// URL, the stores to it and its fields; and the calls handing it on.
func objectEdits(p *Program, obj ssa.Value) []urlEdit {
	var edits []urlEdit
	if isURL(obj.Type()) {
		edits = urlFieldEdits(obj)
	} else {
		edits = objectURLEdits(obj)
		for _, copied := range copies(obj) {
			edits = append(edits, objectURLEdits(copied)...)
		}
	}
	edits = append(edits, p.callEdits(obj)...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].pos < edits[j].pos })
	return edits
}

// urlFieldEdits returns the stores to the *url.URL u: whole, or to its
// fields.
func urlFieldEdits(u ssa.Value) []urlEdit {
	ust, ok := structOf(u.Type()).Underlying().(*types.Struct)
	if !ok || u.Referrers() == nil {
		return nil
	}
	var edits []urlEdit
	for _, r := range *u.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == u {
				edits = append(edits, urlEdit{pos: r.Pos(), val: r.Val})
			}
		case *ssa.FieldAddr:
			if r.X != u || r.Referrers() == nil {
				continue
			}
			for _, w := range *r.Referrers() {
				if store, ok := w.(*ssa.Store); ok && store.Addr == r {
					edits = append(edits, urlEdit{pos: store.Pos(), field: ust.Field(r.Field).Name(), val: store.Val})
				}
			}
		}
	}
	return edits
}

// copies are the addresses the struct at obj is stored into whole.
func copies(obj ssa.Value) []ssa.Value {
	var out []ssa.Value
	if obj.Referrers() == nil {
		return nil
	}
	for _, r := range *obj.Referrers() {
		if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL && load.Referrers() != nil {
			for _, rr := range *load.Referrers() {
				if st, ok := rr.(*ssa.Store); ok && st.Val == load {
					out = append(out, st.Addr)
				}
			}
		}
	}
	return out
}

func objectURLEdits(obj ssa.Value) []urlEdit {
	st, ok := structOf(obj.Type()).Underlying().(*types.Struct)
	if !ok || obj.Referrers() == nil {
		return nil
	}
	var edits []urlEdit
	for _, r := range *obj.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.X != obj || st.Field(fa.Field).Name() != "URL" || !isURL(st.Field(fa.Field).Type()) {
			continue
		}
		for _, r := range *fa.Referrers() {
			switch r := r.(type) {
			case *ssa.Store:
				if r.Addr == fa {
					edits = append(edits, urlEdit{pos: r.Pos(), val: r.Val})
				}
			case *ssa.UnOp:
				if r.Op == token.MUL {
					edits = append(edits, urlFieldEdits(r)...) // the URL loaded from it
				}
			}
		}
	}
	return edits
}
