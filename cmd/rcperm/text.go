package main

import (
	"fmt"
	"go/token"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/internal/driver"
)

// writeText prints findings as go vet does: "file:line:col: message", each
// step of a wrapper chain below it, files relative to the current
// directory, in the messages too.
func writeText(w io.Writer, findings []driver.Finding, context int) {
	sortFindings(findings)
	for _, f := range findings {
		// The analyzer escapes the code's text in its messages; escaping the
		// whole line again (clip.Printable is idempotent) covers the file
		// names in them too.
		fmt.Fprintf(w, "%s: %s\n", shortPosition(f.Pos), clip.Printable(rewritePaths(f.Message, f, relPath)))
		printContext(w, f.Pos, context)
		for _, rel := range f.Related {
			fmt.Fprintf(w, "%s: \t%s\n", shortPosition(rel.Pos), clip.Printable(rewritePaths(rel.Message, f, relPath)))
		}
	}
}

// shortPosition is pos with its file relative to the current directory.
func shortPosition(pos token.Position) string {
	pos.Filename = shownPath(pos.Filename)
	return pos.String()
}

// rewritePaths rewrites the files of a finding's positions where msg
// names them ("via Client.Do at /abs/rc/client.go:19:9"), by rel.
func rewritePaths(msg string, f driver.Finding, rel func(string) string) string {
	names := []string{f.Pos.Filename, f.End.Filename}
	for _, rel := range f.Related {
		names = append(names, rel.Pos.Filename)
	}
	// The manifest a finding names, where it is not the finding's file: a
	// manifest that cannot be read, reported at the code it governs.
	if f.Subject != nil && f.Subject.Manifest != "" {
		names = append(names, absPath(f.Subject.Manifest))
	}
	if f.Grants != nil && f.Grants.Path != "" {
		names = append(names, absPath(f.Grants.Path))
	}
	for _, name := range names {
		if name != "" {
			msg = strings.ReplaceAll(msg, name, rel(name))
		}
	}
	return msg
}

// countLine sums up findings by category, in the order of the analyzer's
// table: "3 findings: 2 missing-permission, 1 unknown-operation".
func countLine(findings []driver.Finding) string {
	counts := map[string]int{}
	for _, f := range findings {
		counts[f.Category]++
	}
	var parts []string
	for _, c := range analyzer.Categories {
		if n := counts[c.Name]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, c.Name))
			delete(counts, c.Name)
		}
	}
	// A category outside the table (one added to the analyzer later)
	// still counts.
	rest := slices.Sorted(maps.Keys(counts))
	for _, name := range rest {
		parts = append(parts, fmt.Sprintf("%d %s", counts[name], name))
	}
	noun := "findings"
	if len(findings) == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s: %s", len(findings), noun, strings.Join(parts, ", "))
}

func sortFindings(fs []driver.Finding) {
	slices.SortStableFunc(fs, func(a, b driver.Finding) int { return driver.ComparePositions(a.Pos, b.Pos) })
}

func printContext(w io.Writer, pos token.Position, n int) {
	if n < 0 {
		return
	}
	data, err := os.ReadFile(pos.Filename)
	if err != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	for i := max(pos.Line-n, 1); i <= min(pos.Line+n, len(lines)); i++ {
		fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
	}
}
