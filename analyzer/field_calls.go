package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A late-bound call through a function-typed field is resolved by the
// functions stored into the field, and those travel up: a template of the
// caller, resolved where a caller sees a store. A sink that a server
// reaches only through http.Handler, or a goroutine started by a library,
// has no caller that stores: main wires sink.TeamChat{Post: client.Post}
// and hands the sink to a server whose handler net/http calls. The call's
// package lists such calls, once their arguments are known, in its package
// fact (FieldCall), and a package that imports it and stores a function
// with requests into the field checks the call with that function's
// requests, at the store, the field call as its step: the store is where
// the program decides what the call does.

// maxFieldCalls bounds the field calls a package fact carries.
const maxFieldCalls = 64

// A FieldCall is a late-bound call through a function-typed field of an
// exported struct, with its arguments known, that no function stored in
// sight of it resolves.
type FieldCall struct {
	// Call is the late-bound call: its field, arguments and ID; Steps
	// lead from where its arguments became known to the call.
	Call  *LateCall
	Steps []Step
}

// recordFieldCall lists lc, unresolved at call, among the package's field
// calls when another package may resolve it: its arguments became known
// here, and the field is an exported one of an exported struct.
func (s *packageScan) recordFieldCall(lc *LateCall, chain int) {
	if lc.ID == "" || !lc.known() || len(s.fieldCalls) == maxFieldCalls || !strings.HasPrefix(lc.ID, s.pass.Pkg.Path()+"/") ||
		lc.Field == "" && lc.Named == "" || lc.Field != "" && !exportedFieldKey(lc.Field) {
		return
	}
	for _, fc := range s.fieldCalls {
		if fc.Call.ID == lc.ID && fc.Call.String() == lc.String() {
			return
		}
	}
	s.fieldCalls = append(s.fieldCalls, FieldCall{Call: lc, Steps: s.chains.steps(chain)})
}

// exportedFieldKey reports whether a field key ("pkgpath.Type.Field")
// names an exported field of an exported type.
func exportedFieldKey(key string) bool {
	owner := key[:max(strings.LastIndexByte(key, '.'), 0)]
	return token.IsExported(key[len(owner)+1:]) && token.IsExported(owner[strings.LastIndexByte(owner, '.')+1:])
}

// checkFieldCalls checks the field calls of the packages the package
// imports against the functions it stores into their fields: each store
// of a function with requests is where the call's requests are.
func (s *packageScan) checkFieldCalls() {
	if s.pass.ImportPackageFact == nil {
		return // a pass that carries no facts
	}
	s.checkInterfaceCalls()
	stores := s.funcStores()
	if len(stores) == 0 {
		return
	}
	for _, imp := range s.importedPackageFacts() {
		fact := imp.fact
		for _, fc := range fact.FieldCalls {
			if s.resolvedLate[fc.Call.ID] {
				continue // a call of the package's resolved it, where it is made
			}
			for _, st := range stores[fc.Call.Field] {
				s.resolveAtStore(fc, st)
			}
		}
	}
}

// A late-bound call through an interface has no caller that resolves it
// when no call reaches it at all: the Run closure of a command declared
// in a package-level variable, a handler a router calls, with the client
// an interface main wires in. The call's package lists it too, by the
// interface (LateCall.Named), and a package that imports it and converts
// a value of a type with the method to the interface checks the call
// with that type's method, at the conversion: the wiring is where the
// program decides what the call does.

// checkInterfaceCalls resolves the late-bound interface calls of the
// package's imports at its conversions to their interfaces.
func (s *packageScan) checkInterfaceCalls() {
	for _, fc := range s.upstreamCalls {
		if s.resolvedLate[fc.Call.ID] {
			continue
		}
		// One value converted at several places (handed to each service
		// that takes the interface) makes each request once: at its first
		// conversion.
		done := map[*types.Func]bool{}
		for _, c := range s.convSites {
			if c.iface != fc.Call.Named {
				continue
			}
			if fn := s.convertedMethod(c, fc.Call.Method, fc.Call.Iface); fn != nil && !done[fn] {
				done[fn] = true
				s.resolveAtStore(fc, funcStore{fn: fn, at: c.expr, in: c.fn})
			}
		}
	}
}

// convertedMethod is the method named method of the value conversion c
// converts, when its type has every method of iface (methodKey); nil
// otherwise.
func (s *packageScan) convertedMethod(c conversion, method string, iface []string) *types.Func {
	t := s.pass.TypesInfo.TypeOf(c.expr)
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	return implementedBy(t, method, iface)
}

// resolveAtStore records the requests of the field call fc made with the
// function a store puts into its field.
func (s *packageScan) resolveAtStore(fc FieldCall, st funcStore) {
	templates := s.requestsOf(st.fn)
	if len(templates) == 0 {
		return
	}
	sum := &summary{fn: st.in, seen: map[string]bool{}}
	// The store is the site reported, the field's call its next step.
	p := s.pass.Fset.Position(st.at.Pos())
	chain := endOfChain
	for i := len(fc.Steps) - 1; i >= 0; i-- {
		chain = s.chains.add(fc.Steps[i], chain)
	}
	chain = s.chains.add(Step{Call: st.fn.FullName(), File: p.Filename, Line: p.Line, Col: p.Column}, chain)
	r := RequestTemplate{Method: unknown(), URL: unknown(), Chain: chain, Via: fc.Call, picked: s.pickedStep(chain, fc.Call)}
	budget := maxRequestsPerFunc
	s.resolveWith(sum, st.at, r, []*types.Func{st.fn}, nil, &budget)
}

// A funcStore is a function or method value stored into a
// function-typed field: the function, the stored expression, and the
// function the store is written in (nil at package level).
type funcStore struct {
	fn *types.Func
	at ast.Expr
	in *types.Func
}

// funcStores indexes the functions and method values the package stores
// into function-typed fields of named structs, by field key, once.
func (s *packageScan) funcStores() map[string][]funcStore {
	if s.storedFuncs != nil {
		return s.storedFuncs
	}
	s.storedFuncs = map[string][]funcStore{}
	s.eachFieldStore(func(v *types.Var, st fieldStore) {
		named, ok := types.Unalias(pointee(st.owner)).(*types.Named)
		if _, isFunc := underlying(v.Type()).(*types.Signature); !ok || !isFunc || named.Obj().Pkg() == nil {
			return
		}
		if fn := funcValue(s.pass.TypesInfo, st.value); fn != nil {
			key := flow.FieldKey(v, named.Obj())
			s.storedFuncs[key] = append(s.storedFuncs[key], funcStore{fn: fn.Origin(), at: st.value, in: st.fn})
		}
	})
	return s.storedFuncs
}
