package analyzer

import (
	"go/ast"
	"go/token"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// nolintRE matches golangci-lint's directive, //nolint or //nolint:a,b,
// with an optional explanation after a further "//".
var nolintRE = regexp.MustCompile(`^//nolint(?::([\w-]+(?:,[\w-]+)*))?(?:\s|$)`)

// A nolintRange is the lines of a file that a //nolint directive for rcperm
// covers.
type nolintRange struct {
	file     string
	from, to int
}

// collectNolint returns the lines that golangci-lint's //nolint directives
// naming rcperm (//nolint, //nolint:all, //nolint:rcperm,...) cover, so
// that one directive silences a finding in every host, not only under
// golangci-lint. As golangci-lint does, a directive at the end of a line
// covers the nodes that start on that line; one on a line of its own covers
// those that start on the next line; either way, to the end of the
// outermost of them (a //nolint above a function covers all of it).
func collectNolint(pass *analysis.Pass) []nolintRange {
	var out []nolintRange
	for _, f := range pass.Files {
		var directives []*ast.Comment
		for _, group := range f.Comments {
			for _, c := range group.List {
				if m := nolintRE.FindStringSubmatch(c.Text); m != nil && namesRcperm(m[1]) {
					directives = append(directives, c)
				}
			}
		}
		if len(directives) == 0 {
			continue
		}
		// The first column of code and the last line of the nodes that
		// start on each line.
		firstCol, lastLine := map[int]int{}, map[int]int{}
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			if _, ok := n.(*ast.CommentGroup); ok {
				return false
			}
			start, end := pass.Fset.Position(n.Pos()), pass.Fset.Position(n.End())
			if col, ok := firstCol[start.Line]; !ok || start.Column < col {
				firstCol[start.Line] = start.Column
			}
			lastLine[start.Line] = max(lastLine[start.Line], end.Line)
			return true
		})
		for _, c := range directives {
			p := pass.Fset.Position(c.Pos())
			line := p.Line
			if col, ok := firstCol[line]; !ok || col > p.Column {
				line++ // a line of its own: the directive is about the next
			}
			out = append(out, nolintRange{file: p.Filename, from: line, to: max(line, lastLine[line])})
		}
	}
	return out
}

// namesRcperm reports whether a //nolint directive's list of linters, ""
// for all of them, includes rcperm.
func namesRcperm(list string) bool {
	if list == "" {
		return true
	}
	for _, name := range strings.Split(list, ",") {
		if name == "rcperm" || name == "all" {
			return true
		}
	}
	return false
}

// covers reports whether the range holds p.
func (r nolintRange) covers(p token.Position) bool {
	return r.file == p.Filename && r.from <= p.Line && p.Line <= r.to
}
