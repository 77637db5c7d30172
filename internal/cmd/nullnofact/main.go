// Command nullnofact is a go/analysis driver (singlechecker) whose one
// analyzer does nothing and declares no fact type. It is the floor of any
// analyzer, run either way rcperm runs (see .ci/bench.sh):
//   - standalone (nullnofact ./...): the checker parses and type-checks
//     only the packages named on the command line, and takes their
//     dependencies' types from export data (packages.LoadSyntax);
//   - as a vet tool (go vet -vettool=nullnofact): singlechecker speaks go
//     vet's protocol; go vet still starts it for each dependency, but it
//     returns at once there (nothing to compute), and type-checks only the
//     named packages, against export data.
//
// -salt is ignored; a new value each run makes go vet's cache miss
// ("cold").
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	a := &analysis.Analyzer{
		Name: "nullnofact",
		Doc:  "does nothing, without facts: the floor of any analyzer",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.String("salt", "", "ignored: a value that changes go vet's cache key")
	singlechecker.Main(a)
}
