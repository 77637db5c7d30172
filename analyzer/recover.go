package analyzer

import (
	"fmt"
	"go/token"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// runRecovering runs rcperm on a package and turns a panic into an error
// naming the package and the call being analyzed, as nilaway does. Only
// rcperm's standalone driver recovers a panicking analyzer; go vet,
// golangci-lint and Bazel nogo would crash, or report an unclear failure.
// An error fails the check closed in every host, with a message to report.
func runRecovering(pass *analysis.Pass, cfg *Config) (res any, err error) {
	var at token.Pos
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, panicError(pass, at, p, debug.Stack())
		}
	}()
	return run(pass, cfg, &at), nil
}

// panicError describes a panic of the analysis of pass's package, at the
// call being analyzed when it is known.
func panicError(pass *analysis.Pass, at token.Pos, p any, stack []byte) error {
	where := pass.Pkg.Path()
	if at.IsValid() {
		where += " at " + pass.Fset.Position(at).String()
	}
	return fmt.Errorf("internal error: rcperm panicked analyzing %s: %v; no finding of this package can be trusted: please report it with this stack\n%s", where, p, stack)
}
