// Command nullfact is a go/analysis driver (singlechecker) whose one
// analyzer does nothing but declares a fact type, as rcperm does. It is
// the floor of a fact-based analyzer, run either way rcperm runs (see
// .ci/bench.sh):
//   - standalone (nullfact ./...): the checker loads every dependency from
//     source (packages.LoadAllSyntax) and runs the analyzer on each:
//     loading, parsing and type-checking everything, with no analysis;
//   - as a vet tool (go vet -vettool=nullfact): singlechecker speaks go
//     vet's protocol, and go vet runs it on every dependency of the
//     packages too (std included), each parsed and type-checked from
//     source to compute its facts.
//
// -salt is ignored; a new value each run makes go vet's cache miss
// ("cold").
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
