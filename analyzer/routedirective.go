package analyzer

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// routeDirectivePrefix starts a directive that names an operation a
// request rcperm cannot resolve calls: //rcperm:route GET /restapi/v1.0/...
// on the line of the request or in the comment just above it, one line per
// operation when it calls several. rcperm checks the routes it names like
// any other, and reports the directive once it resolves the request itself.
const routeDirectivePrefix = "//rcperm:route"

type routeDirective struct {
	pos          token.Pos
	file         string
	line         int // the directive's own line: a comment after the call
	next         int // the line after its comment block: a comment above the call
	method, path string
	problem      string // why it is malformed, "" when it is not
	// used: it resolved a request; redundant: it stood at a request rcperm
	// resolves itself.
	used, redundant bool
}

type routeDirectives struct {
	directives []*routeDirective
}

func collectRouteDirectives(pass *analysis.Pass) *routeDirectives {
	ds := &routeDirectives{}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			next := pass.Fset.Position(group.End()).Line + 1
			for _, c := range group.List {
				rest, ok := strings.CutPrefix(c.Text, routeDirectivePrefix)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				p := pass.Fset.Position(c.Pos())
				d := &routeDirective{pos: c.Pos(), file: p.Filename, line: p.Line, next: next}
				text, _, _ := strings.Cut(rest, "//") // as with //nolint, "//" starts another comment
				d.method, d.path, d.problem = parseRouteDirective(text)
				ds.directives = append(ds.directives, d)
			}
		}
	}
	return ds
}

// parseRouteDirective reads "METHOD PATH" after the directive's name.
func parseRouteDirective(text string) (method, path, problem string) {
	fields := strings.Fields(text)
	if len(fields) != 2 {
		return "", "", "rcperm:route takes a method and a path: //rcperm:route GET /restapi/v1.0/account/~/call-log"
	}
	method = strings.ToUpper(fields[0])
	switch method {
	case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS":
	default:
		return "", "", fmt.Sprintf("rcperm:route: %s is not an HTTP method: //rcperm:route METHOD PATH", strconv.Quote(clip.String(fields[0])))
	}
	return method, fields[1], ""
}

// at returns the well-formed directives that cover a request at p.
func (ds *routeDirectives) at(p token.Position) []*routeDirective {
	var out []*routeDirective
	for _, d := range ds.directives {
		if d.problem == "" && d.file == p.Filename && (d.line == p.Line || d.next == p.Line) {
			out = append(out, d)
		}
	}
	return out
}

// resolve applies the directives: each unresolved request they cover
// becomes one checked request per route they name (with the request's
// chain), and what they do not cover stays unresolved. A directive at a
// request rcperm resolves itself is redundant.
func (ds *routeDirectives) resolve(fset *token.FileSet, sites, unresolved []site) ([]site, []site) {
	if len(ds.directives) == 0 {
		return sites, unresolved
	}
	for _, st := range sites {
		for _, d := range ds.at(fset.Position(st.pos())) {
			d.redundant = true
		}
	}
	var left []site
	for _, st := range unresolved {
		named := ds.at(fset.Position(st.pos()))
		if len(named) == 0 {
			left = append(left, st)
			continue
		}
		for _, d := range named {
			d.used = true
			r := st.req
			r.Method, r.URL = lit(d.method), lit(d.path)
			sites = append(sites, site{at: st.at, req: r, match: permissions.Lookup(d.method, d.path), chain: st.chain})
		}
	}
	return sites, left
}

// problems reports malformed directives, directives at requests rcperm
// resolves itself, and directives at no request.
func (ds *routeDirectives) problems() []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, d := range ds.directives {
		msg := d.problem
		switch {
		case msg != "":
		case d.redundant && !d.used:
			msg = "rcperm:route is stale: rcperm resolves this request itself; remove the directive"
		case !d.used:
			msg = "rcperm:route names no unresolved request on this line or the next: place it at the request rcperm reports as unresolved"
		default:
			continue
		}
		out = append(out, analysis.Diagnostic{Pos: d.pos, Category: CategoryIgnore, Message: msg})
	}
	return out
}
