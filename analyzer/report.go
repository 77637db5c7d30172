package analyzer

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// reporter turns sites into diagnostics for one package.
type reporter struct {
	pass    *analysis.Pass
	cfg     *Config
	grants  *grants
	ignores *ignoreSet
	diags   []analysis.Diagnostic
	// manifestReported is set once why the grants cannot be read is.
	manifestReported bool
	// directiveProblems are the //rcperm:route directives that are
	// malformed, stale or at no request: no //rcperm:ignore silences them.
	directiveProblems []analysis.Diagnostic
	// subjects are what the diagnostics are about, as data (Result.Subjects).
	subjects []Subject
}

func newReporter(pass *analysis.Pass, cfg *Config, ignores *ignoreSet) *reporter {
	return &reporter{pass: pass, cfg: cfg, ignores: ignores}
}

// app returns the app's permissions, reporting once at pos why they are not
// known.
func (r *reporter) app(pos token.Pos) *grants { return r.grantsAt(pos, true) }

// grantsAt reads the app's grants once, reporting at pos, once, why they
// cannot be read. Without something to check (required false), a package
// with no manifest at all needs none; one named or found that cannot be
// read is still an error.
func (r *reporter) grantsAt(pos token.Pos, required bool) *grants {
	if r.grants == nil {
		g := loadGrants(r.pass, r.cfg)
		r.grants = &g
	}
	g := r.grants
	if g.err != nil && !r.manifestReported && (required || !g.absent) {
		r.manifestReported = true
		msg := ManifestFindingPrefix + g.err.Error()
		r.diags = append(r.diags, analysis.Diagnostic{
			Pos:      pos,
			Category: CategoryManifest,
			Message:  msg,
		})
		r.subjects = append(r.subjects, manifestSubject(g, msg))
	}
	if g.err != nil {
		return nil
	}
	return g
}

func (r *reporter) check(sites []site) {
	for _, st := range sites {
		// The route and method are the analyzed code's text: escaped and
		// clipped for every output (clip.Printable).
		route := clip.Route(displayRoute(st.req.URL.render(), st.match))
		method := clip.Route(st.req.Method.render())
		switch st.match.Verdict {
		case permissions.NoSuchOperation:
			r.report(st, CategoryUnknownOperation, unknownOperationMessage(method, route, st.match))
		case permissions.Deprecated:
			r.report(st, CategoryDeprecatedOperation, deprecatedMessage(method, route, st.match))
			fallthrough
		case permissions.Found:
			g := r.app(st.pos())
			if g == nil {
				continue
			}
			if missing := g.granted.Missing(st.match.Requires); missing != 0 {
				r.report(st, CategoryMissingPermission, missingMessage(method, route, st.match, missing, g.source)+g.grantHint(permissionNames(missing)))
			}
		case permissions.Ambiguous:
			g := r.app(st.pos())
			if g == nil {
				continue
			}
			if msg := ambiguousMessage(method, route, st.match, g); msg != "" {
				r.report(st, CategoryAmbiguousRoute, msg)
			}
		}
	}
}

// checkUnresolved reports the unresolved requests that surely go to
// RingCentral. The others count for the app's least-privilege judgement
// only. The manifest is read first: an app whose manifest cannot be read
// fails even when rcperm resolves none of its requests.
func (r *reporter) checkUnresolved(sites []site) {
	for _, st := range sites {
		// One that may not go to RingCentral needs no manifest.
		r.grantsAt(st.pos(), st.gap.RingCentral)
		if st.gap.RingCentral {
			r.report(st, CategoryUnresolvedRequest, unresolvedMessage(st))
		}
	}
}

func unresolvedMessage(st site) string {
	if st.filter != "" {
		what := "event filter " + clip.Route(st.filter)
		if st.filter == "{}" {
			what = "event filter list"
		}
		return fmt.Sprintf("subscription %s: rcperm cannot tell which events it subscribes to, so what they need is not checked "+
			"and no grant can be called unused; write the filters as constants, or say why it does not count with //rcperm:ignore", what)
	}
	method := clip.Route(st.req.Method.render())
	what := "the path"
	if st.gap.Kind == permissions.GapURL && st.req.URL.render() != "{}" && !strings.Contains(st.req.URL.render(), "://") {
		what = "the start of the URL"
	} else if st.gap.Known != "" && st.gap.Known != "/" {
		what = "the path after " + clip.Route(st.gap.Known)
	}
	example := method
	if _, known := st.req.Method.literal(); !known {
		what += " and the method"
		example = "GET"
	}
	return fmt.Sprintf("%s %s: rcperm cannot tell which RingCentral operation this request calls: %s is known only at run time, "+
		"so its permission is not checked and no grant can be called unused; name the operation with //rcperm:route %s %s... at the request, "+
		"or build the route from constants", method, clip.Route(displayRoute(st.req.URL.render(), permissions.Match{})), what, example, routeExample(st.gap.Known))
}

// routeExample is the start of a route for a directive's example.
func routeExample(known string) string {
	if strings.HasPrefix(known, "/restapi") || strings.HasPrefix(known, "/team-messaging") {
		return clip.Route(known)
	}
	return "/restapi/v1.0/"
}

func (r *reporter) report(st site, category, msg string) {
	d := analysis.Diagnostic{Pos: st.at.Pos(), End: st.at.End(), Category: category, Message: msg}
	r.subjects = append(r.subjects, siteSubject(st, category, msg))
	// The first step is the call reported; the rest lead to the request.
	// A subscription's filter has none.
	var steps []Step
	if len(st.chain) > 1 {
		steps = st.chain[1:]
	}
	if k := st.req.picked; k > 0 && len(st.chain) > k {
		// A route another package picks: a host that reports in any
		// package's files reports it there (Subject.Picked).
		subject := &r.subjects[len(r.subjects)-1]
		subject.Picked, subject.Reported = &st.chain[k], &st.chain[0]
	}
	for _, step := range steps {
		d.Related = append(d.Related, analysis.RelatedInformation{
			Pos:     r.stepPos(step, st.at.Pos()),
			Message: step.Message(),
		})
	}
	r.diags = append(r.diags, d)
}

// stepPos places a step at its call, looking its file up among the files
// of the pass and then of the whole file set: a host that checks every
// package from source with one file set (rcperm standalone) holds the
// files of the other packages too. go vet's file set holds them only as
// export data's approximations, lines with no columns, where a step does
// not fit: there it falls back to the reported call, and the step's
// message names its place.
func (r *reporter) stepPos(step Step, fallback token.Pos) token.Pos {
	for _, f := range r.pass.Files {
		if p, ok := posInFile(r.pass.Fset.File(f.Pos()), step); ok {
			return p
		}
	}
	pos := fallback
	r.pass.Fset.Iterate(func(tf *token.File) bool {
		p, ok := posInFile(tf, step)
		if ok {
			pos = p
		}
		return !ok
	})
	return pos
}

// posInFile returns the position of step in tf, if tf is the step's file
// and its position there reads back as the step's line and column.
func posInFile(tf *token.File, step Step) (token.Pos, bool) {
	if tf.Name() != step.File || step.Line < 1 || step.Line > tf.LineCount() || step.Col < 1 ||
		int(tf.LineStart(step.Line))+step.Col-1 > tf.Base()+tf.Size() {
		return token.NoPos, false
	}
	p := tf.LineStart(step.Line) + token.Pos(step.Col-1)
	at := tf.PositionFor(p, false)
	return p, at.Line == step.Line && at.Column == step.Col
}

func missingMessage(method, route string, m permissions.Match, missing permissions.Set, source string) string {
	op := m.Operation()
	what := fmt.Sprintf("%s %s", method, route)
	if op != nil {
		what += " (" + op.ID + ")"
	}
	if missing == m.Requires {
		return fmt.Sprintf("%s needs %s, which %s does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401)",
			what, m.Requires, source)
	}
	return fmt.Sprintf("%s needs %s, of which %s does not grant %s: RingCentral answers 403 InsufficientPermissions (CMN-401)",
		what, m.Requires, source, missing)
}

func deprecatedMessage(method, route string, m permissions.Match) string {
	what := fmt.Sprintf("%s %s", method, route)
	if op := m.Operation(); op != nil {
		what += " (" + op.ID + ")"
	}
	msg := fmt.Sprintf("%s is missing from RingCentral's current API reference: a legacy route RingCentral still serves, which needs %s",
		what, m.Requires)
	if op := m.Operation(); op != nil {
		if cur := op.CurrentEquivalent(); cur != nil {
			msg += "; its current equivalent is " + cur.String()
		}
	}
	return msg
}

func unknownOperationMessage(method, route string, m permissions.Match) string {
	msg := fmt.Sprintf("%s %s: no such RingCentral operation", method, route)
	if m.WrongMethod {
		msg = fmt.Sprintf("%s %s: RingCentral has this path, but not with method %s", method, route, method)
	}
	if m.Nearest != nil {
		msg += "; did you mean " + m.Nearest.String() + "?"
	}
	return msg
}

// ambiguousMessage explains a route whose unknown parts leave operations
// the app cannot all call; "" when it can call every one of them.
func ambiguousMessage(method, route string, m permissions.Match, g *grants) string {
	byMissing := map[permissions.Set][]string{}
	for _, op := range m.Candidates {
		if missing := g.granted.Missing(op.Requires); missing != 0 {
			byMissing[missing] = append(byMissing[missing], op.ID)
		}
	}
	if len(byMissing) == 0 {
		return ""
	}
	var groups []string
	for missing, ids := range byMissing {
		more := ""
		if len(ids) > 3 {
			ids, more = ids[:3], fmt.Sprintf(" and %d more", len(ids)-3)
		}
		groups = append(groups, fmt.Sprintf("%s for %s%s", missing, strings.Join(ids, ", "), more))
	}
	sort.Strings(groups)
	return fmt.Sprintf("%s %s can be %d operations that need different permissions; %s does not grant %s: make the route's unknown parts known, or grant them",
		method, route, len(m.Candidates), g.source, strings.Join(groups, "; "))
}

// displayRoute shows a request URL as its path: no server, no query, and
// unknown segments named as the operation's template names them.
func displayRoute(url string, m permissions.Match) string {
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	if i := strings.Index(url, "://"); i >= 0 {
		url = url[i+3:]
		if j := strings.IndexByte(url, '/'); j >= 0 {
			url = url[j:]
		} else if strings.Contains(url, "{}") {
			url = "/{}" // a server, then a path computed at run time
		} else {
			url = "/"
		}
	} else {
		url = strings.TrimPrefix(url, "{}") // a server computed at run time
	}
	op := m.Operation()
	if op == nil && m.Verdict == permissions.NoSuchOperation {
		return url
	}
	segs := strings.Split(strings.Trim(url, "/"), "/")
	if op != nil {
		tsegs := strings.Split(strings.Trim(op.Path, "/"), "/")
		if len(tsegs) == len(segs) {
			for i, s := range segs {
				if strings.Contains(s, "{}") {
					segs[i] = tsegs[i]
				}
			}
		}
	}
	return "/" + strings.Join(segs, "/")
}

// flush applies //rcperm:ignore directives and reports what is left.
func (r *reporter) flush() {
	for _, d := range r.diags {
		if d.Category != CategoryManifest && r.ignores.silences(r.pass.Fset.Position(d.Pos)) || !r.cfg.reports(d.Category) {
			continue
		}
		r.pass.Report(d)
	}
	for _, d := range r.directiveProblems {
		if r.cfg.reports(d.Category) {
			r.pass.Report(d)
		}
	}
	manifestOK := r.grants == nil || r.grants.err == nil
	for _, d := range r.ignores.problems(manifestOK) {
		if r.cfg.reports(d.Category) {
			r.pass.Report(d)
		}
	}
}
