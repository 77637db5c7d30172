// Command rcperm reports the RingCentral API calls of a Go program that
// RingCentral would refuse with 403 InsufficientPermissions, given the app
// permissions declared in rcperm.yaml.
//
// Usage:
//
//	rcperm [flags] packages                 check, standalone
//	go vet -vettool=$(which rcperm) pkgs    check, as a vet tool
//	rcperm vet [go vet flags] packages      go vet, re-run when rcperm.yaml changes
//	rcperm sarif [flags] packages           findings as SARIF 2.1.0, for code scanning
//	rcperm manifest [flags] packages        print the minimal rcperm.yaml the code needs
//	rcperm explain PERMISSION packages      list every call that needs PERMISSION
//
// See the analyzer package for what rcperm reports.
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/rcperm/rcperm/analyzer"
)

func main() {
	if len(os.Args) > 1 {
		if os.Args[1] == "help" {
			os.Exit(help())
		}
		if c := lookup(os.Args[1]); c != nil {
			os.Exit(c.main(os.Args[2:]))
		}
	}
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		os.Exit(printVetToolID())
	}
	if isVetTool(os.Args[1:]) {
		// go vet runs its tool in each package's directory, where a
		// relative -manifest no longer means what the user meant: take it
		// from the module root instead.
		// singlechecker speaks go vet's protocol (-V=full, -flags, the .cfg
		// file) with the analyzer's flags unprefixed.
		singlechecker.Main(analyzer.New(analyzer.Config{RelativeToModule: true}))
	}
	os.Exit(check.main(os.Args[1:]))
}

// isVetTool reports whether go vet is running rcperm: it passes a single
// .cfg file, or asks for the tool's version or flags.
func isVetTool(args []string) bool {
	for _, a := range args {
		if a == "-flags" || strings.HasPrefix(a, "-V=") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// fail prints a message for the user and returns the exit code of errors.
func fail(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "rcperm: "+format+"\n", args...)
	return 1
}
