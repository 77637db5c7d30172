package main

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// httpMethods are the OpenAPI path-item keys that name operations; other
// keys (parameters, summary, servers) are not operations.
var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

type operation struct {
	OperationID    string `yaml:"operationId"`
	AppPermission  string `yaml:"x-app-permission"`
	UserPermission string `yaml:"x-user-permission"`
	MediaAPI       bool   `yaml:"x-media-api"`
}

type row struct {
	method, path string
	op           operation
	line         int // in the spec
}

// checkID rejects an operation without an operationId, which RingCentral's
// API reference and rcperm's messages name operations by.
func (r row) checkID() error {
	if r.op.OperationID == "" {
		return fmt.Errorf("line %d: %s %s has no operationId", r.line, r.method, r.path)
	}
	return nil
}

// readOperations returns the operations of an OpenAPI document, sorted by
// path, then method. It keeps facts only, none of the spec's prose. An
// operation may lack an operationId: the callers decide whether it matters.
func readOperations(spec []byte) ([]row, error) {
	var doc struct {
		Paths map[string]map[string]yaml.Node `yaml:"paths"`
	}
	if err := yaml.Unmarshal(spec, &doc); err != nil {
		return nil, err
	}
	if len(doc.Paths) == 0 {
		return nil, fmt.Errorf("no paths: is this an OpenAPI document?")
	}
	var rows []row
	seen := map[string]string{}
	for path, item := range doc.Paths {
		for _, m := range httpMethods {
			node, ok := item[m]
			if !ok {
				continue
			}
			var op operation
			if err := node.Decode(&op); err != nil {
				return nil, fmt.Errorf("line %d: %s %s: %v", node.Line, m, path, err)
			}
			if prev, dup := seen[op.OperationID]; dup && op.OperationID != "" {
				return nil, fmt.Errorf("line %d: operationId %s used twice (%s)", node.Line, op.OperationID, prev)
			}
			seen[op.OperationID] = m + " " + path
			for _, f := range []string{op.AppPermission, op.UserPermission} {
				if strings.ContainsAny(f, "\t\n") {
					return nil, fmt.Errorf("line %d: permission %q has a tab or newline", node.Line, f)
				}
			}
			rows = append(rows, row{strings.ToUpper(m), path, op, node.Line})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].path != rows[j].path {
			return rows[i].path < rows[j].path
		}
		return rows[i].method < rows[j].method
	})
	return rows, nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
