package driver

import (
	"go/token"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestSites: a request rcperm sees several routes for is one unresolved
// request, and it may not go to RingCentral only when none of its routes
// surely does.
func TestSites(t *testing.T) {
	for _, tc := range []struct {
		name         string
		reqs         []analyzer.Unresolved
		sites, quiet int
	}{
		{"none", nil, 0, 0},
		{"one site, three routes", []analyzer.Unresolved{{Pos: 10, RingCentral: true}, {Pos: 10}, {Pos: 10}}, 1, 0},
		{"two sites, one quiet", []analyzer.Unresolved{{Pos: 10}, {Pos: 10}, {Pos: token.Pos(20), RingCentral: true}}, 2, 1},
	} {
		sites, quiet := Sites(tc.reqs)
		if sites != tc.sites || quiet != tc.quiet {
			t.Errorf("%s: Sites = %d, %d; want %d, %d", tc.name, sites, quiet, tc.sites, tc.quiet)
		}
	}
}
