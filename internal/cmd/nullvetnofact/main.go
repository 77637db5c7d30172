// Command nullvetnofact is a vet tool (unitchecker) whose one analyzer does
// nothing and declares no fact type: go vet still starts it for each
// dependency, but it returns at once there (nothing to compute), and
// type-checks only the named packages, against export data. It is the
// floor of any vet tool. -salt is ignored; a new value each run makes
// go vet's cache miss ("cold"). See .ci/bench.sh.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

func main() {
	a := &analysis.Analyzer{
		Name: "nullvetnofact",
		Doc:  "does nothing, without facts: the floor of any vet tool",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.String("salt", "", "ignored: a value that changes go vet's cache key")
	unitchecker.Main(a)
}
