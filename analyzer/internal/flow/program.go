// Package flow follows values through a Go package as its SSA form has
// them: registers, phis, stores and loads of variables, fields and
// elements, closures, channels, and calls through interfaces and function
// values. It answers questions about the package's code: which string
// values an expression may hold (a bounded set of concatenations of
// literal text, parameters of the function asked about, and unknowns;
// of a URL, the strings its String gives), what a function returns in
// terms of its parameters, what URL a request holds after the edits of
// its URL's fields, and which functions a call may invoke. It knows
// nothing of what the strings mean: its client decides what a request is
// and what a route is. Calls of pure functions of the standard library
// (strings, path, net/url, strconv, fmt, regexp with a constant pattern)
// are evaluated by running the real function on placeholders (pure.go),
// not by models of each, and so are url.URL objects (urlobjects.go). Each
// value is computed once a package: the work is linear in the code.
//
// The SSA form is built inside the analysis pass, from the package's
// syntax and types alone (imports from types, no ctrlflow facts), as
// gosec and the stock buildssa pass less its requirement do, only for the
// packages whose client asks, and with the bodies of only the functions
// its questions may reach (relevance.go).
package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/ssa"
)

// Oracle is what the client knows beyond the package.
type Oracle interface {
	// Returns gives the strings fn returns in terms of its parameters (a
	// route builder of another package), if the client knows them; of a
	// variadic function called with that many variadic arguments (each a
	// parameter after the declared ones), -1 for none.
	Returns(fn *types.Func, variadic int) ([]Str, bool)
	// ReturnsResult gives the strings result index (past the first) of
	// a method of another package with no parameters returns
	// (Route() (method, path string)), if the client knows them.
	ReturnsResult(fn *types.Func, index int) ([]Str, bool)
	// FieldStoreCount gives how many stores another package makes into
	// its struct's field f, as the client knows them (0 for none known).
	FieldStoreCount(f *types.Var) int
	// Implementations gives the methods of types outside the package that
	// may implement an interface's method named name: the client knows
	// which of them matter (those with facts).
	Implementations(iface *types.Interface, name string) []*types.Func
	// Std reports whether an import path is the standard library's,
	// whose structs and interfaces the client models itself: the go
	// command's rule (no dot in the first element) misreads the
	// packages of an application whose module path has no dot.
	Std(path string) bool
	// Effects gives what a function of another package does to the
	// string fields of the structs it returns and is called on
	// (fields.go), if the client knows it.
	Effects(fn *types.Func) (Effects, bool)
	// GlobalField gives what field f of a package-level struct variable
	// of another package holds, or of the structs a field of another
	// package's struct holds (HeldField), if the client knows it.
	GlobalField(v *types.Var, f int) ([]Str, bool)
	// GlobalEntries gives what a package-level map variable of another
	// package holds at each constant key, if the client knows it.
	GlobalEntries(v *types.Var) (map[string][]Str, bool)
	// ListElements gives what the elements of the lists a function of
	// another package returns (or a package-level list variable of it)
	// may hold, if the client knows it.
	ListElements(obj types.Object) ([]Str, bool)
	// Code gives a string helper of another package compiled for the
	// interpreter, if the client knows it (Program.CodeOf).
	Code(fn *types.Func) (*Code, bool)
	// ReturnsDeferred gives the calls the strings Returns gives for fn
	// leave to its callers, by the index DeferredParam numbers them with
	// in those strings (Program.Deferred).
	ReturnsDeferred(fn *types.Func) []Deferred
	// Specialized gives what a function of another package returns,
	// called with those constants at those positions of its parameters
	// (its receiver first) and that many variadic arguments (-1: not
	// variadic), if the client knows it (Program.Specialized).
	Specialized(fn *types.Func, variadic int, consts map[int]constant.Value) ([]Str, bool)
	// SpecializedEffects gives Effects of a function of another package
	// called with those constants at those positions of its parameters
	// (its receiver first): a table it reads at one key, that entry's
	// fields (Program.SpecializedEffects), if the client knows it.
	SpecializedEffects(fn *types.Func, consts map[int]constant.Value) (Effects, bool)
	// Dispatched gives the constants a function of another package
	// returns or requests something of its own for, by the position of
	// the parameter (its receiver first) that takes them: an enum's Path
	// method, a dispatcher on an operation's name, if the client knows
	// it. A function of the package handing its parameter there
	// dispatches on it (DispatchParams).
	Dispatched(fn *types.Func) map[int][]constant.Value
	// KeepsFields reports whether a function of another package sets
	// no field of the struct its parameter at slot (its receiver first)
	// points to, if the client knows it (Program.KeepsFields).
	KeepsFields(fn *types.Func, slot int) bool
	// Editor gives what a function of another package that edits a
	// request (or returns a function that does) makes of a URL, called
	// with that many variadic arguments (-1: not variadic), if the
	// client knows it (Program.EditorSummary).
	Editor(fn *types.Func, variadic int) ([]Str, bool)
	// Option gives what the option a function of another package returns
	// stores in the fields of the struct it is applied to, called with
	// that many variadic arguments (-1: not variadic), if the client
	// knows it (Program.OptionSummary).
	Option(fn *types.Func, variadic int) ([]OptionSet, bool)
	// FieldStores gives the texts another package stores into a string
	// field of one of its structs (a configuration's route templates),
	// if the client knows them all and each is constant text.
	FieldStores(f *types.Var) ([]string, bool)
	// Callbacks gives what a function of another package calls its
	// function-typed parameters with, if the client knows it
	// (Program.Callbacks).
	Callbacks(fn *types.Func) []CallbackCall
}

// Program is one package in SSA form, with the indexes its questions need.
type Program struct {
	oracle Oracle
	// typeCases are the types of the type cases DispatchParams named, by
	// their text (consts.go).
	typeCases map[string]types.Type
	// What the program is built from, and which functions with bodies
	// (relevance.go); busy counts the questions being answered, during
	// which it is not built again.
	fset  *token.FileSet
	types *types.Package
	files []*ast.File
	info  *types.Info
	rel   *relevance
	busy  int
	pkg   *ssa.Package
	// exprs maps the package's expressions to their SSA values (debug
	// references), calls maps a call's opening parenthesis to its
	// instruction.
	exprs map[ast.Expr]ssa.Value
	calls map[token.Pos]ssa.CallInstruction
	// argCalls maps the arguments of the package's calls to their
	// call's Lparen, once asked, and testedValues the values each
	// function's branches test (guards.go).
	argCalls     map[ast.Expr]token.Pos
	testedValues map[*ssa.Function]map[ssa.Value]bool
	// stores are the package's stores by what they store into: a global,
	// a field of a struct type, an allocation; callSites the static calls
	// of each function (through the wrappers SSA makes), for the values
	// of its parameters, and dynamicCalls the calls that name no function.
	globalStores map[*ssa.Global][]store
	fieldStores  map[fieldKey][]store
	allocStores  map[ssa.Value][]store
	elemStores   map[ssa.Value][]store
	mapUpdates   map[ssa.Value][]*ssa.MapUpdate
	sends        map[ssa.Value][]*ssa.Send
	callSites    map[*ssa.Function][]ssa.CallInstruction
	dynamicCalls []ssa.CallInstruction
	// taken are the functions the package takes as values; dynCallers
	// the dynamic calls that may invoke each, once asked (callers.go).
	taken      map[*ssa.Function]bool
	dynCallers map[*ssa.Function][]ssa.CallInstruction
	closures   map[*ssa.Function][]*ssa.MakeClosure
	// captures are the free variables bound to each captured variable.
	captures map[ssa.Value][]*ssa.FreeVar
	// boxed are the types the package converts to an interface, with
	// the types they point to: reflection (encoding/json) may set their
	// exported fields.
	boxed map[types.Type]bool
	// holes are the fields whose reads became holes (holes.go), by key;
	// openTypes the struct types with a field that is one.
	holes     map[string]*types.Var
	openTypes map[types.Type]bool
	// codes are the functions compiled for the interpreter, nil for one
	// it does not run (interp.go).
	codes map[*ssa.Function]*Code
	// inputs are the values of a compiled function's Code's inputs.
	inputs map[*ssa.Function][]codeInput
	// deferred are the helper calls left to the callers of each target,
	// by DeferredParam index, and their keys (deferred.go).
	deferred     map[*ssa.Function][]Deferred
	deferredKeys map[*ssa.Function]map[string]int
	// leaked are those of them converted to an interface other packages
	// can call methods of (leaks).
	leaked map[types.Type]bool
	// objFields are the stores to the fields of each object, by the
	// address of the object.
	objFields map[ssa.Value][]fieldStore
	// rootsMemo, rootsBusy and rootNesting memoize and guard rootsOf.
	rootsMemo   map[ssa.Value]map[ssa.Value]bool
	rootsBusy   map[ssa.Value]bool
	rootNesting int
	// keyed are the objects of each update with a computed key, by key
	// (keyedmaps.go).
	keyed map[*ssa.MapUpdate]keyedUpdate
	// calleesBusy and calleeNesting guard callees.
	calleesBusy   map[*ssa.CallCommon]*calleeSet
	calleeNesting int
	calleeRounds  int // the rounds of the outermost question so far
	// fieldAddrs are the addresses of the fields a composite literal
	// sets, by the position of the colon of their key.
	fieldAddrs map[token.Pos]*ssa.FieldAddr
	// funcs are the package's functions by their types object.
	funcs map[*types.Func]*ssa.Function
	memo  map[memoKey][]Str
	// variadicMemo holds the summaries of the package's variadic joiners
	// (nil: none).
	variadicMemo map[variadicKey][]Str
	// effectsMemo holds the summaries of the package's functions'
	// effects on fields (nil: none).
	effectsMemo map[*ssa.Function]*Effects
	// specializedMemo holds the summaries of the package's functions
	// with constants bound (ownSpecialized), by callee and constants.
	specializedMemo map[string]*Effects
	// callbackMemo holds localCallbacks' answers.
	callbackMemo map[*types.Func][]CallbackCall
	// implemented holds the implementations in sight of each of the
	// program's interfaces asked about (implementations.go).
	implemented map[*types.Named][]types.Type
}

// A store is a value stored, with the function it is stored in.
type store struct {
	val ssa.Value
	fn  *ssa.Function
	// at is the instruction that stores it (a Store, or the call that
	// binds a flag): where the tests of val that lead there hold.
	at ssa.Instruction
	// index is the element's index, of a store to one.
	index ssa.Value
}

// A fieldStore is a value stored to one field of an object.
type fieldStore struct {
	field int
	val   ssa.Value
	pos   token.Pos
}

type fieldKey struct {
	typ   types.Type // the struct type, not a pointer
	field int
}

// Build makes the package's SSA form and its indexes. seed marks the
// syntax the client will ask about (a function declaration, or a node
// inside one or inside a package-level variable's initializer): the
// functions joined with it are built with their bodies, the others
// without (relevance.go). A nil seed builds every function.
func Build(fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info, oracle Oracle, seed func(ast.Node) bool) *Program {
	p := &Program{oracle: oracle, fset: fset, types: pkg, files: files, info: info}
	p.rel = newRelevance(pkg, files, info, seed)
	p.build()
	return p
}

// build makes the SSA form of the functions relevance marks, afresh.
func (p *Program) build() {
	prog := ssa.NewProgram(p.fset, ssa.GlobalDebug)
	createImports(prog, p.types, p.rel.imported)
	files, info := p.rel.files(p.files, p.info)
	sp := prog.CreatePackage(p.types, files, info, false)
	sp.Build()
	*p = Program{
		oracle: p.oracle, fset: p.fset, types: p.types, files: p.files, info: p.info, rel: p.rel,
		pkg:   sp,
		exprs: map[ast.Expr]ssa.Value{}, calls: map[token.Pos]ssa.CallInstruction{},
		globalStores: map[*ssa.Global][]store{}, fieldStores: map[fieldKey][]store{},
		allocStores: map[ssa.Value][]store{}, elemStores: map[ssa.Value][]store{},
		mapUpdates: map[ssa.Value][]*ssa.MapUpdate{}, sends: map[ssa.Value][]*ssa.Send{},
		callSites: map[*ssa.Function][]ssa.CallInstruction{}, taken: map[*ssa.Function]bool{}, closures: map[*ssa.Function][]*ssa.MakeClosure{},
		funcs: map[*types.Func]*ssa.Function{}, memo: map[memoKey][]Str{}, variadicMemo: map[variadicKey][]Str{}, codes: map[*ssa.Function]*Code{}, inputs: map[*ssa.Function][]codeInput{}, deferredKeys: map[*ssa.Function]map[string]int{}, deferred: map[*ssa.Function][]Deferred{}, effectsMemo: map[*ssa.Function]*Effects{}, boxed: map[types.Type]bool{}, leaked: map[types.Type]bool{},
		objFields: map[ssa.Value][]fieldStore{}, fieldAddrs: map[token.Pos]*ssa.FieldAddr{},
		rootsMemo: map[ssa.Value]map[ssa.Value]bool{}, rootsBusy: map[ssa.Value]bool{}, keyed: map[*ssa.MapUpdate]keyedUpdate{},
		calleesBusy: map[*ssa.CallCommon]*calleeSet{},
	}
	for _, fn := range p.functions() {
		if obj, ok := fn.Object().(*types.Func); ok {
			p.funcs[obj] = fn
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				p.index(fn, instr)
			}
		}
	}
	p.captures = map[ssa.Value][]*ssa.FreeVar{}
	for fn, mcs := range p.closures {
		for _, mc := range mcs {
			for i, b := range mc.Bindings {
				if i < len(fn.FreeVars) {
					p.captures[b] = append(p.captures[b], fn.FreeVars[i])
				}
			}
		}
	}
}

// ensure builds the function holding pos with its body, and those joined
// with it, if it was built without: a question about code the client's
// seed did not foresee. Not while a question is being answered, whose
// values are of this build.
func (p *Program) ensure(pos token.Pos) {
	if p.busy > 0 {
		return
	}
	if d := p.rel.stubbedAt(pos); d != nil && p.rel.add(d) {
		p.build()
	}
}

// answering brackets a question: the program is not built again while it
// is answered. Use as defer p.answering()().
func (p *Program) answering() func() {
	p.busy++
	return func() { p.busy-- }
}

// functions returns every function of the package with a body: its
// members, their methods, and the anonymous functions inside them.
func (p *Program) functions() []*ssa.Function {
	var out []*ssa.Function
	var add func(fn *ssa.Function)
	seen := map[*ssa.Function]bool{}
	add = func(fn *ssa.Function) {
		if fn == nil || seen[fn] {
			return
		}
		seen[fn] = true
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, m := range p.pkg.Members {
		switch m := m.(type) {
		case *ssa.Function:
			add(m)
		case *ssa.Type:
			// The methods it declares (of a generic type, in terms of its
			// type parameters), and those it promotes from an embedded
			// field, whose wrappers call the embedded field's.
			named, ok := m.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				add(p.pkg.Prog.FuncValue(named.Method(i)))
			}
			if !embeds(named) {
				continue
			}
			for _, t := range []types.Type{named, types.NewPointer(named)} {
				mset := p.pkg.Prog.MethodSets.MethodSet(t)
				for i := 0; i < mset.Len(); i++ {
					if fn := p.pkg.Prog.MethodValue(mset.At(i)); fn != nil && fn.Pkg == p.pkg {
						add(fn)
					}
				}
			}
		}
	}
	return out
}

// addStore records a store of val at addr.
func (p *Program) addStore(addr, val ssa.Value, fn *ssa.Function, at ssa.Instruction, pos token.Pos) {
	st := store{val: val, fn: fn, at: at}
	switch addr := addr.(type) {
	case *ssa.Global:
		p.globalStores[addr] = append(p.globalStores[addr], st)
	case *ssa.FieldAddr:
		k := fieldKey{structOf(addr.X.Type()), addr.Field}
		p.fieldStores[k] = append(p.fieldStores[k], st)
		p.objFields[addr.X] = append(p.objFields[addr.X], fieldStore{addr.Field, val, pos})
	case *ssa.IndexAddr:
		st.index = addr.Index
		p.elemStores[addr.X] = append(p.elemStores[addr.X], st)
	default:
		p.allocStores[addr] = append(p.allocStores[addr], st)
	}
}

// flagFuncs are the functions of flag and github.com/spf13/pflag that
// define a string flag: the argument that is the variable it sets (-1:
// the pointer it returns), and its default value's.
var flagFuncs = map[string][2]int{
	"flag.String":                                  {-1, 1},
	"flag.StringVar":                               {0, 2},
	"(*flag.FlagSet).String":                       {-1, 2},
	"(*flag.FlagSet).StringVar":                    {1, 3},
	"github.com/spf13/pflag.String":                {-1, 1},
	"github.com/spf13/pflag.StringP":               {-1, 2},
	"github.com/spf13/pflag.StringVar":             {0, 2},
	"github.com/spf13/pflag.StringVarP":            {0, 3},
	"(*github.com/spf13/pflag.FlagSet).String":     {-1, 2},
	"(*github.com/spf13/pflag.FlagSet).StringP":    {-1, 3},
	"(*github.com/spf13/pflag.FlagSet).StringVar":  {1, 3},
	"(*github.com/spf13/pflag.FlagSet).StringVarP": {1, 4},
}

// flagBinding returns, of a call defining a string flag, the variable it
// sets (nil: the pointer it returns) and its default value.
func flagBinding(common *ssa.CallCommon) (ptr, def ssa.Value, ok bool) {
	idx, ok := flagFuncs[fullName(common.StaticCallee())]
	if !ok || idx[1] >= len(common.Args) || idx[0] >= len(common.Args) {
		return nil, nil, false
	}
	if idx[0] >= 0 {
		ptr = common.Args[idx[0]]
	}
	return ptr, common.Args[idx[1]], true
}

// embeds reports whether a named type, not generic, is a struct with an
// embedded field: one that may promote methods.
func embeds(named *types.Named) bool {
	st, ok := named.Underlying().(*types.Struct)
	if !ok || named.TypeParams().Len() > 0 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Embedded() {
			return true
		}
	}
	return false
}

func (p *Program) index(fn *ssa.Function, instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.DebugRef:
		if in.Expr != nil {
			p.exprs[in.Expr] = in.X
		}
	case *ssa.Store:
		p.addStore(in.Addr, in.Val, fn, in, in.Pos())
	case *ssa.Call:
		// A flag bound to a variable (flag.StringVar(&cfg.Server,
		// "server", "https://...", "")): its default, or what the
		// command line says.
		if ptr, def, ok := flagBinding(in.Common()); ok && ptr != nil {
			p.addStore(ptr, def, fn, in, in.Pos())
			p.addStore(ptr, in, fn, in, in.Pos())
		}
	case *ssa.MapUpdate:
		p.mapUpdates[in.Map] = append(p.mapUpdates[in.Map], in)
	case *ssa.Send:
		p.sends[in.Chan] = append(p.sends[in.Chan], in)
	case *ssa.FieldAddr:
		p.fieldAddrs[in.Pos()] = in
	case *ssa.MakeInterface:
		t := structOf(in.X.Type())
		p.boxed[t] = true
		if p.leaks(in.Type()) {
			p.leaked[t] = true
		}
	case *ssa.MakeClosure:
		if f, ok := in.Fn.(*ssa.Function); ok {
			p.closures[f] = append(p.closures[f], in)
		}
	}
	// A function is taken as a value where an instruction uses it, or a
	// closure of it, other than as the function a call calls, or the
	// function a closure is made of.
	var callee ssa.Value
	if mc, ok := instr.(*ssa.MakeClosure); ok {
		callee = mc.Fn
	}
	if call, ok := instr.(ssa.CallInstruction); ok {
		common := call.Common()
		callee = common.Value
		p.calls[common.Pos()] = call
		if fn := common.StaticCallee(); fn != nil {
			fn = unwrap(fn)
			p.callSites[fn] = append(p.callSites[fn], call)
		} else if _, builtin := common.Value.(*ssa.Builtin); !builtin {
			p.dynamicCalls = append(p.dynamicCalls, call)
		}
	}
	var buf [8]*ssa.Value
	for _, op := range instr.Operands(buf[:0]) {
		if *op == nil || *op == callee {
			continue
		}
		switch f := (*op).(type) {
		case *ssa.Function:
			p.taken[unwrap(f)] = true
		case *ssa.MakeClosure:
			if fn, ok := f.Fn.(*ssa.Function); ok {
				p.taken[unwrap(fn)] = true
			}
		}
	}
}

// leaks reports whether a value converted to interface type iface may be
// called by other packages: iface is not an unexported interface of the
// package (a command's own interfaces included, which no package
// imports). An interface of another package (any, http.Handler, one of a
// library the package implements) is called where that package's code
// runs.
func (p *Program) leaks(iface types.Type) bool {
	named, ok := iface.(*types.Named)
	if !ok || named.Obj().Pkg() != p.types {
		return true
	}
	return named.Obj().Exported() && p.types.Name() != "main"
}

// structOf is the struct type a field address's base points to; of a
// generic type, its origin: a method of Resource[T] reads the fields that
// a literal of Resource[CallRecord] stores.
func structOf(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	t = types.Unalias(t)
	if named, ok := t.(*types.Named); ok {
		return named.Origin()
	}
	return t
}

// writtenElsewhere reports whether a field may be written by code whose
// stores the package does not hold: an exported field of an exported type
// (another package), or of a type the package hands to reflection as an
// interface (a configuration json.Unmarshal fills).
func (p *Program) writtenElsewhere(k fieldKey) bool {
	st, ok := k.typ.Underlying().(*types.Struct)
	if !ok || k.field >= st.NumFields() || !st.Field(k.field).Exported() {
		return false
	}
	if p.boxed[k.typ] {
		return true
	}
	named, ok := k.typ.(*types.Named)
	return ok && named.Obj().Exported()
}

// createImports creates the package's direct imports in prog, each with
// only the package-level functions and variables the package refers to.
// The builder names package-level members of the package and its direct
// imports only; methods of other packages' types it makes on demand.
// Creating each import whole, every member and method of net/http's
// scope, as buildssa does, cost more than building the package itself.
// A member is declared by a function without a body, as an assembly
// function is: the builder never builds another package's functions.
func createImports(prog *ssa.Program, pkg *types.Package, imported []types.Object) {
	used := map[*types.Package][]types.Object{}
	for _, obj := range imported {
		used[obj.Pkg()] = append(used[obj.Pkg()], obj)
	}
	for _, imp := range pkg.Imports() {
		objs := used[imp]
		// One declaration each, in a stable order.
		sort.Slice(objs, func(i, j int) bool { return objs[i].Name() < objs[j].Name() })
		objs = slices.Compact(objs)
		f := &ast.File{Name: ast.NewIdent(imp.Name())}
		defs := map[*ast.Ident]types.Object{}
		var vars []ast.Spec
		for _, obj := range objs {
			id := ast.NewIdent(obj.Name())
			defs[id] = obj
			if _, ok := obj.(*types.Func); ok {
				f.Decls = append(f.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{Params: &ast.FieldList{}}})
			} else {
				vars = append(vars, &ast.ValueSpec{Names: []*ast.Ident{id}})
			}
		}
		if len(vars) > 0 {
			f.Decls = append(f.Decls, &ast.GenDecl{Tok: token.VAR, Specs: vars})
		}
		prog.CreatePackage(imp, []*ast.File{f}, &types.Info{Defs: defs}, true)
	}
}
