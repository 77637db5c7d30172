// Command nullnofact is a go/analysis driver (singlechecker) whose one
// analyzer does nothing and declares no fact type: the checker then parses
// and type-checks only the packages named on the command line, and takes
// their dependencies' types from export data (packages.LoadSyntax). It is
// the floor of any go/analysis standalone run. See .ci/bench.sh.
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
