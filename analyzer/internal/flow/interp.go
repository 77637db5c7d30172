package flow

import (
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

// maxInterpSteps bounds the instructions one run executes.
const maxInterpSteps = 20000

// A Code is a function compiled for the interpreter. Registers 0 to
// Params-1 are its parameters, its receiver first; Funcs are the
// functions of its package it calls, by index.
type Code struct {
	Params int
	// Lists marks the parameters that are lists of strings; the
	// others are strings.
	Lists  []bool
	Regs   int
	Consts []CodeInstr // const instructions, run on entry
	Blocks []CodeBlock
	Funcs  []Code
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
	Op   string // const, binop, unop, phi, if, jump, return, call, slice, index, len, conv, elem, builder, write, string, move, fail
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
}

// compile compiles fn; ok is false for a function the interpreter
// cannot run at all (not of strings and lists of strings). An
// instruction it does not run (memory, interfaces, calls of other
// functions than pure ones and compilable ones of its package) fails the
// run that reaches it.
func compile(fn *ssa.Function) (Code, bool) {
	c := &compiler{}
	code, ok := c.compile(fn)
	if !ok {
		return Code{}, false
	}
	code.Funcs = c.code
	return code, true
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
		if !list && kindOf(p.Type()) != "string" {
			return Code{}, false // the interpreter is given strings and lists
		}
		code.Lists = append(code.Lists, list)
	}
	if res := fn.Signature.Results(); res.Len() == 0 || kindOf(res.At(0).Type()) != "string" {
		return Code{}, false
	}
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
				// What the interpreter does not run fails the run
				// that reaches it: an error path (fmt.Errorf) may
				// never be taken.
				ci, skip = CodeInstr{Op: "fail"}, false
			}
			if !skip {
				cb.Instrs = append(cb.Instrs, ci)
			}
		}
		code.Blocks = append(code.Blocks, cb)
	}
	code.Regs, code.Consts = len(c.regs), c.consts
	return code, !c.failed
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
		if x.Op == token.MUL {
			// A load of a slice's element (a range over a list
			// parameter): the element.
			ia, isElem := x.X.(*ssa.IndexAddr)
			if !isElem {
				return ci, false, false
			}
			if _, isSlice := ia.X.Type().Underlying().(*types.Slice); !isSlice {
				return ci, false, false
			}
			args, ok := c.args(ia.X, ia.Index)
			return CodeInstr{Op: "elem", Dst: dst, Args: args}, false, ok
		}
		args, ok := c.args(x.X)
		return CodeInstr{Op: "unop", Dst: dst, Args: args, Token: x.Op.String()}, false, ok
	case *ssa.IndexAddr:
		if _, isSlice := x.X.Type().Underlying().(*types.Slice); isSlice {
			return ci, true, true // read by the load that follows
		}
		return ci, false, false
	case *ssa.Slice:
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
	case *ssa.Alloc:
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
		if b.Name() != "len" || len(common.Args) != 1 {
			return CodeInstr{}, false, false
		}
		args, ok := c.args(common.Args...)
		return CodeInstr{Op: "len", Dst: dst, Args: args}, false, ok
	}
	callee := common.StaticCallee()
	name := fullName(callee)
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
	if callee == nil || callee.Pkg != fn.Pkg || callee.Signature.Variadic() {
		return CodeInstr{}, false, false
	}
	for i, f := range c.funcs {
		if f == callee {
			return CodeInstr{Op: "call", Dst: dst, Args: args, Token: "#" + strconv.Itoa(i)}, false, true
		}
	}
	c.depth++
	code, ok := c.compile(callee)
	c.depth--
	if !ok {
		return CodeInstr{}, false, false
	}
	c.funcs = append(c.funcs, callee)
	c.code = append(c.code, code)
	return CodeInstr{Op: "call", Dst: dst, Args: args, Token: "#" + strconv.Itoa(len(c.code)-1)}, false, true
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
var intNatives = map[string]func(args []ival) (ival, bool){
	"strings.Index":         strInt(strings.Index),
	"strings.LastIndex":     strInt(strings.LastIndex),
	"strings.Count":         strInt(strings.Count),
	"strings.Contains":      strBool(strings.Contains),
	"strings.HasPrefix":     strBool(strings.HasPrefix),
	"strings.HasSuffix":     strBool(strings.HasSuffix),
	"strings.IndexByte":     byteInt(strings.IndexByte),
	"strings.LastIndexByte": byteInt(strings.LastIndexByte),
}

func strInt(f func(string, string) int) func([]ival) (ival, bool) {
	return func(a []ival) (ival, bool) {
		if len(a) != 2 || a[0].kind != "string" || a[1].kind != "string" {
			return ival{}, false
		}
		return ival{kind: "int", n: int64(f(a[0].s, a[1].s))}, true
	}
}

func strBool(f func(string, string) bool) func([]ival) (ival, bool) {
	return func(a []ival) (ival, bool) {
		if len(a) != 2 || a[0].kind != "string" || a[1].kind != "string" {
			return ival{}, false
		}
		return ival{kind: "bool", b: f(a[0].s, a[1].s)}, true
	}
}

func byteInt(f func(string, byte) int) func([]ival) (ival, bool) {
	return func(a []ival) (ival, bool) {
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
	kind string // string, int, bool, list, builder, nil
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
			case "binop":
				v, ok = binop(ci.Token, arg(0), arg(1))
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
		return f(args)
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

func binop(op string, x, y ival) (ival, bool) {
	switch {
	case x.kind == "string" && y.kind == "string":
		switch op {
		case "+":
			return ival{kind: "string", s: x.s + y.s}, true
		case "==":
			return ival{kind: "bool", b: x.s == y.s}, true
		case "!=":
			return ival{kind: "bool", b: x.s != y.s}, true
		}
	case x.kind == "int" && y.kind == "int":
		switch op {
		case "+":
			return ival{kind: "int", n: x.n + y.n}, true
		case "-":
			return ival{kind: "int", n: x.n - y.n}, true
		case "*":
			return ival{kind: "int", n: x.n * y.n}, true
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
// a list parameter, each list it may be), a token for each part known
// only at run time; ok is false when a run fails, or its result lost or
// split a token. Of several combinations, one whose run ends on an error
// path (an instruction the interpreter does not run, such as
// fmt.Errorf) is one no run makes: arguments the flow merged apart
// (an endpoint and the path arguments chosen with it, each a phi),
// which the helper refuses as they are.
func interpret(code *Code, args [][]Arg) ([]Str, bool) {
	if len(args) != code.Params {
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
		in := &instance{}
		vals := make([]ival, len(combo))
		for i, a := range combo {
			v, ok := in.value(a)
			if !ok || (a.Kind == ListKind) != code.Lists[i] {
				return nil, false
			}
			if code.Lists[i] {
				vals[i] = ival{kind: "list", list: v.list}
			} else {
				vals[i] = ival{kind: "string", s: v.s}
			}
		}
		it := &interp{in: in, funcs: code.Funcs}
		res, ok := it.run(code, vals, 0)
		if !ok && it.failed && len(combos) > 1 {
			continue
		}
		if !ok || res.kind != "string" {
			return nil, false
		}
		s, ok := in.abstract(res.s)
		if !ok {
			return nil, false
		}
		out = union(out, []Str{s})
	}
	return bound(out), len(out) > 0
}

// interpretCall runs a function's Code at a call: its arguments'
// values, in frame fr, aligned with the Code's parameters (the receiver
// first).
//
// A call whose arguments the target's callers give (a parameter, a list
// parameter) and that does not run on them here is deferred to the
// callers, where the client asks for it (evaluation.defers); fallback is
// what the call gives without them.
func (ev *evaluation) interpretCall(code *Code, common *ssa.CallCommon, fn *ssa.Function, fallback []Str, fr frame, depth int) ([]Str, bool) {
	var argVals []ssa.Value
	if fn != nil {
		argVals = align(fn, common)
	} else {
		argVals = common.Args
	}
	if len(argVals) != code.Params {
		return nil, false
	}
	args := make([][]Arg, len(argVals))
	lists := make([]int, len(argVals)) // the target's list parameter a list argument is, or -1
	deferred := false
	for i, a := range argVals {
		lists[i] = -1
		if a == nil {
			return nil, false
		}
		if code.Lists[i] {
			if idx, ok := ev.targetList(a, fr); ok && ev.defers {
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
		for _, s := range ev.values(a, fr, depth) {
			args[i] = append(args[i], StrArg(s))
			deferred = deferred || hasParam(s)
		}
	}
	if !deferred || !ev.defers {
		return interpret(code, args)
	}
	if slices.Max(lists) < 0 {
		// Strings of the parameters only: the helper may handle their
		// tokens as text.
		if out, ok := interpret(code, args); ok {
			return out, true
		}
	}
	return ev.deferCall(code, args, lists, fallback)
}

// compiled is the Code of a function of the package, once; ok is false
// for one the interpreter does not run.
func (p *Program) compiled(fn *ssa.Function) (*Code, bool) {
	if code, ok := p.codes[fn]; ok {
		return code, code != nil
	}
	code, ok := compile(fn)
	if !ok {
		p.codes[fn] = nil
		return nil, false
	}
	p.codes[fn] = &code
	return &code, true
}

// CodeOf is the Code of a string helper of the package, for the packages
// that call it: ok is false for a function the interpreter does not run.
func (p *Program) CodeOf(obj *types.Func) (*Code, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.built(obj)
	if fn == nil {
		return nil, false
	}
	return p.compiled(fn)
}
