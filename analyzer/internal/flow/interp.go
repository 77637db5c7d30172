package flow

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A string helper the value flow cannot summarize (a loop filling a
// template's {name} placeholders in order with its arguments, slicing
// the template at each brace) is run instead: compiled from its SSA form
// to a Code, and interpreted on a concrete instance of its arguments, a
// token for each part known only at run time, as a pure function of the
// standard library is (pure.go); a result that loses, splits or recases a
// token is unknown. A Code is plain data, so a fact carries an exported
// helper to the packages that call it.

// maxInterpSteps bounds the instructions one run executes, and
// maxListLen the lists it makes.
const (
	maxInterpSteps = 20000
	maxListLen     = 1024
)

// A Code is a function compiled for the interpreter. Registers 0 to
// Params-1 are its parameters, its receiver first; Funcs are the
// functions of its package it calls, by index.
type Code struct {
	Params int
	// Lists marks the parameters that are lists of strings; Opaque
	// those of other types (a builder's receiver), which no instruction
	// reads but through an input; the others are strings.
	Lists  []bool
	Opaque []bool
	// Inputs are the strings the run reads but does not compute (a
	// field of the receiver, a call the interpreter does not run), each
	// computed from the parameters alone and so given by the value flow
	// at the call: their values in terms of the parameters.
	Inputs []CodeInput
	Regs   int
	Consts []CodeInstr // const instructions, run on entry
	// TestsInputs is set when a branch tests what an input holds
	// (testsInputs), once, where the Code is compiled.
	TestsInputs bool
	Blocks      []CodeBlock
	Funcs       []Code
}

// opaque reports whether parameter i is given no value.
func (c *Code) opaque(i int) bool { return i < len(c.Opaque) && c.Opaque[i] }

// list reports whether argument i, a parameter or past them an input, is
// a list of strings.
func (c *Code) list(i int) bool {
	if i < c.Params {
		return c.Lists[i]
	}
	return i-c.Params < len(c.Inputs) && c.Inputs[i-c.Params].List
}

// Loops reports whether the Code, or one it calls, has a loop: what a
// summary of its parameters approximates, and a run does not.
func (c *Code) Loops() bool {
	for i, b := range c.Blocks {
		for _, p := range b.Preds {
			if p >= i {
				return true
			}
		}
	}
	return slices.ContainsFunc(c.Funcs, func(f Code) bool { return f.Loops() })
}

// testsInputs reports whether a branch of the Code tests what an input
// holds (if q.account != "" of a builder's field): a run decides it only
// where the input is known, so a call whose inputs its callers give is
// theirs to run. compile records it in TestsInputs.
func (c *Code) testsInputs() bool {
	read := make([]bool, c.Regs)
	for changed := true; changed; {
		changed = false
		for _, b := range c.Blocks {
			for _, ci := range b.Instrs {
				if ci.Op == "if" || ci.Dst < 0 || ci.Dst >= len(read) || read[ci.Dst] {
					continue
				}
				r := ci.Op == "input"
				for _, a := range ci.Args {
					r = r || a >= 0 && a < len(read) && read[a]
				}
				if r {
					read[ci.Dst], changed = true, true
				}
			}
		}
	}
	for _, b := range c.Blocks {
		for _, ci := range b.Instrs {
			if ci.Op == "if" && len(ci.Args) == 1 && ci.Args[0] >= 0 && ci.Args[0] < len(read) && read[ci.Args[0]] {
				return true
			}
		}
	}
	return false
}

// A CodeInput is a string, or a list of strings (a builder's segments
// field), a run reads as given: its templates in terms of the function's
// parameters, for the packages that call it, a list's joined
// (joinedlists.go).
type CodeInput struct {
	Tmpls []Str
	List  bool
}

// A CodeBlock is a basic block: its instructions, its successors (an If
// goes to the first when true), and its predecessors, in the order of
// its phis' arguments.
type CodeBlock struct {
	Instrs []CodeInstr
	Succs  []int
	Preds  []int
}

// A CodeInstr is one instruction: Op names it, Dst is the register it
// sets, Args the registers it reads.
type CodeInstr struct {
	Op   string // const, binop, unop, phi, if, jump, return, call, slice, index, len, conv, elem, builder, write, string, move, input, array, makelist, setelem, append, fail
	Dst  int
	Args []int
	// Token is a binop's or unop's operator; a call's function: a pure
	// function's full name, or "#i", Funcs[i]; a conv's target kind.
	Token string
	// Kind and Lit are a constant's: "string", "int", "bool" or "nil".
	Kind, Lit string
}

// compiler compiles one function, and the package functions it calls.
type compiler struct {
	regs   map[ssa.Value]int
	consts []CodeInstr     // of the function being compiled
	funcs  []*ssa.Function // the callees compiled, by index
	code   []Code
	depth  int
	failed bool // a constant of a kind the interpreter has no value for
	// inputs are the strings its runs are given (CodeInput): of the
	// function compiled first, computed from its parameters alone, and
	// of a function it calls on its opaque parameters (a method on its
	// receiver), computed from those alone. absent are such values that
	// are no strings (a field's address), which only inputs read.
	inputs []codeInput
	// inputIndex gives the input a field load is, by inputKey.
	inputIndex map[string]int
	absent     map[ssa.Value]bool
	hoisted    map[ssa.Value]bool
	// via are the calls from the function compiled first to the one
	// being compiled; opaque the parameters, of the functions on the
	// way, that hold an opaque parameter of the first.
	via    []*ssa.Call
	opaque map[*ssa.Parameter]bool
	// opaqueCalls are the calls of callbacks compiled as unknown
	// (opaqueCall).
	opaqueCalls map[*ssa.Call]bool
}

// A codeInput is an input of a Code: a value of the function the calls
// via lead to from the one compiled first (of that function itself, when
// none).
type codeInput struct {
	via []*ssa.Call
	v   ssa.Value
}

// list reports whether the input is a list of strings.
func (in codeInput) list() bool { return isStringSlice(in.v.Type()) }

// compile compiles fn; ok is false for a function the interpreter
// cannot run at all (one whose first result is no string, one failing on
// every path, one handing its receiver to what it does not run). An
// instruction it does not run (memory, interfaces, calls of other
// functions than pure ones and compilable ones of its package) is an
// input when it computes a string from the parameters alone, the value
// flow's to give at each call, and otherwise fails the run that reaches
// it. inputs are the values of the Code's Inputs.
func compile(fn *ssa.Function) (code Code, inputs []codeInput, ok bool) {
	c := &compiler{inputIndex: map[string]int{}, absent: map[ssa.Value]bool{}, hoisted: map[ssa.Value]bool{}, opaque: map[*ssa.Parameter]bool{}, opaqueCalls: map[*ssa.Call]bool{}}
	code, ok = c.compile(fn)
	if !ok {
		return Code{}, nil, false
	}
	code.Funcs = c.code
	if len(c.inputs) > 0 {
		code.Inputs = make([]CodeInput, len(c.inputs))
		for i, in := range c.inputs {
			code.Inputs[i].List = in.list()
		}
		code.TestsInputs = code.testsInputs()
	}
	return code, c.inputs, true
}

// hoistable reports whether v is computed from the parameters and
// constants alone: the same at every point of a run, whatever its loops
// and branches did, so the value flow may give it for the run.
func (c *compiler) hoistable(v ssa.Value) bool {
	if got, ok := c.hoisted[v]; ok {
		return got
	}
	c.hoisted[v] = false // a cycle goes through a phi
	ok := true
	switch x := v.(type) {
	case *ssa.Parameter:
		// A called function's own parameters vary from call to call;
		// the first's opaque ones it was handed do not.
		ok = c.depth == 0 || c.opaque[x]
	case *ssa.Const, *ssa.Global, *ssa.Function, *ssa.Builtin:
	case *ssa.Alloc:
		ok = spilled(x) != nil
	case *ssa.Phi, *ssa.FreeVar, nil:
		ok = false
	case ssa.Instruction:
		for _, op := range x.Operands(nil) {
			if *op != nil && !c.hoistable(*op) {
				ok = false
				break
			}
		}
	default:
		ok = false
	}
	c.hoisted[v] = ok
	return ok
}

func (c *compiler) compile(fn *ssa.Function) (Code, bool) {
	if fn == nil || len(fn.Blocks) == 0 || fn.Recover != nil || len(fn.FreeVars) > 0 || c.depth > 4 {
		return Code{}, false
	}
	outerRegs, outerConsts := c.regs, c.consts
	c.regs, c.consts = map[ssa.Value]int{}, nil
	defer func() { c.regs, c.consts = outerRegs, outerConsts }()
	code := Code{Params: len(fn.Params)}
	for _, p := range fn.Params {
		c.reg(p)
		list := isStringSlice(p.Type())
		opaque := !list && kindOf(p.Type()) != "string"
		if _, basic := p.Type().Underlying().(*types.Basic); opaque && (basic || c.depth > 0 && !c.opaque[p]) {
			// The interpreter is given strings and lists, and the
			// function compiled first values it reads only through
			// inputs (a builder's receiver, a context), as do the
			// functions it hands them to.
			return Code{}, false
		}
		code.Lists = append(code.Lists, list)
		code.Opaque = append(code.Opaque, opaque)
	}
	if res := fn.Signature.Results(); res.Len() == 0 || kindOf(res.At(0).Type()) != "string" {
		return Code{}, false
	}
	failed := map[ssa.Instruction]bool{}
	for _, b := range fn.Blocks {
		cb := CodeBlock{}
		for _, s := range b.Succs {
			cb.Succs = append(cb.Succs, s.Index)
		}
		for _, p := range b.Preds {
			cb.Preds = append(cb.Preds, p.Index)
		}
		for _, instr := range b.Instrs {
			ci, skip, ok := c.instr(fn, instr)
			if !ok {
				ci, skip, ok = c.input(instr)
			}
			if !ok {
				// What the interpreter does not run fails the run
				// that reaches it: an error path (fmt.Errorf) may
				// never be taken.
				ci, skip = CodeInstr{Op: "fail"}, false
				failed[instr] = true
			}
			if !skip {
				cb.Instrs = append(cb.Instrs, ci)
			}
		}
		code.Blocks = append(code.Blocks, cb)
	}
	code.Regs, code.Consts = len(c.regs), c.consts
	return code, !c.failed && !readsOutside(fn, failed) && !failsAlways(fn, failed)
}

// spilled is the parameter a local holds when it is the parameter's
// spill (its one store, the function's debug form), nil otherwise.
func spilled(a *ssa.Alloc) *ssa.Parameter {
	var param *ssa.Parameter
	for _, r := range *a.Referrers() {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != a {
			continue
		}
		p, ok := st.Val.(*ssa.Parameter)
		if !ok || param != nil {
			return nil
		}
		param = p
	}
	return param
}

// spillRead is the parameter v reads when it loads the parameter's
// spill, nil otherwise.
func spillRead(v ssa.Value) *ssa.Parameter {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	a, ok := load.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	return spilled(a)
}

// readsOutside reports whether an instruction the run fails at reads an
// opaque parameter (a receiver handed to another function): its fields
// are no inputs then, and the Code no use.
func readsOutside(fn *ssa.Function, failed map[ssa.Instruction]bool) bool {
	for _, p := range fn.Params {
		if kindOf(p.Type()) == "string" || isStringSlice(p.Type()) {
			continue
		}
		for _, r := range *p.Referrers() {
			if failed[r] {
				return true
			}
		}
	}
	return false
}

// failsAlways reports whether every run fails: an instruction the
// interpreter does not run (a map made, a call it cannot follow that
// is no input) comes before every return.
func failsAlways(fn *ssa.Function, failed map[ssa.Instruction]bool) bool {
	for instr := range failed {
		all := true
		for _, ret := range returnsOf(fn) {
			if !instr.Block().Dominates(ret.Block()) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// input compiles an instruction the interpreter does not run that
// computes a value from the parameters alone: a string is an input, any
// other value absent; ok is false for another instruction.
func (c *compiler) input(instr ssa.Instruction) (ci CodeInstr, skip, ok bool) {
	v, isValue := instr.(ssa.Value)
	if !isValue || !c.hoistable(v) {
		return ci, false, false
	}
	if kindOf(v.Type()) != "string" && !isStringSlice(v.Type()) {
		c.absent[v] = true
		return ci, true, true
	}
	key, keyed := c.inputKey(v)
	if i, seen := c.inputIndex[key]; keyed && seen {
		// The same field read again (tested, then written): one
		// input, so that a run sees one value.
		return CodeInstr{Op: "input", Dst: c.reg(v), Lit: strconv.Itoa(i)}, false, true
	}
	c.inputs = append(c.inputs, codeInput{via: slices.Clone(c.via), v: v})
	if keyed {
		c.inputIndex[key] = len(c.inputs) - 1
	}
	return CodeInstr{Op: "input", Dst: c.reg(v), Lit: strconv.Itoa(len(c.inputs) - 1)}, false, true
}

// inputKey names an input that loads a field of a parameter, through
// fields (q.api.server), on the way the compiler is: ok is false for any
// other value.
func (c *compiler) inputKey(v ssa.Value) (string, bool) {
	var b strings.Builder
	for _, call := range c.via {
		fmt.Fprintf(&b, "%p/", call)
	}
	var path func(v ssa.Value) bool
	path = func(v ssa.Value) bool {
		switch x := v.(type) {
		case *ssa.Parameter:
			fmt.Fprintf(&b, "%p", x)
			return true
		case *ssa.UnOp:
			if x.Op != token.MUL || !path(x.X) {
				return false
			}
			b.WriteString("*")
			return true
		case *ssa.FieldAddr:
			if !path(x.X) {
				return false
			}
			fmt.Fprintf(&b, ".%d", x.Field)
			return true
		}
		return false
	}
	ok := path(v)
	return b.String(), ok
}

func (c *compiler) reg(v ssa.Value) int {
	if r, ok := c.regs[v]; ok {
		return r
	}
	c.regs[v] = len(c.regs)
	return c.regs[v]
}

// args are the registers of values; ok is false for a value the
// interpreter has no register for (a global, a function).
func (c *compiler) args(vs ...ssa.Value) ([]int, bool) {
	out := make([]int, len(vs))
	for i, v := range vs {
		switch v.(type) {
		case *ssa.Global, *ssa.Function, *ssa.Builtin, *ssa.FreeVar:
			return nil, false
		}
		if c.absent[v] {
			return nil, false
		}
		if v == nil {
			out[i] = -1
			continue
		}
		if k, ok := v.(*ssa.Const); ok {
			if _, seen := c.regs[k]; !seen {
				kind, lit, ok := constOperand(k)
				c.failed = c.failed || !ok
				c.consts = append(c.consts, CodeInstr{Op: "const", Dst: c.reg(k), Kind: kind, Lit: lit})
			}
		}
		out[i] = c.reg(v)
	}
	return out, true
}

// instr compiles one instruction; skip is set for one that does nothing
// the interpreter needs (a debug reference).
func (c *compiler) instr(fn *ssa.Function, instr ssa.Instruction) (ci CodeInstr, skip, ok bool) {
	switch x := instr.(type) {
	case *ssa.DebugRef:
		return ci, true, true
	case *ssa.If:
		args, ok := c.args(x.Cond)
		return CodeInstr{Op: "if", Args: args}, false, ok
	case *ssa.Jump:
		return CodeInstr{Op: "jump"}, false, true
	case *ssa.Return:
		if len(x.Results) == 0 {
			return CodeInstr{Op: "return"}, false, true
		}
		args, ok := c.args(x.Results[0])
		return CodeInstr{Op: "return", Args: args}, false, ok
	case *ssa.Store:
		if a, ok := x.Addr.(*ssa.Alloc); ok && spilled(a) == x.Val {
			return ci, true, true // a parameter's spill: read as the parameter
		}
		if ia, ok := x.Addr.(*ssa.IndexAddr); ok && (isStringSlice(ia.X.Type()) || isStringArray(ia.X.Type())) {
			// An element of a list literal, or of a list the function
			// made.
			args, ok := c.args(ia.X, ia.Index, x.Val)
			return CodeInstr{Op: "setelem", Args: args}, false, ok
		}
		return ci, false, false
	}
	v, isValue := instr.(ssa.Value)
	if !isValue {
		return ci, false, false
	}
	dst := c.reg(v)
	switch x := v.(type) {
	case *ssa.Phi:
		args, ok := c.args(x.Edges...)
		return CodeInstr{Op: "phi", Dst: dst, Args: args}, false, ok
	case *ssa.BinOp:
		args, ok := c.args(x.X, x.Y)
		return CodeInstr{Op: "binop", Dst: dst, Args: args, Token: x.Op.String()}, false, ok
	case *ssa.UnOp:
		if p := spillRead(x); p != nil {
			// A read of a parameter's spill: the parameter.
			args, ok := c.args(p)
			return CodeInstr{Op: "move", Dst: dst, Args: args}, false, ok
		}
		if x.Op == token.MUL {
			// A load of a slice's element (a range over a list
			// parameter): the element.
			ia, isElem := x.X.(*ssa.IndexAddr)
			if !isElem || !isStringSlice(ia.X.Type()) && !isStringArray(ia.X.Type()) {
				return ci, false, false
			}
			args, ok := c.args(ia.X, ia.Index)
			return CodeInstr{Op: "elem", Dst: dst, Args: args}, false, ok
		}
		args, ok := c.args(x.X)
		return CodeInstr{Op: "unop", Dst: dst, Args: args, Token: x.Op.String()}, false, ok
	case *ssa.IndexAddr:
		if isStringSlice(x.X.Type()) || isStringArray(x.X.Type()) {
			return ci, true, true // read by the load or written by the store that follows
		}
		return ci, false, false
	case *ssa.Slice:
		if isStringArray(x.X.Type()) && x.Low == nil && x.High == nil && x.Max == nil {
			args, ok := c.args(x.X)
			return CodeInstr{Op: "move", Dst: dst, Args: args}, false, ok // a list literal
		}
		if !isString(x.X.Type()) {
			return ci, false, false
		}
		args, ok := c.args(x.X, x.Low, x.High)
		return CodeInstr{Op: "slice", Dst: dst, Args: args}, false, ok
	case *ssa.Lookup:
		if !isString(x.X.Type()) || x.CommaOk {
			return ci, false, false
		}
		args, ok := c.args(x.X, x.Index)
		return CodeInstr{Op: "index", Dst: dst, Args: args}, false, ok
	case *ssa.Convert:
		args, ok := c.args(x.X)
		return CodeInstr{Op: "conv", Dst: dst, Args: args, Token: kindOf(x.Type())}, false, ok && kindOf(x.Type()) != ""
	case *ssa.ChangeType:
		args, ok := c.args(x.X)
		return CodeInstr{Op: "move", Dst: dst, Args: args}, false, ok
	case *ssa.Extract:
		// A call's error: nil on a run that returns, an error path
		// being one it fails on (fmt.Errorf); its string: the call's.
		if x.Index > 0 && types.Identical(x.Type(), types.Universe.Lookup("error").Type()) {
			c.consts = append(c.consts, CodeInstr{Op: "const", Dst: dst, Kind: "nil"})
			return ci, true, true
		}
		if call, ok := x.Tuple.(*ssa.Call); ok && c.opaqueCalls[call] && x.Index > 0 && kindOf(x.Type()) == "bool" {
			// A callback's "found": true on a run that returns, as its
			// error is nil, a miss being the path the run fails on.
			c.consts = append(c.consts, CodeInstr{Op: "const", Dst: dst, Kind: "bool", Lit: "true"})
			return ci, true, true
		}
		if x.Index > 0 {
			return ci, false, false
		}
		args, ok := c.args(x.Tuple)
		return CodeInstr{Op: "move", Dst: dst, Args: args}, false, ok
	case *ssa.MakeSlice:
		if !isStringSlice(x.Type()) {
			return ci, false, false
		}
		args, ok := c.args(x.Len)
		return CodeInstr{Op: "makelist", Dst: dst, Args: args}, false, ok
	case *ssa.Alloc:
		if arr, ok := x.Type().(*types.Pointer).Elem().Underlying().(*types.Array); ok && isStringArray(x.Type()) {
			return CodeInstr{Op: "array", Dst: dst, Lit: strconv.FormatInt(arr.Len(), 10)}, false, true
		}
		if named, ok := x.Type().(*types.Pointer).Elem().(*types.Named); ok && named.Obj().Pkg() != nil {
			// A strings.Builder, or a bytes.Buffer written the same way.
			switch named.Obj().Pkg().Path() + "." + named.Obj().Name() {
			case "strings.Builder", "bytes.Buffer":
				return CodeInstr{Op: "builder", Dst: dst}, false, true
			}
		}
		return ci, false, false
	case *ssa.Call:
		return c.call(fn, x, dst)
	}
	return ci, false, false
}

// call compiles a call: len, a strings.Builder's method, a pure
// function, or a compilable function of the package.
func (c *compiler) call(fn *ssa.Function, x *ssa.Call, dst int) (CodeInstr, bool, bool) {
	common := x.Common()
	if common.IsInvoke() {
		return CodeInstr{}, false, false
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		args, ok := c.args(common.Args...)
		switch {
		case b.Name() == "len" && len(common.Args) == 1:
			return CodeInstr{Op: "len", Dst: dst, Args: args}, false, ok
		case b.Name() == "append" && len(common.Args) == 2 && isStringSlice(x.Type()):
			return CodeInstr{Op: "append", Dst: dst, Args: args}, false, ok
		}
		return CodeInstr{}, false, false
	}
	callee := common.StaticCallee()
	if callee == nil && c.opaqueCall(fn, x) {
		// A function value the Code is handed (a lookup callback):
		// never run, each call's string known only at run time.
		c.opaqueCalls[x] = true
		return CodeInstr{Op: "unknown", Dst: dst}, false, true
	}
	name := fullName(callee)
	if name == "strings.NewReplacer" && len(common.Args) == 1 {
		// Its pairs: what (*strings.Replacer).Replace is given.
		args, ok := c.args(common.Args...)
		return CodeInstr{Op: "move", Dst: dst, Args: args}, false, ok
	}
	if _, method, ok := builderMethod(name); ok {
		args, ok := c.args(common.Args...)
		switch method {
		case "WriteString", "WriteByte", "WriteRune":
			return CodeInstr{Op: "write", Dst: dst, Args: args}, false, ok
		case "String":
			return CodeInstr{Op: "string", Dst: dst, Args: args}, false, ok
		case "Grow", "Reset", "Len":
			return CodeInstr{Op: "builderop", Dst: dst, Args: args, Token: method}, false, ok
		}
		return CodeInstr{}, false, false
	}
	args, ok := c.args(common.Args...)
	if !ok {
		return CodeInstr{}, false, false
	}
	if IsPure(name) || intNatives[name] != nil {
		return CodeInstr{Op: "call", Dst: dst, Args: args, Token: name}, false, true
	}
	if callee == nil || callee.Pkg != fn.Pkg || len(callee.Params) != len(common.Args) {
		return CodeInstr{}, false, false
	}
	// A callee handed an opaque parameter reads it through inputs of its
	// own: compiled for this call alone, as its inputs are this call's.
	var handed []*ssa.Parameter
	for i, a := range common.Args {
		if sp := spillRead(a); sp != nil {
			a = sp
		}
		if p, ok := a.(*ssa.Parameter); ok && kindOf(p.Type()) == "" && !isStringSlice(p.Type()) && (c.depth == 0 && p.Parent() == fn || c.opaque[p]) {
			handed = append(handed, callee.Params[i])
		}
	}
	if handed == nil {
		for i, f := range c.funcs {
			if f == callee {
				return CodeInstr{Op: "call", Dst: dst, Args: args, Token: "#" + strconv.Itoa(i)}, false, true
			}
		}
	}
	for _, p := range handed {
		c.opaque[p] = true
	}
	c.depth++
	c.via = append(c.via, x)
	code, ok := c.compile(callee)
	c.via = c.via[:len(c.via)-1]
	c.depth--
	for _, p := range handed {
		delete(c.opaque, p)
	}
	if !ok {
		return CodeInstr{}, false, false
	}
	c.funcs = append(c.funcs, callee)
	c.code = append(c.code, code)
	return CodeInstr{Op: "call", Dst: dst, Args: args, Token: "#" + strconv.Itoa(len(c.code)-1)}, false, true
}

// opaqueCall reports whether x calls a function value that fn is handed
// as a parameter, whose first result is a string and whose others are a
// bool or an error: a callback the Code cannot run.
func (c *compiler) opaqueCall(fn *ssa.Function, x *ssa.Call) bool {
	p, ok := x.Common().Value.(*ssa.Parameter)
	if !ok || p.Parent() != fn {
		return false
	}
	sig, ok := p.Type().Underlying().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || kindOf(sig.Results().At(0).Type()) != "string" {
		return false
	}
	for i := 1; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if kindOf(t) != "bool" && !types.Identical(t, types.Universe.Lookup("error").Type()) {
			return false
		}
	}
	return true
}

// constOperand is a constant's kind and text.
func constOperand(k *ssa.Const) (kind, lit string, ok bool) {
	if k.Value == nil {
		return "nil", "", true
	}
	switch k.Value.Kind() {
	case constant.String:
		return "string", constant.StringVal(k.Value), true
	case constant.Int:
		return "int", k.Value.ExactString(), true
	case constant.Bool:
		return "bool", k.Value.ExactString(), true
	}
	return "", "", false
}

// kindOf is the interpreter's kind of a type: "string", "int", "bool";
// "" for any other.
func kindOf(t types.Type) string {
	b, ok := t.Underlying().(*types.Basic)
	switch {
	case !ok:
		return ""
	case b.Info()&types.IsString != 0:
		return "string"
	case b.Info()&types.IsInteger != 0:
		return "int"
	case b.Info()&types.IsBoolean != 0:
		return "bool"
	}
	return ""
}

// intNatives are the pure functions of strings that return an integer
// or a truth value, which a helper's loop tests: by full name.
var intNatives = map[string]func(in *instance, args []ival) (ival, bool){
	"strings.Index":         strInt(strings.Index),
	"strings.LastIndex":     strInt(strings.LastIndex),
	"strings.Count":         strInt(strings.Count),
	"strings.Contains":      strBool(strings.Contains),
	"strings.HasPrefix":     strBool(strings.HasPrefix),
	"strings.HasSuffix":     strBool(strings.HasSuffix),
	"strings.IndexByte":     byteInt(strings.IndexByte),
	"strings.LastIndexByte": byteInt(strings.LastIndexByte),
}

func strInt(f func(string, string) int) func(*instance, []ival) (ival, bool) {
	return func(_ *instance, a []ival) (ival, bool) {
		if len(a) != 2 || a[0].kind != "string" || a[1].kind != "string" {
			return ival{}, false
		}
		return ival{kind: "int", n: int64(f(a[0].s, a[1].s))}, true
	}
}

func strBool(f func(string, string) bool) func(*instance, []ival) (ival, bool) {
	return func(in *instance, a []ival) (ival, bool) {
		if len(a) != 2 || a[0].kind != "string" || a[1].kind != "string" {
			return ival{}, false
		}
		return test(in, f, a[0].s, a[1].s)
	}
}

// test is a test of two strings. A token of an argument stands for
// text of its own, never empty (an unknown id is no ""); in a strict
// run, and of an input in any run, for whatever the callers pass or the
// run time gives (an environment variable may be unset): ok is false
// when the test gives another answer with those tokens empty (v != ""
// of an environment variable's v), which the summary of both branches
// answers instead.
func test(in *instance, f func(string, string) bool, x, y string) (ival, bool) {
	got := f(x, y)
	return ival{kind: "bool", b: got}, got == f(in.emptied(x), in.emptied(y))
}

// emptied is s with each token that may stand for "" taken out.
func (in *instance) emptied(s string) string {
	var b strings.Builder
	for {
		before, rest, ok := strings.Cut(s, tokOpen)
		b.WriteString(before)
		if !ok {
			return b.String()
		}
		digits, after, ok := strings.Cut(rest, tokClose)
		if !ok {
			b.WriteString(tokOpen + rest)
			return b.String()
		}
		if n, ok := tokenNumber(digits); ok && !in.strict && !in.given[n] {
			b.WriteString(tokOpen + digits + tokClose) // an argument's: never empty
		}
		s = after
	}
}

func byteInt(f func(string, byte) int) func(*instance, []ival) (ival, bool) {
	return func(_ *instance, a []ival) (ival, bool) {
		if len(a) != 2 || a[0].kind != "string" || a[1].kind != "int" {
			return ival{}, false
		}
		return ival{kind: "int", n: int64(f(a[0].s, byte(a[1].n)))}, true
	}
}

// An ival is a value of the interpreter: a string (whose text may hold
// tokens), an integer, a truth value, a list of strings, or a
// strings.Builder's text so far.
type ival struct {
	kind string // string, int, bool, list, builder, nil, opaque
	s    string
	n    int64
	b    bool
	list []string
}

// interp runs one Code.
type interp struct {
	in    *instance
	funcs []Code // the top Code's, which every Code it runs calls by index
	steps int
	// inputs are the top Code's (CodeInput), by index; read marks
	// those the run read.
	inputs []ival
	read   []bool
	// failed is set when the run reached an instruction the interpreter
	// does not run (fmt.Errorf on an error path).
	failed bool
}

// run runs code on args; ok is false when it does what the interpreter
// does not (a panic, an index out of range, too many steps).
func (it *interp) run(code *Code, args []ival, depth int) (out ival, ok bool) {
	if depth > 8 || len(args) != code.Params {
		return ival{}, false
	}
	regs := make([]ival, code.Regs)
	copy(regs, args)
	builders := map[int]*strings.Builder{}
	for _, k := range code.Consts {
		switch k.Kind {
		case "string":
			regs[k.Dst] = ival{kind: "string", s: k.Lit}
		case "int":
			n, err := strconv.ParseInt(k.Lit, 10, 64)
			if err != nil {
				return ival{}, false
			}
			regs[k.Dst] = ival{kind: "int", n: n}
		case "bool":
			regs[k.Dst] = ival{kind: "bool", b: k.Lit == "true"}
		default:
			regs[k.Dst] = ival{kind: "nil"}
		}
	}
	block, from := 0, -1
	for {
		b := &code.Blocks[block]
		// Phis read the edge taken, all at once.
		var phis []CodeInstr
		for _, ci := range b.Instrs {
			if ci.Op == "phi" {
				phis = append(phis, ci)
			}
		}
		edge := -1
		for i, p := range b.Preds {
			if p == from {
				edge = i
			}
		}
		vals := make([]ival, len(phis))
		for i, ci := range phis {
			if edge < 0 || edge >= len(ci.Args) {
				return ival{}, false
			}
			vals[i] = regs[ci.Args[edge]]
		}
		for i, ci := range phis {
			regs[ci.Dst] = vals[i]
		}
		next := -1
		for _, ci := range b.Instrs {
			if it.steps++; it.steps > maxInterpSteps {
				return ival{}, false
			}
			arg := func(i int) ival { return regs[ci.Args[i]] }
			var v ival
			ok = true
			switch ci.Op {
			case "phi":
				continue
			case "jump":
				next = b.Succs[0]
				continue
			case "if":
				if arg(0).kind != "bool" {
					return ival{}, false
				}
				if arg(0).b {
					next = b.Succs[0]
				} else {
					next = b.Succs[1]
				}
				continue
			case "return":
				if len(ci.Args) == 0 {
					return ival{}, false
				}
				return arg(0), true
			case "move":
				v = arg(0)
			case "input":
				i, err := strconv.Atoi(ci.Lit)
				ok = err == nil && i < len(it.inputs)
				if ok {
					v, it.read[i] = it.inputs[i], true
				}
			case "binop":
				v, ok = binop(it.in, ci.Token, arg(0), arg(1))
			case "unop":
				v, ok = unop(ci.Token, arg(0))
			case "len":
				switch x := arg(0); x.kind {
				case "string":
					v, ok = ival{kind: "int", n: int64(len(x.s))}, true
				case "list", "nil":
					v, ok = ival{kind: "int", n: int64(len(x.list))}, true
				default:
					ok = false
				}
			case "array", "makelist":
				n := int64(0)
				if ci.Op == "array" {
					n, _ = strconv.ParseInt(ci.Lit, 10, 64)
				} else if arg(0).kind == "int" {
					n = arg(0).n
				}
				ok = n >= 0 && n <= maxListLen
				if ok {
					v = ival{kind: "list", list: make([]string, n)}
				}
			case "setelem":
				l, i, x := arg(0), arg(1), arg(2)
				ok = l.kind == "list" && i.kind == "int" && i.n >= 0 && i.n < int64(len(l.list)) && x.kind == "string"
				if !ok {
					return ival{}, false
				}
				l.list[i.n] = x.s // the list shares its elements, as a Go slice does
				continue
			case "append":
				l, more := arg(0), arg(1)
				ok = (l.kind == "list" || l.kind == "nil") && (more.kind == "list" || more.kind == "nil") && len(l.list)+len(more.list) <= maxListLen
				if ok {
					v = ival{kind: "list", list: append(slices.Clip(l.list), more.list...)}
				}
			case "elem":
				l, i := arg(0), arg(1)
				ok = (l.kind == "list" || l.kind == "nil") && i.kind == "int" && i.n >= 0 && i.n < int64(len(l.list))
				if ok {
					v = ival{kind: "string", s: l.list[i.n]}
				}
			case "slice":
				v, ok = slice(regs, ci.Args)
			case "index":
				s, i := arg(0), arg(1)
				ok = s.kind == "string" && i.kind == "int" && i.n >= 0 && i.n < int64(len(s.s))
				if ok {
					v = ival{kind: "int", n: int64(s.s[i.n])}
				}
			case "conv":
				v, ok = convert(ci.Token, arg(0))
			case "builder":
				builders[ci.Dst] = &strings.Builder{}
				v, ok = ival{kind: "builder"}, true
			case "write":
				bld := builders[ci.Args[0]]
				ok = bld != nil && len(ci.Args) == 2
				if ok {
					switch x := arg(1); x.kind {
					case "string":
						bld.WriteString(x.s)
					case "int":
						bld.WriteRune(rune(x.n))
					default:
						ok = false
					}
				}
			case "builderop":
				bld := builders[ci.Args[0]]
				ok = bld != nil
				if ok && ci.Token == "Reset" {
					bld.Reset()
				}
				if ok && ci.Token == "Len" {
					v = ival{kind: "int", n: int64(bld.Len())}
				}
			case "string":
				bld := builders[ci.Args[0]]
				ok = bld != nil
				if ok {
					v = ival{kind: "string", s: bld.String()}
				}
			case "call":
				v, ok = it.call(ci, regs, depth)
			case "unknown":
				v = ival{kind: "string", s: it.in.hole(Part{Unknown: true})}
			case "fail":
				it.failed, ok = true, false
			default:
				ok = false
			}
			if !ok {
				return ival{}, false
			}
			regs[ci.Dst] = v
		}
		if next < 0 {
			return ival{}, false
		}
		block, from = next, block
	}
}

// call runs a call: of a function of the Code's package, an integer
// function of strings, or a pure function (pure.go).
func (it *interp) call(ci CodeInstr, regs []ival, depth int) (ival, bool) {
	args := make([]ival, len(ci.Args))
	for i, r := range ci.Args {
		args[i] = regs[r]
	}
	if idx, ok := strings.CutPrefix(ci.Token, "#"); ok {
		i, err := strconv.Atoi(idx)
		if err != nil || i >= len(it.funcs) {
			return ival{}, false
		}
		return it.run(&it.funcs[i], args, depth+1)
	}
	if f := intNatives[ci.Token]; f != nil {
		return f(it.in, args)
	}
	fn, ok := natives[ci.Token]
	if !ok {
		return ival{}, false
	}
	vals := make([]value, len(args))
	for i, a := range args {
		switch a.kind {
		case "string":
			vals[i] = value{kind: StrKind, s: a.s, holes: strings.Contains(a.s, tokOpen)}
		case "int":
			vals[i] = value{kind: IntKind, s: strconv.FormatInt(a.n, 10)}
		case "bool":
			vals[i] = value{kind: BoolKind, s: strconv.FormatBool(a.b)}
		case "list", "nil":
			vals[i] = value{kind: ListKind, list: a.list}
		default:
			return ival{}, false
		}
	}
	out, ok := run(fn, it.in, vals)
	return ival{kind: "string", s: out}, ok
}

func binop(in *instance, op string, x, y ival) (ival, bool) {
	switch {
	case x.kind == "string" && y.kind == "string":
		switch op {
		case "+":
			return ival{kind: "string", s: x.s + y.s}, true
		case "==", "!=":
			return test(in, func(a, b string) bool { return (a == b) == (op == "==") }, x.s, y.s)
		}
	case x.kind == "int" && y.kind == "int":
		switch op {
		case "+":
			return ival{kind: "int", n: x.n + y.n}, true
		case "-":
			return ival{kind: "int", n: x.n - y.n}, true
		case "*":
			return ival{kind: "int", n: x.n * y.n}, true
		case "/", "%":
			// len(kv)%2 of a key/value helper's check.
			if y.n == 0 {
				return ival{}, false
			}
			if op == "/" {
				return ival{kind: "int", n: x.n / y.n}, true
			}
			return ival{kind: "int", n: x.n % y.n}, true
		case "==", "!=", "<", "<=", ">", ">=":
			return ival{kind: "bool", b: compare(op, x.n, y.n)}, true
		}
	case x.kind == "bool" && y.kind == "bool":
		switch op {
		case "==":
			return ival{kind: "bool", b: x.b == y.b}, true
		case "!=":
			return ival{kind: "bool", b: x.b != y.b}, true
		}
	case x.kind == "nil" && y.kind == "nil" && (op == "==" || op == "!="):
		return ival{kind: "bool", b: op == "=="}, true
	case (x.kind == "list" || x.kind == "nil") && y.kind == "nil":
		switch op {
		case "==":
			return ival{kind: "bool", b: len(x.list) == 0}, true
		case "!=":
			return ival{kind: "bool", b: len(x.list) != 0}, true
		}
	}
	return ival{}, false
}

func compare(op string, a, b int64) bool {
	switch op {
	case "==":
		return a == b
	case "!=":
		return a != b
	case "<":
		return a < b
	case "<=":
		return a <= b
	case ">":
		return a > b
	}
	return a >= b
}

func unop(op string, x ival) (ival, bool) {
	switch {
	case op == "!" && x.kind == "bool":
		return ival{kind: "bool", b: !x.b}, true
	case op == "-" && x.kind == "int":
		return ival{kind: "int", n: -x.n}, true
	}
	return ival{}, false
}

// slice is s[low:high] of a string.
func slice(regs []ival, args []int) (ival, bool) {
	s := regs[args[0]]
	if s.kind != "string" {
		return ival{}, false
	}
	low, high := int64(0), int64(len(s.s))
	if args[1] >= 0 {
		if regs[args[1]].kind != "int" {
			return ival{}, false
		}
		low = regs[args[1]].n
	}
	if args[2] >= 0 {
		if regs[args[2]].kind != "int" {
			return ival{}, false
		}
		high = regs[args[2]].n
	}
	if low < 0 || high < low || high > int64(len(s.s)) {
		return ival{}, false
	}
	return ival{kind: "string", s: s.s[low:high]}, true
}

// convert converts x to a value of the kind named.
func convert(kind string, x ival) (ival, bool) {
	switch {
	case kind == x.kind:
		return x, true
	case kind == "string" && x.kind == "int":
		return ival{kind: "string", s: string(rune(x.n))}, true
	}
	return ival{}, false
}

// interpret runs code on each combination of its arguments' values (of
// a list parameter, each list it may be) and then its inputs', a token
// for each part known only at run time, strictly or not (test); ok is
// false when a run fails, or its result lost or split a token. Of several
// combinations, one whose run ends on an error path (an instruction the
// interpreter does not run, such as fmt.Errorf) is one no run makes:
// arguments the flow merged apart (an endpoint and the path arguments
// chosen with it, each a phi), which the helper refuses as they are.
func interpret(code *Code, args [][]Arg, strict bool) ([]Str, bool) {
	return interpretIn(code, args, instance{strict: strict})
}

// interpretIn is interpret with each run's instance made from proto.
func interpretIn(code *Code, args [][]Arg, proto instance) ([]Str, bool) {
	if len(args) != code.Params+len(code.Inputs) {
		return nil, false
	}
	combos := [][]Arg{nil}
	for _, alts := range args {
		var next [][]Arg
		for _, c := range combos {
			for _, a := range alts {
				next = append(next, append(c[:len(c):len(c)], a))
			}
		}
		if combos = next; len(combos) > maxChoices || len(combos) == 0 {
			return nil, false
		}
	}
	var out []Str
	for _, combo := range combos {
		res, ok := runOnce(code, combo, proto)
		if !ok {
			return nil, false
		}
		if res != nil {
			out = union(out, []Str{res})
		}
	}
	return bound(out), len(out) > 0
}

// runOnce runs code on one combination of its arguments: the string it
// returns, nil for a run that ends on an error path (an instruction the
// interpreter does not run, such as fmt.Errorf). ok is false when the
// run fails otherwise, or its result lost or split a token.
func runOnce(code *Code, combo []Arg, proto instance) (Str, bool) {
	in := &instance{strict: proto.strict, atCaller: proto.atCaller}
	vals := make([]ival, len(combo))
	inputs := make([]value, len(code.Inputs))
	for i, a := range combo {
		if code.opaque(i) {
			vals[i] = ival{kind: "opaque"}
			continue
		}
		v, ok := in.value(a)
		if i >= code.Params {
			inputs[i-code.Params] = v
			in.give(v)
		}
		list := code.list(i)
		if !ok || (a.Kind == ListKind) != list {
			return nil, false
		}
		if list {
			vals[i] = ival{kind: "list", list: v.list}
		} else {
			vals[i] = ival{kind: "string", s: v.s}
		}
	}
	it := &interp{in: in, funcs: code.Funcs, inputs: vals[code.Params:], read: make([]bool, len(code.Inputs))}
	out, ok := it.run(code, vals[:code.Params], 0)
	for i, read := range it.read {
		if !read {
			in.spend(inputs[i]) // given, not read: a branch not taken
		}
	}
	switch {
	case !ok && it.failed:
		return nil, true
	case !ok || out.kind != "string":
		return nil, false
	}
	s, ok := in.abstract(out.s)
	if s == nil {
		s = Str{} // the empty string, not an unknown one
	}
	return s, ok
}

// interpretCall runs a function's Code at a call (at, the instruction
// of common): its arguments' values, in frame fr, aligned with the Code's
// parameters (the receiver first), then its inputs'. A strict run takes
// no branch on what a token may stand for (test), and defers nothing.
//
// A call whose arguments the target's callers give (a parameter, a list
// parameter) and that does not run on them here is deferred to the
// callers, where the client asks for it (evaluation.defers); fallback is
// what the call gives without them.
func (ev *evaluation) interpretCall(code *Code, common *ssa.CallCommon, at ssa.Instruction, fn *ssa.Function, fallback []Str, strict bool, fr frame, depth int) ([]Str, bool) {
	var argVals []ssa.Value
	if fn != nil {
		argVals = align(fn, common)
	} else {
		argVals = common.Args
	}
	if len(argVals) != code.Params {
		return nil, false
	}
	defers := ev.defers && !strict // a strict run is made here or not at all
	inputs, ok := ev.codeInputs(code, common, at, fn, fr, depth)
	if !ok {
		return nil, false
	}
	args := make([][]Arg, len(argVals), len(argVals)+len(inputs))
	lists := make([]int, len(argVals)+len(inputs)) // the target's list parameter a list argument is, or -1
	deferred := false
	for i, a := range argVals {
		lists[i] = -1
		switch {
		case a == nil:
			return nil, false
		case code.opaque(i):
			args[i] = []Arg{{}} // read through inputs only
			continue
		case code.Lists[i]:
			if idx, ok := ev.targetList(a, fr); ok {
				if !defers {
					return nil, false // the callers' list: theirs to run on
				}
				lists[i], deferred = idx, true
				continue
			}
			l, ok := ev.stringLists(a, fr, depth)
			if !ok {
				return nil, false
			}
			args[i] = l
			continue
		}
		vals := ev.p.guarded(a, at, ev.values(a, fr, depth)) // a value the call's guards rule out
		for _, s := range ev.storedHoles(vals) {
			args[i] = append(args[i], StrArg(s))
			deferred = deferred || hasParam(s)
		}
	}
	for i, vals := range inputs {
		lists[len(argVals)+i] = -1
		var alts []Arg
		if code.Inputs[i].List {
			var joined bool
			if alts, joined, ok = inputLists(vals); !ok {
				return nil, false
			}
			if joined {
				lists[len(argVals)+i], deferred = JoinedList, true
			}
			args = append(args, alts)
			continue
		}
		for _, s := range vals {
			alts = append(alts, StrArg(s))
			deferred = deferred || hasParam(s)
		}
		args = append(args, alts)
	}
	if !deferred || !defers {
		return interpret(code, args, strict)
	}
	if slices.Max(lists) < 0 {
		// Strings of the parameters only: the helper may handle their
		// tokens as text.
		if out, ok := interpret(code, args, strict); ok {
			return out, true
		}
	}
	if holdsFieldHole(inputs) {
		// A field's hole is read where the client binds the field's
		// stores (a job's path template): a run deferred on its token
		// knows less.
		return nil, false
	}
	return ev.deferCall(code, args, lists, fallback)
}

// inputLists are the lists a list input's joined values hold. A value
// that reads the target's parameters and cannot be split here (a list
// field its callers fill) leaves them all joined, for the callers to
// split once they have filled it in; ok is false for a list not known.
func inputLists(joined []Str) (alts []Arg, deferred, ok bool) {
	for _, s := range joined {
		l, ok := SplitList(s)
		switch {
		case ok && !hasParam(s):
			alts = append(alts, ListArg(l))
		case hasParam(s):
			deferred = true
		default:
			return nil, false, false
		}
	}
	if deferred {
		alts = alts[:0]
		for _, s := range joined {
			alts = append(alts, StrArg(s))
		}
	}
	return alts, deferred, len(joined) > 0
}

// codeInputs are the values of code's inputs at a call: of a function of
// the package, followed with its parameters bound to the call's
// arguments; of another package's, its templates filled in with them.
func (ev *evaluation) codeInputs(code *Code, common *ssa.CallCommon, at ssa.Instruction, fn *ssa.Function, fr frame, depth int) ([][]Str, bool) {
	if len(code.Inputs) == 0 {
		return nil, true
	}
	if at == nil {
		return nil, false
	}
	out := make([][]Str, len(code.Inputs))
	if fn != nil {
		vals := ev.p.inputs[fn]
		if len(vals) != len(code.Inputs) {
			return nil, false
		}
		inner := ev.enter(fn, common, at, fr, depth)
		for i, in := range vals {
			out[i] = ev.values(in.v, ev.enterVia(in.via, inner, depth+1), depth+1)
		}
	} else {
		for i, in := range code.Inputs {
			out[i] = ev.instantiate(in.Tmpls, common, at, fr, depth)
		}
	}
	return out, true
}

// enterVia is the frame of the function the calls lead to from the one
// of fr, each call's parameters bound to its arguments.
func (ev *evaluation) enterVia(calls []*ssa.Call, fr frame, depth int) frame {
	for _, call := range calls {
		fr = ev.enter(call.Common().StaticCallee(), call.Common(), call, fr, depth)
	}
	return fr
}

// storedHoles replaces each string that is a hole alone (a route
// template read off a configuration the flow cannot trace) by the texts
// the field's package stores in it, when the client knows them: a helper
// run on the token could not fill the template's placeholders in.
func (ev *evaluation) storedHoles(strs []Str) []Str {
	var out []Str
	for _, s := range strs {
		if len(s) == 1 && s[0].Unknown && s[0].Field != "" {
			if f := ev.p.HoleField(s[0]); f != nil {
				if texts, ok := ev.p.oracle.FieldStores(f); ok && len(texts) <= maxValues {
					for _, t := range texts {
						out = union(out, []Str{Lit(t)})
					}
					continue
				}
			}
		}
		out = union(out, []Str{s})
	}
	return out
}

// holdsFieldHole reports whether one of the strings of sets has a field's hole.
func holdsFieldHole(sets [][]Str) bool {
	for _, strs := range sets {
		for _, s := range strs {
			if slices.ContainsFunc(s, func(p Part) bool { return p.Unknown && p.Field != "" }) {
				return true
			}
		}
	}
	return false
}

// compiled is the Code of a function of the package, once; ok is false
// for one the interpreter does not run.
func (p *Program) compiled(fn *ssa.Function) (*Code, bool) {
	if code, ok := p.codes[fn]; ok {
		return code, code != nil
	}
	code, inputs, ok := compile(fn)
	if !ok {
		p.codes[fn] = nil
		return nil, false
	}
	p.codes[fn], p.inputs[fn] = &code, inputs
	return &code, true
}

// CodeOf is the Code of a string helper of the package, for the packages
// that call it, its inputs' templates in terms of its parameters: ok is
// false for a function the interpreter does not run.
func (p *Program) CodeOf(obj *types.Func) (*Code, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.built(obj)
	if fn == nil {
		return nil, false
	}
	code, ok := p.compiled(fn)
	if !ok || len(code.Inputs) == 0 {
		return code, ok
	}
	exported := *code
	exported.Inputs = make([]CodeInput, len(code.Inputs))
	ev, fr := p.start(obj)
	for i, in := range p.inputs[fn] {
		tmpls := ev.values(in.v, ev.enterVia(in.via, fr, 0), 0)
		if len(tmpls) == 0 {
			return nil, false
		}
		exported.Inputs[i] = CodeInput{Tmpls: tmpls, List: code.Inputs[i].List}
	}
	return &exported, true
}
