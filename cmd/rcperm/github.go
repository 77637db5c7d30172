package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
)

// writeGitHub prints findings as GitHub Actions workflow commands
// (::error file=...,line=...,col=...,title=...::message), which annotate
// the pull request's files without a SARIF upload. Files are relative to
// root, the repository's top directory, as GitHub names them; the steps of
// a wrapper chain follow the message, one a line.
// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
func writeGitHub(w io.Writer, findings []driver.Finding, root string) {
	rel := rootRelative(root)
	level := map[string]string{}
	for _, c := range analyzer.Categories {
		level[c.Name] = c.Level
	}
	sortFindings(findings)
	for _, f := range findings {
		msg := rewritePaths(f.Message, f, rel)
		for _, step := range f.Related {
			msg += "\n" + rewritePaths(step.Message, f, rel)
		}
		command := level[f.Category]
		if command != "error" {
			command = "warning"
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", command,
			escapeProperty(rel(f.Pos.Filename)), f.Pos.Line, f.Pos.Column,
			escapeProperty("rcperm "+f.Category), escapeData(msg))
	}
}

// escapeData escapes a workflow command's message, as the Actions
// toolkit's escapeData does.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, as the
// Actions toolkit's escapeProperty does: also ':' and ',', which end it.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
