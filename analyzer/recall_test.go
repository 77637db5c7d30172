package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/rcperm/rcperm/analyzer"
)

// TestRecall checks the shapes real RingCentral Go code sends its requests
// in (issue 12), each in its real form:
//   - openapiclient, openapiapp: an openapi-generator client rcperm has no
//     model of, its routes through *url.URL, and its callers;
//   - helperpath: a forwarder whose path goes through a helper;
//   - callforms: method expressions, mutual recursion, package-level
//     variables, long concatenations;
//   - unknowntail: routes whose tail is known only at run time;
//   - faxsend: a forwarder completing the route itself in a branch;
//   - crosspkg/app: requests through another package's *http.Client and
//     a promoted wrapper method, in a package importing neither;
//   - restyapp: go-resty/resty v2, modelled; go-retryablehttp, followed;
//   - traps: near misses, nothing reported.
func TestRecall(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata(t), analyzer.Analyzer, "openapiclient", "openapiapp", "helperpath", "callforms", "unknowntail", "faxsend", "crosspkg/app", "restyapp", "requestlit", "scimclient", "scimapp", "traps")
	gobRoundTrip(t, results)
}
