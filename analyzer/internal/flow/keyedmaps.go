package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A map built by a loop keys each entry by what the entry holds:
// for _, r := range rules { index[r.Action] = r }. Its key at one
// update is a field of the object ranged over, so a lookup at a constant
// key (index[ActionListCalls]) is the objects whose field is that
// constant. The key and the value are evaluated together once for each
// object of the struct type the key reads, pinned as a joint question
// pins it (joint.go): each object's key beside the same object's value.

// A keyedUpdate is an update whose key reads a field of objects of typ:
// the objects, by the constant each keys its entry with. ok is false when
// an object's key is no single constant, or there are too many objects.
type keyedUpdate struct {
	typ  types.Type
	keys map[string][]ssa.Value
	ok   bool
}

// keyedObjects is the objects an update with a computed key stores, by
// their key: memoized, since the keys hold whatever the question.
func (p *Program) keyedObjects(u *ssa.MapUpdate) keyedUpdate {
	if k, ok := p.keyed[u]; ok {
		return k
	}
	k := p.evalKeyedObjects(u)
	p.keyed[u] = k
	return k
}

// evalKeyedObjects is keyedObjects, evaluated: the one struct type the
// key reads, its objects the update's map may hold, and each object's key
// with the object pinned.
func (p *Program) evalKeyedObjects(u *ssa.MapUpdate) keyedUpdate {
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}, consulted: map[types.Type]bool{}, local: map[memoKey][]Str{}}
	ev.values(u.Key, frame{}, 0)
	if len(ev.consulted) != 1 {
		return keyedUpdate{}
	}
	var typ types.Type
	for t := range ev.consulted {
		typ = t
	}
	bases := p.objectsRead(typ, []asked{{v: u.Key}, {v: u.Value}})
	if len(bases) == 0 || len(bases) > maxJointObjects {
		return keyedUpdate{}
	}
	out := keyedUpdate{typ: typ, keys: map[string][]ssa.Value{}, ok: true}
	for _, b := range bases {
		ev := &evaluation{p: p, visiting: map[memoKey]bool{}, pin: &pin{typ, b}, local: map[memoKey][]Str{}}
		keys := ev.values(u.Key, frame{}, 0)
		if len(keys) != 1 {
			return keyedUpdate{}
		}
		text, ok := literalText(keys[0])
		if !ok {
			return keyedUpdate{}
		}
		out.keys[text] = append(out.keys[text], b)
	}
	return out
}

// keyedEntry is what an update with a computed key stores at the
// constant key: its value (field f of it when f >= 0), evaluated for each
// object keyed by the constant. ok is false when the update's keys are
// not the objects' constants.
func (ev *evaluation) keyedEntry(u *ssa.MapUpdate, key constant.Value, f int, fr frame, depth int) ([]Str, bool) {
	if key.Kind() != constant.String {
		return nil, false
	}
	k := ev.p.keyedObjects(u)
	if !k.ok {
		return nil, false
	}
	var out []Str
	for _, b := range k.keys[constant.StringVal(key)] {
		pinned := &evaluation{p: ev.p, visiting: map[memoKey]bool{}, pin: &pin{k.typ, b}, local: map[memoKey][]Str{}, target: ev.target}
		sub := frame{target: fr.target}
		if f >= 0 && structOf(u.Value.Type()) == k.typ {
			out = union(out, pinned.fieldStores(k.typ, f, sub, depth))
		} else if f < 0 {
			out = union(out, pinned.values(u.Value, sub, depth))
		} else {
			return nil, false
		}
	}
	return out, true
}

// keyedKeys is the constants an update with a computed key keys its
// entries by; ok is false when they are not all constants.
func (p *Program) keyedKeys(u *ssa.MapUpdate) ([]constant.Value, bool) {
	k := p.keyedObjects(u)
	if !k.ok {
		return nil, false
	}
	out := make([]constant.Value, 0, len(k.keys))
	for text := range k.keys {
		out = append(out, constant.MakeString(text))
	}
	slices.SortFunc(out, func(a, b constant.Value) int {
		switch {
		case constant.Compare(a, token.LSS, b):
			return -1
		case constant.Compare(a, token.GTR, b):
			return 1
		}
		return 0
	})
	return out, true
}
