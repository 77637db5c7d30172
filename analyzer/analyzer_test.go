package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/rcperm/rcperm/analyzer"
)

// testdata is the repository's testdata directory, in GOPATH layout under
// src/: analyzed packages, and stand-ins of the RingCentral SDKs with their
// real import paths.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "nethttp")
}

func TestWrappersAcrossPackages(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "rcclient", "rcapp")
}

func TestSDKs(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "sdks")
}

func TestCategories(t *testing.T) {
	for _, pkg := range []string{"traps", "suppress", "unusedperm", "indirect/app", "badmanifest", "nomanifest", "ambiguous"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, testdata(t), analyzer.Analyzer, pkg)
		})
	}
}
