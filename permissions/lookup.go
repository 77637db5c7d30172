package permissions

import (
	"sort"
	"strings"
)

// Verdict is what Lookup concluded about a request.
type Verdict uint8

const (
	// NotRingCentral: the URL goes to another server, or its path is
	// outside RingCentral's API.
	NotRingCentral Verdict = iota
	// Found: the request is one or more operations that all need the same
	// permissions, given in Match.Requires (empty when they need none).
	Found
	// Ambiguous: the request's unknown parts leave operations that need
	// different permissions; Match.Candidates lists them.
	Ambiguous
	// NoSuchOperation: the path is in RingCentral's API but no operation
	// has it, or has it with this method, in the current table or the
	// legacy one. Match.Nearest suggests a current operation.
	NoSuchOperation
	// Deprecated: no current operation matches, but one or more legacy
	// operations (Operation.Legacy) do, and they all need the same
	// permissions, given in Match.Requires under today's names. RingCentral
	// still serves such a route and refuses it without that permission,
	// though its current API reference lacks it: the analyzer reports the
	// call as deprecated and counts the permission as needed. Legacy
	// candidates that need different permissions give Ambiguous.
	Deprecated
)

func (v Verdict) String() string {
	switch v {
	case Found:
		return "found"
	case Ambiguous:
		return "ambiguous"
	case NoSuchOperation:
		return "no such operation"
	case Deprecated:
		return "deprecated"
	}
	return "not RingCentral"
}

// Match is the answer of Lookup.
type Match struct {
	Verdict Verdict
	// Candidates are the operations the request can be, sorted by path and
	// method (Found, Ambiguous and Deprecated). Shared: do not modify.
	Candidates []*Operation
	// Requires is what every candidate needs (Found and Deprecated).
	Requires Set
	// Nearest is the operation the request most likely meant
	// (NoSuchOperation).
	Nearest *Operation
	// WrongMethod is true when the path exists but not with the request's
	// method (NoSuchOperation).
	WrongMethod bool
}

// Operation returns the request's operation when it is exactly one.
func (m Match) Operation() *Operation {
	if len(m.Candidates) == 1 {
		return m.Candidates[0]
	}
	return nil
}

// rootTrust says how sure a path's first segment makes rcperm that a
// request whose server is not known is RingCentral's.
type rootTrust uint8

const (
	// trustNone: a generic path that many servers have ("/scim/v2/Users",
	// "/.well-known/..."); RingCentral's only when the host says so.
	trustNone rootTrust = iota
	// trustMatch: RingCentral's when it is one of its operations; an
	// unknown path under it may be another server's.
	trustMatch
	// trustFull: nobody but RingCentral serves it, so an unknown path under
	// it is a mistake worth reporting.
	trustFull
)

var rootTrusts = map[string]rootTrust{
	"restapi":        trustFull,
	"team-messaging": trustFull,
	"rcvideo":        trustFull,
	"webinar":        trustFull,
	"ai":             trustMatch,
	"analytics":      trustMatch,
}

// OwnRoot reports whether path begins with a segment only RingCentral
// serves ("/restapi/..."): whatever server comes before it, the path is
// RingCentral's or a mistake.
func OwnRoot(path string) bool {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return strings.HasPrefix(path, "/") && rootTrusts[first] == trustFull
}

// APIRoot reports whether url is no more than the root of one of
// RingCentral's APIs, on a server or none ("/restapi/v1.0",
// "https://platform.ringcentral.com/team-messaging/v1/"): a base its
// requests extend, which names no operation of its own.
func APIRoot(url string) bool {
	path := url
	if _, rest, ok := strings.Cut(url, "://"); ok {
		_, path, _ = strings.Cut(rest, "/")
		path = "/" + path
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if !strings.HasPrefix(path, "/") || len(segs) > 2 || rootTrusts[segs[0]] == trustNone && segs[0] != "scim" {
		return false
	}
	if len(segs) == 1 {
		return true
	}
	version, ok := strings.CutPrefix(segs[1], "v")
	return ok && version != "" && strings.Trim(version, "0123456789.") == ""
}

// Lookup tells which RingCentral operation a request is. method is the HTTP
// method in any case; "" or "{...}" means it is not known, and every method
// is a candidate. url is what the program sends: an absolute URL on any host
// or a bare path, with or without query and fragment. Parts of it computed
// at run time may be written "{...}": a whole server prefix
// ("{server}/restapi/..."), a path segment or part of one. Such a part
// matches whatever the templates have there, so a route can be several
// operations; Lookup says whether they all need the same permissions.
//
// A request that no current operation matches is looked up in the legacy
// table (LegacyOperations) before it is called NoSuchOperation.
//
// Lookup allocates nothing when the request is exactly one operation.
func Lookup(method, url string) Match { return lookup(method, url, true) }

// Classify is Lookup without a suggestion: Match.Nearest is nil. Ranking
// every template for a suggestion is most of the cost of a miss; a caller
// looking up many routes that need none (or suggests through a Suggester)
// calls this.
func Classify(method, url string) Match { return lookup(method, url, false) }

// lookup is Lookup, with Match.Nearest left out (nil) unless suggest.
func lookup(method, url string, suggest bool) Match {
	t := loadTable()
	m := matcher{method: methodIndex(method)}
	r := &m.r
	if !parseRoute(url, r) || r.host == hostOther || r.n == 0 {
		return Match{}
	}
	trust := trustNone
	if r.host == hostRingCentral {
		trust = trustFull
	} else if !r.segs[0].wild {
		trust = rootTrusts[r.segs[0].text]
	}
	if trust == trustNone && r.host != hostRingCentral {
		return Match{}
	}
	if r.long {
		// No template is this long: an unknown operation under a root
		// only RingCentral serves, nothing under one others may serve too.
		if trust < trustFull {
			return Match{}
		}
		res := Match{Verdict: NoSuchOperation}
		if suggest {
			res.Nearest = nearest(t, r, method, nil)
		}
		return res
	}
	m.walk(t.root, 0)
	if m.n == 0 {
		samePath := m.samePath
		m.walk(loadLegacyTable().root, 0)
		if m.n > 0 {
			return m.match(Deprecated)
		}
		m.samePath = samePath
	}
	switch {
	case m.n == 0 && trust < trustFull:
		return Match{}
	case m.n == 0:
		res := Match{Verdict: NoSuchOperation, WrongMethod: m.samePath != nil}
		if suggest {
			res.Nearest = nearest(t, r, method, m.samePath)
		}
		return res
	}
	return m.match(Found)
}

// match is the answer for the operations m found (at least one): verdict
// when they all need the same permissions, else Ambiguous.
func (m *matcher) match(verdict Verdict) Match {
	if m.n == 1 {
		op := m.found[0]
		return Match{Verdict: verdict, Candidates: op.self[:], Requires: op.Requires}
	}
	cands := append(append(make([]*Operation, 0, m.n+len(m.extra)), m.found[:m.n]...), m.extra...)
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].Path != cands[j].Path {
			return cands[i].Path < cands[j].Path
		}
		return cands[i].Method < cands[j].Method
	})
	res := Match{Verdict: verdict, Candidates: cands, Requires: cands[0].Requires}
	for _, op := range cands[1:] {
		if op.Requires != res.Requires {
			res.Verdict, res.Requires = Ambiguous, 0
			break
		}
	}
	return res
}

// nearest picks the operation a request with no match most likely meant:
// the same path with another method when the path exists; else the
// template that shares the most literal segments with the request (so that
// ".../message-store/{}/content" is told about a message-store route, not
// about an "answering-rule/{ruleId}" that fewer edits reach), then the one
// closest in edit distance, preferring the request's method.
func nearest(t *table, r *route, method string, samePath *Operation) *Operation {
	if samePath != nil {
		return samePath
	}
	var best *Operation
	var bestRank templateRank
	for _, op := range t.ops {
		methodCost := 0
		if !strings.EqualFold(op.Method, method) {
			methodCost = 1
		}
		if rank := rankTemplate(r, op.segments, methodCost); best == nil || rank.better(bestRank) {
			best, bestRank = op, rank
		}
	}
	return best
}

// templateRank is how close a template is to a route that matches none:
// the literal segments they share count first, then the edit distance.
type templateRank struct{ shared, cost int }

// rankTemplate ranks a template for a route; extra is added to twice the
// edit distance, to break its ties.
func rankTemplate(r *route, tsegs []string, extra int) templateRank {
	return templateRank{sharedSegments(r, tsegs), 2*templateDistance(r, tsegs) + extra}
}

// maxSuggestSegment bounds the bytes of a route segment that a suggestion
// compares: no template segment is half as long (the longest has 29), so
// the bytes past it only add to a distance already too large to matter,
// while making the cost of a suggestion grow with the route. Every
// template is ranked, so a route's cost is bounded by this, maxSegments
// and the table's size, however long the route is.
const maxSuggestSegment = 64

func clipSegment(s string) string { return s[:min(len(s), maxSuggestSegment)] }

func (a templateRank) better(b templateRank) bool {
	return a.shared > b.shared || a.shared == b.shared && a.cost < b.cost
}

// sharedSegments counts the literal segments a route and a template have in
// common, in order (their longest common subsequence): how much of the
// request's own wording the template keeps.
func sharedSegments(r *route, tsegs []string) int {
	var buf [2 * (maxSegments + 1)]int
	prev, cur := buf[:len(tsegs)+1], buf[maxSegments+1:][:len(tsegs)+1]
	for i := 0; i < r.n; i++ {
		seg := r.segs[i]
		for j := 1; j <= len(tsegs); j++ {
			if !seg.wild && seg.text == tsegs[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(tsegs)]
}

// templateDistance is an edit distance between a route and a path template,
// by segments: a template parameter or an unknown route segment matches any
// segment for free, two literals cost their character edit distance, and a
// segment added or dropped costs its length plus one.
func templateDistance(r *route, tsegs []string) int {
	var buf [2 * (maxSegments + 1)]int
	prev, cur := buf[:len(tsegs)+1], buf[maxSegments+1:][:len(tsegs)+1]
	for j := 1; j <= len(tsegs); j++ {
		prev[j] = prev[j-1] + len(tsegs[j-1]) + 1
	}
	for i := 0; i < r.n; i++ {
		seg := r.segs[i]
		text := clipSegment(seg.text)
		cur[0] = prev[0] + len(text) + 1
		for j := 1; j <= len(tsegs); j++ {
			sub := 0
			if !seg.wild && !isParam(tsegs[j-1]) {
				sub = editDistance(text, tsegs[j-1])
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+len(text)+1, cur[j-1]+len(tsegs[j-1])+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(tsegs)]
}
