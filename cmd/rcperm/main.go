// Command rcperm reports the RingCentral API calls of a Go program that
// RingCentral would refuse with 403 InsufficientPermissions, given the app
// permissions declared in rcperm.yaml.
//
// Standalone:
//
//	rcperm ./...
//	rcperm -manifest=deploy/rcperm.yaml ./...
//
// As a vet tool:
//
//	go vet -vettool=$(which rcperm) ./...
//
// See the analyzer package for what rcperm reports.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/rcperm/rcperm/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
