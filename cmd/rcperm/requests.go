package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
)

// How the commands that list requests (manifest, explain) show them.

// operationNames names a request's operations: its operationId, or the
// candidates of an ambiguous route.
func operationNames(req analyzer.Request) string {
	ids := make([]string, len(req.Operations))
	for i, op := range req.Operations {
		ids[i] = op.ID
	}
	return req.Method + " " + req.Route + " (" + shortList(ids) + ")"
}

// shortList joins the first three of names and counts the rest.
func shortList(names []string) string {
	if len(names) > 3 {
		names = append(names[:3:3], fmt.Sprintf("%d more", len(names)-3))
	}
	return strings.Join(names, ", ")
}

// relPath shows a file relative to the working directory when it is below.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err == nil && strings.HasPrefix(name, wd+string(os.PathSeparator)) {
		return name[len(wd)+1:]
	}
	return name
}
