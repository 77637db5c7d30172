package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/rcperm/rcperm/analyzer"
)

// TestCategorySelection: -disable drops a category's findings, -enable
// keeps only its categories, and the manifest category cannot be chosen.
func TestCategorySelection(t *testing.T) {
	for _, tc := range []struct {
		flag, value string
		want        int // unused-permission findings in unusedperm
	}{
		{"disable", "unused-permission", 0},
		{"disable", "ignore,missing-permission", 2},
		{"enable", "missing-permission", 0},
		{"enable", "unused-permission", 2},
	} {
		a := analyzer.New(analyzer.Config{})
		if err := a.Flags.Set(tc.flag, tc.value); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range analysistest.Run(&silentT{}, testdata(t), a, "unusedperm") {
			for _, d := range r.Diagnostics {
				if d.Category == analyzer.CategoryUnusedPermission {
					n++
				}
			}
		}
		if n != tc.want {
			t.Errorf("-%s=%s: %d unused-permission findings, want %d", tc.flag, tc.value, n, tc.want)
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
