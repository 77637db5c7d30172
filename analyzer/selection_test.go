package analyzer_test

import (
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestCategorySelection: -disable drops a category's findings, -enable
// keeps only its categories, and the manifest category cannot be chosen.
func TestCategorySelection(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		flag, value   string
		missing       int  // missing-permission findings in inline
		reportsUnused bool // what the Result tells the driver
	}{
		{"disable", "unused-permission", 1, false},
		{"disable", "ignore,missing-permission", 0, true},
		{"enable", "missing-permission", 1, false},
		{"enable", "unused-permission", 0, true},
	} {
		a := analyzer.New(analyzer.Config{Permissions: []string{"ReadAccounts"}})
		if err := a.Flags.Set(tc.flag, tc.value); err != nil {
			t.Fatal(err)
		}
		n := 0
		act := analyzeInline(t, a) // the selection drops wanted findings: no analysistest
		for _, d := range act.Diagnostics {
			if d.Category == analyzer.CategoryMissingPermission {
				n++
			}
		}
		if res, _ := act.Result.(*analyzer.Result); res == nil || res.ReportsUnused != tc.reportsUnused {
			t.Errorf("-%s=%s: Result %+v, want ReportsUnused %v", tc.flag, tc.value, res, tc.reportsUnused)
		}
		if n != tc.missing {
			t.Errorf("-%s=%s: %d missing-permission findings, want %d", tc.flag, tc.value, n, tc.missing)
		}
	}
	var selectable []string // every category but manifest, which cannot be turned off
	for _, c := range analyzer.Categories {
		if c.Name != analyzer.CategoryManifest {
			selectable = append(selectable, c.Name)
		}
	}
	for value, want := range map[string]string{
		"unused-permissions": `unknown category "unused-permissions": the categories are ` + strings.Join(selectable, ", "),
		"manifest":           "category manifest cannot be chosen",
	} {
		err := analyzer.New(analyzer.Config{}).Flags.Set("disable", value)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("-disable=%s: error %v, want %q", value, err, want)
		}
	}
}
