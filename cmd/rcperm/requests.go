package main

import (
	"fmt"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// How the commands that list requests (manifest, explain) show them.

// operationNames names a request's operations: its operationId, or the
// candidates of an ambiguous route.
func operationNames(req analyzer.Request) string {
	return clip.Route(req.Method) + " " + clip.Route(req.Route) + " (" + operationList(req.Operations, func(op *permissions.Operation) string { return op.ID }) + ")"
}

// operationList names the first three operations and counts the rest.
func operationList(ops []*permissions.Operation, name func(*permissions.Operation) string) string {
	names := make([]string, 0, 4)
	for i, op := range ops {
		if i == 3 {
			names = append(names, fmt.Sprintf("%d more", len(ops)-3))
			break
		}
		names = append(names, name(op))
	}
	return strings.Join(names, ", ")
}
