package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestConstructs runs the matrix and holds it to testdata/baseline.txt: it
// fails on any false positive, on any case the baseline records as resolved
// that rcperm no longer resolves alone (without other findings), and on any
// it records as noisy (resolved, other findings beside) that rcperm no
// longer resolves at all. A case the baseline records as a miss may stay
// one; one that rcperm now does better on is logged, for -update.
// With -short it runs the singles and their traps (348 cases: 1.8 s of
// CPU, 0.45 GB, most of it loading std from source); without, every pair
// and its trap too (6,492 cases: 5 s of CPU, 0.7 GB).
func TestConstructs(t *testing.T) {
	baseline := readBaseline(t)
	pairs := !testing.Short()
	cs := cases(pairs)
	got, err := measure(filepath.Join("..", "..", "testdata", "src"), cs)
	if err != nil {
		t.Fatal(err)
	}
	_, totals := tallies(cs, got)
	t.Logf("%v", totals)
	seen := map[string]bool{}
	improved := 0
	for _, c := range cs {
		id, o := c.id(), got[c.id()]
		seen[id] = true
		was, ok := baseline[id]
		switch {
		case o.status == falsePos:
			t.Errorf("false positive: %s: %q", id, o.findings)
		case !ok:
			t.Errorf("%s is not in %s: go run ./analyzer/internal/constructs -update", id, baselineFile)
		case was == resolved && o.status != resolved, was == noisy && o.status != resolved && o.status != noisy:
			t.Errorf("regression: %s was %s, now %s: %q", id, was, o.status, o.findings)
		case was != resolved && o.status == resolved, was != noisy && o.status == noisy:
			improved++
			t.Logf("better now: %s (was %s, now %s)", id, was, o.status)
		}
	}
	if improved > 0 {
		t.Logf("%d cases better than %s records: go run ./analyzer/internal/constructs -update, and -table > docs/constructs.md", improved, baselineFile)
	}
	if pairs {
		for id := range baseline {
			if !seen[id] {
				t.Errorf("%s records %s, which the matrix no longer has: go run ./analyzer/internal/constructs -update", baselineFile, id)
			}
		}
	}
}

// TestDocsAgree checks that docs/constructs.md is the table of the
// baseline: neither was edited, or regenerated, without the other.
func TestDocsAgree(t *testing.T) {
	baseline := readBaseline(t)
	docs, err := os.ReadFile(filepath.Join("..", "..", "..", filepath.FromSlash(docsFile)))
	if err != nil {
		t.Fatal(err)
	}
	if want := markdown(cases(true), outcomes(baseline)); string(docs) != want {
		t.Errorf("%s is not the table of %s: go run ./analyzer/internal/constructs -update", docsFile, baselineFile)
	}
}

func readBaseline(t *testing.T) map[string]status {
	t.Helper()
	data, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatal(err)
	}
	baseline, err := parseBaseline(data)
	if err != nil {
		t.Fatal(err)
	}
	return baseline
}
