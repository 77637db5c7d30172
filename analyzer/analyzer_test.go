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

// TestAnalyzer checks every // want in the analyzed packages of testdata
// (findings and facts), loading them together: each load type-checks std
// from source, as any driver of an analyzer with facts does.
//   - nethttp: every net/http sink and every route form;
//   - rcclient, rcapp: the three kinds of wrappers, across packages;
//   - sdks: the three RingCentral SDKs;
//   - traps: code that looks like requests and is not (nothing reported);
//   - suppress, unusedperm, indirect/app, badmanifest, nomanifest,
//     ambiguous: each category and //rcperm:ignore.
func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer,
		"nethttp", "rcclient", "rcapp", "sdks",
		"traps", "suppress", "unusedperm", "indirect/app", "badmanifest", "nomanifest", "ambiguous")
}
