package analyzer

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a directive that silences the findings of its line or
// the line below: //rcperm:ignore <reason>.
const ignorePrefix = "//rcperm:ignore"

type ignoreDirective struct {
	pos    token.Pos
	file   string
	line   int
	reason string
	used   bool
}

type ignoreSet struct {
	directives []*ignoreDirective
	// nolint are the lines //nolint directives for rcperm cover, unless
	// the host applies them itself (see Config.NolintByHost).
	nolint []nolintRange
}

func collectIgnores(pass *analysis.Pass) *ignoreSet {
	s := &ignoreSet{}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				// As with //nolint, a further "//" starts another comment.
				reason, _, _ := strings.Cut(rest, "//")
				p := pass.Fset.Position(c.Pos())
				s.directives = append(s.directives, &ignoreDirective{pos: c.Pos(), file: p.Filename, line: p.Line, reason: strings.TrimSpace(reason)})
			}
		}
	}
	return s
}

// silences reports whether a directive with a reason, or a //nolint,
// covers a finding at p, and marks an //rcperm:ignore used.
func (s *ignoreSet) silences(p token.Position) bool {
	silenced := slices.ContainsFunc(s.nolint, func(r nolintRange) bool { return r.covers(p) })
	for _, d := range s.directives {
		if d.reason != "" && d.file == p.Filename && (d.line == p.Line || d.line == p.Line-1) {
			d.used, silenced = true, true
		}
	}
	return silenced
}

// problems reports directives without a reason and, when every finding
// could be computed (the manifest was read), directives that silence
// nothing.
func (s *ignoreSet) problems(complete bool) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, d := range s.directives {
		switch {
		case d.reason == "":
			out = append(out, analysis.Diagnostic{Pos: d.pos, Category: CategoryIgnore,
				Message: "rcperm:ignore needs a reason: write //rcperm:ignore <why this call is fine>"})
		case !d.used && complete:
			out = append(out, analysis.Diagnostic{Pos: d.pos, Category: CategoryIgnore,
				Message: "rcperm:ignore silences nothing on this line or the next: remove it"})
		}
	}
	return out
}

// unsilenced returns the sites no directive silences, marking those that
// do used: the directive exists to keep the call's grant out of the app,
// so an ignored call is not a need, and its directive is not idle even
// when the app grants what the call needs.
func (s *ignoreSet) unsilenced(fset *token.FileSet, sites []site) []site {
	var out []site
	for _, st := range sites {
		if !s.silences(fset.Position(st.pos())) {
			out = append(out, st)
		}
	}
	return out
}
