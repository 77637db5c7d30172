// Command nullvet is a vet tool (unitchecker) whose one analyzer does
// nothing but declares a fact type, as rcperm does: go vet then runs it on
// every dependency of the packages too (std included), each parsed and
// type-checked from source to compute its facts. It is the floor of
// go vet -vettool=rcperm. -salt is ignored; a new value each run makes
// go vet's cache miss ("cold"). See .ci/bench.sh.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

type fact struct{ N int }

func (*fact) AFact() {}

func main() {
	a := &analysis.Analyzer{
		Name:      "nullvet",
		Doc:       "does nothing, with a fact type: the floor of a fact-based vet tool",
		FactTypes: []analysis.Fact{new(fact)},
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.String("salt", "", "ignored: a value that changes go vet's cache key")
	unitchecker.Main(a)
}
