package main

import (
	"fmt"
	"os"
	"path/filepath"
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
	if len(ids) > 3 {
		ids = append(ids[:3], fmt.Sprintf("%d more", len(ids)-3))
	}
	return req.Method + " " + req.Route + " (" + strings.Join(ids, ", ") + ")"
}

// relPath shows a file relative to the working directory when that is
// shorter, as go vet does.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && len(rel) < len(name) {
		return rel
	}
	return name
}
