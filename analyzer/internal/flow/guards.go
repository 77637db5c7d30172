package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A value the flow merges from several (the templates of a table ranged
// over) is often tested before use: a template with a verb is formatted,
// one without is taken as it is.
//
//	if !strings.Contains(t, "%s") {
//		out = append(out, t)
//	} else {
//		out = append(out, fmt.Sprintf(t, id))
//	}
//
// SSA has one value t for both branches. Where it is used, the conditions
// on t that a run must meet to get there are known: each branch on a test
// of t that dominates the use. A value of t whose text is known wholly is
// kept only where it passes them.

// maxGuardDepth bounds the dominators a use's tests are looked for in:
// a switch of thousands of cases on one value is a chain of as many
// tests, and each case's use would walk it all.
const maxGuardDepth = 64

// guarded filters strs, what v may hold, by the tests of v that must pass
// for a run to reach at: strings.Contains, HasPrefix or HasSuffix of v
// and a constant, or v compared with a constant.
func (p *Program) guarded(v ssa.Value, at ssa.Instruction, strs []Str) []Str {
	if at == nil || at.Block() == nil || len(strs) < 2 || !p.tested(v) || !uses(at, v) {
		return strs
	}
	b := at.Block()
	steps := 0
	for d := b.Idom(); d != nil && steps < maxGuardDepth; d, steps = d.Idom(), steps+1 {
		ifi, ok := lastIf(d)
		if !ok {
			continue
		}
		// The test's outcome is known at b when the edge to one of
		// its branches is the only way there: the branch is entered
		// from d alone and dominates b (a loop's header, entered again
		// from its body, says nothing).
		var want bool
		switch {
		case edgeDominates(d, d.Succs[0], b):
			want = true
		case edgeDominates(d, d.Succs[1], b):
			want = false
		default:
			continue
		}
		test, ok := testOf(ifi.Cond, v)
		if !ok {
			continue
		}
		var kept []Str
		for _, s := range strs {
			if text, literal := literalText(s); !literal || test(text) == want {
				kept = append(kept, s)
			}
		}
		strs = kept
	}
	return strs
}

// tested reports whether a branch of v's function tests v's text, as
// testOf reads tests: most values no branch tests, and need no walk. Each
// function's tests are read once.
func (p *Program) tested(v ssa.Value) bool {
	var fn *ssa.Function
	switch x := v.(type) {
	case ssa.Instruction:
		fn = x.Parent()
	case *ssa.Parameter:
		fn = x.Parent()
	case *ssa.FreeVar:
		fn = x.Parent()
	}
	if fn == nil {
		return false
	}
	vals, ok := p.testedValues[fn]
	if !ok {
		for _, b := range fn.Blocks {
			if ifi, ok := lastIf(b); ok {
				if vals == nil {
					vals = map[ssa.Value]bool{}
				}
				markTested(ifi.Cond, vals)
			}
		}
		if p.testedValues == nil {
			p.testedValues = map[*ssa.Function]map[ssa.Value]bool{}
		}
		p.testedValues[fn] = vals
	}
	return vals[v]
}

// markTested marks the value cond tests, as testOf reads it.
func markTested(cond ssa.Value, into map[ssa.Value]bool) {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			markTested(c.X, into)
		}
	case *ssa.BinOp:
		if c.Op == token.EQL || c.Op == token.NEQ {
			if _, ok := stringConst(c.Y); ok {
				into[c.X] = true
			}
			if _, ok := stringConst(c.X); ok {
				into[c.Y] = true
			}
		}
	case *ssa.Call:
		if fn := c.Call.StaticCallee(); fn != nil && len(c.Call.Args) == 2 {
			switch fullName(fn) {
			case "strings.Contains", "strings.HasPrefix", "strings.HasSuffix":
				into[c.Call.Args[0]] = true
			}
		}
	}
}

// uses reports whether instruction at reads v.
func uses(at ssa.Instruction, v ssa.Value) bool {
	var buf [8]*ssa.Value
	for _, op := range at.Operands(buf[:0]) {
		if *op == v {
			return true
		}
	}
	return false
}

// valuesAt is what v may hold where instruction at uses it.
func (ev *evaluation) valuesAt(v ssa.Value, at ssa.Instruction, fr frame, depth int) []Str {
	outer := ev.useAt
	ev.useAt = at
	defer func() { ev.useAt = outer }()
	return ev.values(v, fr, depth)
}

// callOf is the call instruction e is an argument of, or nil.
func (p *Program) callOf(e ast.Expr) ssa.Instruction {
	if p.argCalls == nil {
		p.argCalls = map[ast.Expr]token.Pos{}
		for _, f := range p.files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					for _, a := range call.Args {
						p.argCalls[ast.Unparen(a)] = call.Lparen
					}
				}
				return true
			})
		}
	}
	lparen, ok := p.argCalls[ast.Unparen(e)]
	if !ok {
		return nil
	}
	return p.calls[lparen]
}

// edgeDominates reports whether every way to b goes from d to s.
func edgeDominates(d, s, b *ssa.BasicBlock) bool {
	return len(s.Preds) == 1 && s.Preds[0] == d && s.Dominates(b)
}

// lastIf is the If instruction that ends block b, if one does.
func lastIf(b *ssa.BasicBlock) (*ssa.If, bool) {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 {
		return nil, false
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	return ifi, ok
}

// testOf returns the test cond makes of v's text: a call of a string
// predicate of v and a constant, a comparison of v with one, or the
// negation of either; ok is false for any other condition.
func testOf(cond, v ssa.Value) (func(string) bool, bool) {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op != token.NOT {
			return nil, false
		}
		test, ok := testOf(c.X, v)
		if !ok {
			return nil, false
		}
		return func(s string) bool { return !test(s) }, true
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return nil, false
		}
		x, y := c.X, c.Y
		if y == v {
			x, y = y, x
		}
		k, ok := stringConst(y)
		if x != v || !ok {
			return nil, false
		}
		eq := c.Op == token.EQL
		return func(s string) bool { return (s == k) == eq }, true
	case *ssa.Call:
		fn := c.Call.StaticCallee()
		if fn == nil || len(c.Call.Args) != 2 || c.Call.Args[0] != v {
			return nil, false
		}
		k, ok := stringConst(c.Call.Args[1])
		if !ok {
			return nil, false
		}
		switch fullName(fn) {
		case "strings.Contains":
			return func(s string) bool { return strings.Contains(s, k) }, true
		case "strings.HasPrefix":
			return func(s string) bool { return strings.HasPrefix(s, k) }, true
		case "strings.HasSuffix":
			return func(s string) bool { return strings.HasSuffix(s, k) }, true
		}
	}
	return nil, false
}

// stringConst is v's text when v is a string constant.
func stringConst(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}
