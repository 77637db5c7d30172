package analyzer

import (
	"go/ast"
)

// modelled holds the functions whose result the evaluator computes from
// their arguments by a model of its own, by full name
// (types.Func.FullName): the net/url functions and methods that make a
// URL an object (urlvalue.go). The pure string functions programs build
// routes with (strings, path, url.JoinPath and the escapes, strconv,
// fmt.Sprintf, regexp) are not modelled: flow.CallPure runs them
// (purecall.go). Any other call's value is unknown, unless the function
// is a route builder.
var modelled map[string]func(e *evaluator, call *ast.CallExpr) Value

func init() {
	// Assigned here, not in its declaration: the models call eval, which
	// reads the table.
	modelled = map[string]func(*evaluator, *ast.CallExpr) Value{}
	for name, model := range urlModels {
		modelled[name] = model
	}
}
