package analyzer_test

import (
	"os"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestREADMECategories: the README's table of findings lists the
// categories of analyzer.Categories, in its order, with their levels and
// summaries.
func TestREADMECategories(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const header = "| category | level | what it reports | example |\n|---|---|---|---|\n"
	_, table, ok := strings.Cut(string(data), header)
	if !ok {
		t.Fatalf("README.md has no table of findings headed\n%s", header)
	}
	var got []analyzer.CategoryInfo
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "|") {
			break
		}
		cells := strings.Split(line, " | ")
		if len(cells) < 4 {
			t.Fatalf("README.md: row %q has fewer than 4 cells", line)
		}
		got = append(got, analyzer.CategoryInfo{
			Name:    strings.Trim(cells[0], "|` "),
			Level:   cells[1],
			Summary: cells[2],
		})
	}
	var want []analyzer.CategoryInfo
	for _, c := range analyzer.Categories {
		want = append(want, analyzer.CategoryInfo{Name: c.Name, Level: c.Level, Summary: c.Summary})
	}
	if len(got) != len(want) {
		t.Fatalf("README.md lists %d categories, analyzer.Categories %d:\n%v\n%v", len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("README.md row %d = %+v, want %+v (from analyzer/categories.go)", i+1, got[i], want[i])
		}
	}
}

// TestCategoriesComplete: every category has a level SARIF knows and the
// texts that users read.
func TestCategoriesComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range analyzer.Categories {
		if seen[c.Name] {
			t.Errorf("category %s listed twice", c.Name)
		}
		seen[c.Name] = true
		if c.Level != "error" && c.Level != "warning" {
			t.Errorf("%s: level %q, want error or warning", c.Name, c.Level)
		}
		if c.Summary == "" || c.Description == "" || c.Help == "" || strings.HasSuffix(c.Summary, ".") {
			t.Errorf("%s: want a summary without a final period, a description and help", c.Name)
		}
	}
}
