package analyzer

import (
	"fmt"
	"go/types"
	"path/filepath"
	"slices"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A holder hole (flow/holders.go) is a request's part read off an object
// a struct holds in a field, the object one its function cannot trace: a
// repository a service keeps in d.Calls, which main made with the call
// log's descriptor. Each store into the holder field, wherever it is, is
// the request with what the stored object holds there, checked at the
// store as a route field's are (route_fields.go): its package asks the
// value flow what the object's field holds (flow.FieldOf).

// holderReadID names a holder hole's read of the package, as the late
// calls' IDs do: "" for any other read, or one another package may not
// store into.
func (s *packageScan) holderReadID(rd routeFieldRead) string {
	if _, _, held := flow.HolderIndex(rd.key); !held || rd.upstream != nil || rd.at == nil || !rd.field.Exported() || !exportedField(rd.field, rd.key) {
		return ""
	}
	p := s.pass.Fset.Position(rd.at.Pos())
	return fmt.Sprintf("%s/%s:%d:%d %s", s.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column, rd.key)
}

// checkHolderStore checks a store into a holder field against a read of
// it: what the stored object holds in the fields the read reads is the
// request, at the store. It reports whether the store answers the read.
func (s *packageScan) checkHolderStore(rd routeFieldRead, st fieldStore) bool {
	if s.heldParameterStore(rd, st) {
		return true
	}
	held := s.heldValues(rd, st, false)
	if !slices.ContainsFunc(held(rd.key), func(v Value) bool { return !v.blank() }) {
		return false // nothing of it known here
	}
	if rd.id != "" {
		s.resolvedLate[rd.id] = true
	}
	for _, r := range s.storedRequests(rd, nil, st.siblings(s, false), held) {
		if rd.upstream != nil {
			r.Chain = s.chains.add(*rd.upstream, endOfChain)
		}
		s.request(&summary{seen: map[string]bool{}}, st.at, r)
	}
	return true
}

// heldParameterStore checks a store into a holder field of what its
// function is given (NewInbox(msgs) storing &Inbox{msgs: msgs}): the
// store is no request of its own, its function is a wrapper whose
// template is the read's request with the given object's fields, and
// each call of it is the request (parameterStore, for a string field).
// ok is false for any other store.
func (s *packageScan) heldParameterStore(rd routeFieldRead, st fieldStore) bool {
	if st.fn == nil || s.summaries[st.fn] == nil {
		return false
	}
	held := s.heldValues(rd, st, true)
	if !slices.ContainsFunc(held(rd.key), Value.hasParams) {
		return false
	}
	s.storeFunctionRequests(st, s.storedRequests(rd, nil, st.siblings(s, true), held))
	return true
}

// isHolderHole reports whether p is a holder hole.
func isHolderHole(p Part) bool {
	_, _, held := flow.HolderIndex(p.Field)
	return p.Unknown && held
}

// isHolder reports whether a field of type t holds a struct whose fields
// a holder hole may read: a named struct, or a pointer to one.
func isHolder(t types.Type) bool {
	_, named := pointeeStruct(t)
	return named != nil
}

// holderStores indexes the package's stores into fields holding a struct,
// once.
func (s *packageScan) holderStores() map[*types.Var][]fieldStore {
	if s.storesByHolder != nil {
		return s.storesByHolder
	}
	s.storesByHolder = map[*types.Var][]fieldStore{}
	s.eachFieldStore(func(v *types.Var, st fieldStore) {
		if v = v.Origin(); isHolder(v.Type()) {
			st.at = st.value
			s.storesByHolder[v] = append(s.storesByHolder[v], st)
		}
	})
	return s.storesByHolder
}

// heldValues returns what the object a store puts into a holder field
// holds in the field each holder hole of the read's field stands for
// (unknown for another field's).
func (s *packageScan) heldValues(rd routeFieldRead, st fieldStore, keepParams bool) func(key string) []Value {
	known := map[string][]Value{}
	return func(key string) []Value {
		if vals, ok := known[key]; ok {
			return vals
		}
		vals := []Value{unknown()}
		holder, index, ok := flow.HolderIndex(key)
		if read, _, _ := flow.HolderIndex(rd.key); ok && holder == read {
			if fp := s.flow(); fp != nil {
				if strs, ok := fp.FieldOf(st.value, index, st.fn); ok {
					vals = alternatives(strs)
					if !keepParams {
						for i := range vals {
							vals[i] = vals[i].substitute(nil) // the storing function's callers'
						}
					}
				}
			}
		}
		known[key] = vals
		return vals
	}
}
