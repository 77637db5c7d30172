package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A function handed a pointer to a struct may set its fields; one of
// another package that is known not to (KeepsFields) leaves them as the
// caller set them: a client passed to a helper of its package
// (rcapi.Fetch(ctx, c, ...)) keeps the server its constructor gave it.
// Without that, each later read of the field would also be whatever the
// package stores there, a server unknown beside the known one.

// maxKeepsDepth bounds the calls followed to tell whether a parameter is
// kept.
const maxKeepsDepth = 4

// KeepsFields gives, of a function of the package, the positions of its
// parameters (its receiver first) that point to a struct it sets no field
// of, itself or through the calls it hands them to.
func (p *Program) KeepsFields(obj *types.Func) []int {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.built(obj)
	if fn == nil {
		return nil
	}
	var out []int
	for i, param := range fn.Params {
		if structOf(param.Type()) != nil && isPointer(param.Type()) && p.keeps(param, 0) {
			out = append(out, i)
		}
	}
	return out
}

// keeps reports whether the function of param sets no field of the
// struct it points to: it reads them, or hands param to functions that
// keep it; it stores no field, and does not let param escape (stored,
// captured, boxed) where anything may set them.
func (p *Program) keeps(param *ssa.Parameter, depth int) bool {
	if depth > maxKeepsDepth {
		return false
	}
	for _, r := range *param.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if storesTo(r) {
				return false
			}
		case *ssa.UnOp, *ssa.DebugRef, *ssa.BinOp, *ssa.If:
			// a copy loaded, a comparison: no field set
		case ssa.CallInstruction:
			if !p.callKeeps(r.Common(), param, depth) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// callKeeps reports whether a call given obj sets no field of what it
// points to: a function of the package that keeps the parameter obj is
// for, or one of another whose facts say so.
func (p *Program) callKeeps(common *ssa.CallCommon, obj ssa.Value, depth int) bool {
	callee := common.StaticCallee()
	if callee == nil {
		return false
	}
	if origin := callee.Origin(); origin != nil {
		callee = origin // a generic function's, for its instance
	}
	callee = unwrap(callee)
	args := align(callee, common)
	for i, a := range args {
		if a != obj {
			continue
		}
		if callee.Pkg == p.pkg && len(callee.Blocks) > 0 {
			if i >= len(callee.Params) || !p.keeps(callee.Params[i], depth+1) {
				return false
			}
			continue
		}
		o, ok := callee.Object().(*types.Func)
		if !ok || p.oracle == nil || !p.oracle.KeepsFields(o.Origin(), i) {
			return false
		}
	}
	return true
}
