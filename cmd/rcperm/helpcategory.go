package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
)

// writeCategoryHelp is `rcperm help CATEGORY`: what a finding of the
// category means and how to fix it (the text the SARIF rules carry, as
// plain text), then how to suppress it, which is the same for the
// categories of findings in Go code and so is said here rather than in
// each category's help.
func writeCategoryHelp(w io.Writer, cat analyzer.CategoryInfo) {
	fmt.Fprintf(w, "%s (%s): %s.\n\n%s\n\n", cat.Name, cat.Level, cat.Summary, strings.TrimSpace(markdownText(cat.Help)))
	switch cat.Name {
	case analyzer.CategoryManifest:
		return // its help says it cannot be: rcperm fails closed
	case analyzer.CategoryUnusedPermission:
		// Its finding is at a line of rcperm.yaml, where no Go comment goes.
		fmt.Fprintln(w, "To keep one grant on purpose (a process outside the analyzed code uses it), list it in rcperm.yaml:\n"+
			"  keep:\n    - {permission: ReadAccounts, reason: \"the nightly export job uses it\"}")
	default:
		fmt.Fprintln(w, "To suppress one finding: //rcperm:ignore <reason>, or //nolint:rcperm // <reason>, on its line or\n"+
			"the line above.")
	}
	fmt.Fprintf(w, "To suppress the category: -disable=%s (disable: [%s] in golangci-lint's settings).\n", cat.Name, cat.Name)
}
