package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
)

// exitCodes are rcperm's exit codes, for `rcperm help`.
const exitCodes = `exit codes:
  0  no findings; with -json, and from rcperm sarif without -fail, whenever the output is written
  1  an error: a package could not be loaded, or the output not written; under go vet, also findings
  2  a bad command line
  3  findings, a manifest that cannot be read among them (rcperm packages, rcperm sarif -fail)
`

// help is `rcperm help [SUBCOMMAND|CATEGORY]`.
func help(args []string) int {
	switch {
	case len(args) == 0:
		writeHelp(os.Stdout)
		return 0
	case len(args) > 1:
		return fail("help: one subcommand or category at a time: rcperm help SUBCOMMAND, rcperm help CATEGORY")
	}
	c := lookup(args[0])
	cat, isCategory := analyzer.LookupCategory(args[0])
	if c != nil {
		c.writeUsage(os.Stdout)
	}
	if isCategory {
		// "manifest" is both: the command's usage, then the category's.
		if c != nil {
			fmt.Fprintln(os.Stdout)
		}
		writeCategoryHelp(os.Stdout, cat)
	}
	if c == nil && !isCategory {
		unknownCommand(args[0])
		return 2
	}
	return 0
}

// writeHelp writes the summary and usage of every command, the check's
// flags, the categories of findings and the exit codes.
func writeHelp(w io.Writer) {
	check.writeUsage(w)
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		if c.name != "" {
			fmt.Fprintf(w, "  %-9s %s\n", c.name, firstSentence(c.doc))
		}
	}
	fmt.Fprintln(w, "\nRun 'rcperm help SUBCOMMAND' for a command's flags.")
	fmt.Fprintln(w, "\ncategories of findings (-disable, -enable; 'rcperm help CATEGORY' for one):")
	// The names column is as wide as the longest name, so that the levels
	// and summaries line up whatever categories are added.
	width := 0
	for _, cat := range analyzer.Categories {
		width = max(width, len(cat.Name))
	}
	for _, cat := range analyzer.Categories {
		fmt.Fprintf(w, "  %-*s  %-7s  %s\n", width, cat.Name, cat.Level, cat.Summary)
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, exitCodes)
}

func firstSentence(doc string) string {
	doc = strings.ReplaceAll(doc, "\n", " ")
	if i := strings.Index(doc, ". "); i >= 0 {
		return doc[:i+1]
	}
	return doc
}

// mistypedCommand returns the command a first argument was meant to be,
// or nil when it is a package pattern or not close to any command's name.
// A pattern such as ./... or example.com/app has a '.' or '/'; a bare word
// is a package when it is a directory or the go command finds it (std's
// "net" is one edit from "vet").
func mistypedCommand(word string) *command {
	if word == "" || strings.ContainsAny(word, "./-=") {
		return nil
	}
	i := slices.IndexFunc(commands, func(c *command) bool { return c.name != "" && closeWords(word, c.name) })
	if i < 0 {
		return nil
	}
	if st, err := os.Stat(word); err == nil && st.IsDir() {
		return nil
	}
	if exec.Command("go", "list", "-find", "--", word).Run() == nil {
		return nil
	}
	return commands[i]
}

// unknownCommand tells the user a word is no command, suggesting the one
// it is closest to.
func unknownCommand(word string) {
	msg := fmt.Sprintf("unknown command %q", word)
	if c := mistypedCommand(word); c != nil {
		msg += fmt.Sprintf(": did you mean %q?", c.name)
	}
	fail("%s\nRun 'rcperm help' for usage.", msg)
}

// closeWords reports whether a and b differ by one typing slip: the same
// letters in another order, or one letter added, dropped or replaced.
func closeWords(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) == len(b) && sortedLetters(a) == sortedLetters(b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

func sortedLetters(s string) string {
	b := []byte(s)
	slices.Sort(b)
	return string(b)
}
