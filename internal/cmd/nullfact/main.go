// Command nullfact is a go/analysis driver (singlechecker) whose one
// analyzer does nothing but declares a fact type, as rcperm does: the
// checker then loads every dependency from source (packages.LoadAllSyntax)
// and runs the analyzer on each. It is the floor of what rcperm ./... can
// cost with facts: loading, parsing and type-checking everything, with no
// analysis. See .ci/bench.sh.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// fact is never exported; declaring it is what matters.
type fact struct{ N int }

func (*fact) AFact() {}

func main() {
	a := &analysis.Analyzer{
		Name:      "nullfact",
		Doc:       "does nothing, with a fact type: the floor of a fact-based analyzer",
		FactTypes: []analysis.Fact{new(fact)},
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.String("salt", "", "ignored: a value that changes go vet's cache key")
	singlechecker.Main(a)
}
