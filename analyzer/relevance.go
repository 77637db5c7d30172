package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// usesRequestFunc reports whether the package calls or names a function of
// a sink package or of a package with wrappers, even one it does not
// import: a method of an *http.Client another package exports
// (rc.HTTP.Get), or a wrapper method promoted through an embedded type
// (app.Get, with type App struct{ *rc.Client }). run's check of the
// imports alone misses both.
func usesRequestFunc(pass *analysis.Pass) bool {
	wrappers := map[*types.Package]bool{}
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			continue
		}
		pkg := fn.Pkg()
		if sinkPackages[pkg.Path()] {
			return true
		}
		has, seen := wrappers[pkg]
		if !seen {
			var pf packageFact
			has = pass.ImportPackageFact(pkg, &pf) && pf.Wrappers
			wrappers[pkg] = has
		}
		if has {
			return true
		}
	}
	return false
}

// callsRouteInterface reports whether the package calls a method of an
// interface of its own, or of a package outside std, that takes a value
// that may hold a route (a port's Run(ctx, req) handed a descriptor
// another package builds): the implementation main wires in makes the
// request, so the call is a late-bound one to follow, whatever the
// package imports.
func callsRouteInterface(pass *analysis.Pass) bool {
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		recv := fn.Signature().Recv()
		if recv == nil || !types.IsInterface(recv.Type()) || fn.Pkg() != pass.Pkg && isStd(fn.Pkg().Path()) {
			continue
		}
		if takesRoute(fn) {
			return true
		}
	}
	return false
}

// declaresStringHelper reports whether the package declares a function
// that takes a string (or ...string): it may
// build routes for its importers (a path helper, a joiner), or hand one
// on to a request its imports make (a wrapper reaching net/http through
// another package); or a struct with a function-typed field that returns
// a string, whose calls hand on what its importers store there (a job's
// URL builder); or a struct with a string field and a method returning a
// string, other than String and Error: a value its importers fill whose
// method builds their route (Call{Template: t, Params: p}.Path()); or an
// exported function taking a function value, which it may call with its
// importers' routes (callbacks.go). It is scanned, whatever it imports.
func declaresStringHelper(pass *analysis.Pass) bool {
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				strings := false
				for i := range st.NumFields() {
					if flow.ReturnsString(st.Field(i).Type()) {
						return true
					}
					strings = strings || isStringType(st.Field(i).Type())
				}
				if strings && buildsString(tn) {
					return true
				}
			}
			// Methods take routes as much as functions do.
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				mset := types.NewMethodSet(t)
				for i := 0; i < mset.Len(); i++ {
					if fn, ok := mset.At(i).Obj().(*types.Func); ok && fn.Pkg() == pass.Pkg && takesString(fn.Signature()) {
						return true
					}
				}
			}
			continue
		}
		if fn, ok := scope.Lookup(name).(*types.Func); ok && (takesString(fn.Signature()) || fn.Exported() && takesFunc(fn.Signature())) {
			return true
		}
	}
	return false
}

func takesString(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if s, ok := t.(*types.Slice); ok && sig.Variadic() && i == sig.Params().Len()-1 {
			t = s.Elem()
		}
		if isStringType(t) {
			return true
		}
	}
	return false
}

// buildsString reports whether a type of the package has a method that
// returns a string, other than String and Error (which describe it).
func buildsString(tn *types.TypeName) bool {
	mset := types.NewMethodSet(types.NewPointer(tn.Type()))
	for i := 0; i < mset.Len(); i++ {
		fn, ok := mset.At(i).Obj().(*types.Func)
		if !ok || fn.Pkg() != tn.Pkg() || fn.Name() == "String" || fn.Name() == "Error" {
			continue
		}
		if res := fn.Signature().Results(); res.Len() > 0 && isStringType(res.At(0).Type()) {
			return true
		}
	}
	return false
}
