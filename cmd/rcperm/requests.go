package main

import (
	"fmt"
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
