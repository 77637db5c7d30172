package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"sort"
)

// Only the functions a question may reach are built. A package's SSA
// form costs more than all else the client does with it, and most of a
// package's functions have nothing to do with the client's questions
// (the client's seed says which do: those holding a request, say). A
// question about a value of a function can reach the functions it calls
// (their results), those calling it (its parameters), and those sharing
// its memory: the package-level variables, the fields and the struct
// types they name (the stores to them, a literal of the type, a
// conversion of it to an interface). So the package's function
// declarations are joined with what they name, and a declaration is built
// with its body when it is joined, however indirectly, with a seed; any
// other is built as a declaration without a body, as an assembly
// function is. An interface method call is joined with every method of
// that name. Package-level variables' initializers are always built: the
// builder builds them from the type checker's record, not the files.
//
// A question about code built without its body (a seed the client did
// not foresee) builds the package again with that code's component.

// relevance is the union-find over the package's function declarations
// and what they name, and which declarations are built.
type relevance struct {
	decls  []*ast.FuncDecl
	parent []int
	ids    map[any]int
	// built are the declarations built with their bodies (all, when
	// nil); stubbed the others, by position.
	built   map[*ast.FuncDecl]bool
	stubbed []*ast.FuncDecl
	// imported are the package-level functions and variables of other
	// packages the package uses: the builder needs them declared.
	imported []types.Object
}

// initNode stands for the package-level variables' initializers.
type initNode struct{}

// methodName stands for every method of that name: an interface method
// call may invoke any.
type methodName string

func (r *relevance) node(x any) int {
	if id, ok := r.ids[x]; ok {
		return id
	}
	id := len(r.parent)
	r.parent = append(r.parent, id)
	r.ids[x] = id
	return id
}

func (r *relevance) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

func (r *relevance) join(a, b int) { r.parent[r.find(a)] = r.find(b) }

// newRelevance joins the package's declarations with what they name and
// marks those joined with a seed built; a nil seed builds every one.
func newRelevance(pkg *types.Package, files []*ast.File, info *types.Info, seed func(ast.Node) bool) *relevance {
	r := &relevance{ids: map[any]int{}}
	imported := map[types.Object]bool{}
	use := func(obj types.Object) {
		if isImported(pkg, obj) && !imported[obj] {
			imported[obj] = true
			r.imported = append(r.imported, obj)
		}
	}
	if seed == nil {
		for _, obj := range info.Uses {
			use(obj)
		}
		return r
	}
	seeded := map[int]bool{}
	walk := func(id int, n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			if seed(n) {
				seeded[id] = true
			}
			if ident, ok := n.(*ast.Ident); ok {
				obj := info.ObjectOf(ident)
				if x := named(pkg, obj); x != nil {
					r.join(id, r.node(x))
				} else {
					use(obj)
				}
			}
			return true
		})
	}
	initID := r.node(initNode{})
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				id := r.node(d)
				r.decls = append(r.decls, d)
				if seed(d) {
					seeded[id] = true
				}
				if obj, ok := info.Defs[d.Name].(*types.Func); ok {
					r.join(id, r.node(obj))
					if d.Recv != nil {
						r.join(id, r.node(methodName(obj.Name())))
					}
				}
				walk(id, d.Body)
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					walk(initID, d)
				}
			}
		}
	}
	roots := map[int]bool{}
	for id := range seeded {
		roots[r.find(id)] = true
	}
	r.built = map[*ast.FuncDecl]bool{}
	for _, d := range r.decls {
		if roots[r.find(r.ids[d])] {
			r.built[d] = true
		} else {
			r.stubbed = append(r.stubbed, d)
		}
	}
	sort.Slice(r.stubbed, func(i, j int) bool { return r.stubbed[i].Pos() < r.stubbed[j].Pos() })
	return r
}

// isImported reports whether obj is a package-level function or variable
// of another package.
func isImported(pkg *types.Package, obj types.Object) bool {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == pkg || obj.Parent() != obj.Pkg().Scope() {
		return false
	}
	switch obj.(type) {
	case *types.Func, *types.Var:
		return true
	}
	return false
}

// named is what a use of obj joins its declaration with: a function or
// method of the package, a package-level variable, a field, a struct type
// of the package, or, for an interface method, every method of its name.
func named(pkg *types.Package, obj types.Object) any {
	switch o := obj.(type) {
	case *types.Func:
		if recv := o.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return methodName(o.Name())
		}
		if o.Pkg() == pkg {
			return o.Origin()
		}
	case *types.Var:
		if o.IsField() {
			return o.Origin()
		}
		if o.Pkg() == pkg && o.Parent() == pkg.Scope() {
			return o
		}
	case *types.TypeName:
		if _, ok := o.Type().Underlying().(*types.Struct); ok && o.Pkg() == pkg {
			return o
		}
	}
	return nil
}

// stubbedAt returns the declaration built without its body that holds
// pos, if any.
func (r *relevance) stubbedAt(pos token.Pos) *ast.FuncDecl {
	i := sort.Search(len(r.stubbed), func(i int) bool { return r.stubbed[i].End() > pos })
	if i < len(r.stubbed) && r.stubbed[i].Pos() <= pos {
		return r.stubbed[i]
	}
	return nil
}

// stubbedNaming returns a declaration built without its body that is
// joined with obj (a field it stores into), if any.
func (r *relevance) stubbedNaming(obj types.Object) *ast.FuncDecl {
	id, ok := r.ids[obj]
	if !ok {
		return nil
	}
	root := r.find(id)
	for _, s := range r.stubbed {
		if r.find(r.ids[s]) == root {
			return s
		}
	}
	return nil
}

// add marks d's component built, and reports whether that built more.
func (r *relevance) add(d *ast.FuncDecl) bool {
	if r.built == nil || r.built[d] {
		return false
	}
	root := r.find(r.ids[d])
	var stubbed []*ast.FuncDecl
	for _, s := range r.stubbed {
		if r.find(r.ids[s]) == root {
			r.built[s] = true
		} else {
			stubbed = append(stubbed, s)
		}
	}
	r.stubbed = stubbed
	return true
}

// files returns the package's files as the builder is to see them: the
// declarations not built without their bodies, and the type checker's
// record with the copies' Go versions.
func (r *relevance) files(files []*ast.File, info *types.Info) ([]*ast.File, *types.Info) {
	if len(r.stubbed) == 0 {
		return files, info
	}
	out := make([]*ast.File, len(files))
	copied := *info
	copied.FileVersions = maps.Clone(info.FileVersions)
	if copied.FileVersions == nil {
		copied.FileVersions = map[*ast.File]string{}
	}
	for i, f := range files {
		out[i] = f
		var decls []ast.Decl
		for j, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || r.built[fd] {
				continue
			}
			if decls == nil {
				decls = append([]ast.Decl{}, f.Decls...)
			}
			stub := *fd
			stub.Body = nil
			decls[j] = &stub
		}
		if decls != nil {
			c := *f
			c.Decls = decls
			out[i] = &c
			copied.FileVersions[&c] = info.FileVersions[f]
		}
	}
	return out, &copied
}
