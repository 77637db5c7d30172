package permissions

import "strings"

// GapKind says why a request's operation cannot be named.
type GapKind uint8

const (
	// NoGap: the request is what its Match says (an operation, several, no
	// such operation, or no RingCentral request at all).
	NoGap GapKind = iota
	// GapPath: the path is known up to Gap.Known and its rest only at run
	// time, and that rest may make it more than one operation (or one the
	// known part does not decide).
	GapPath
	// GapURL: the URL is known only at run time, or so little of it that
	// it may be a RingCentral operation and may be none.
	GapURL
)

// A Gap is what keeps a request from being resolved: the part of its URL
// known only at run time that decides which operation, if any, it is.
type Gap struct {
	Kind GapKind
	// Known is the path text known before the gap ("/restapi/v1.0/" when
	// the rest is computed); "" when nothing of the path is known.
	Known string
	// RingCentral is true when the request surely goes to RingCentral: its
	// host is RingCentral's, or its path is under a root only RingCentral
	// serves. Otherwise it may go to any server.
	RingCentral bool
	// PathKnown is true when some segment of the path is known: a request
	// with none ("{}") says nothing of where it goes.
	PathKnown bool
}

// FindGap tells whether a request whose Lookup gave m is unresolved: its
// run-time parts leave open which RingCentral operation it is, or whether it
// is one. url is written as for Lookup, with "{}" for what is computed at
// run time. A request to another server, or one whose known text no
// operation can complete, has no gap: m says what it is.
//
// The rule for a run-time tail: Lookup reads an unknown last segment as one
// segment, as an ID ("/extension/" + id); that holds only where every
// operation it matched has a parameter there. Where one has a literal
// segment ("/restapi/v1.0/" + name), or none matched but a longer path
// would, the tail may be any path, and the request is unresolved.
func FindGap(url string, m Match) Gap {
	var r route
	if !parseRoute(url, &r) {
		return Gap{} // net/http refuses it, or no RingCentral path is this long
	}
	if r.host == hostOther {
		return Gap{}
	}
	rc := r.host == hostRingCentral || r.n > 0 && !r.segs[0].wild && rootTrusts[r.segs[0].text] == trustFull
	if r.host == hostUnknown && ringCentralHostPrefix(url) {
		rc = true
	}
	known := knownPrefix(&r)
	if m.Verdict != NotRingCentral && leadOpen(&r) {
		// "https://platform.ringcentral.com/" + prefix + "/extension":
		// the prefix may be several segments ("restapi/v1.0/account/~"),
		// whatever operation its one segment would match, or none.
		return Gap{Kind: GapPath, RingCentral: rc, PathKnown: true}
	}
	switch m.Verdict {
	case Found, Deprecated, Ambiguous:
		if tailOpen(&r) && !paramAtTail(&r, m.Candidates) {
			return Gap{Kind: GapPath, Known: known, RingCentral: true, PathKnown: true}
		}
		return Gap{}
	case NoSuchOperation:
		if tailOpen(&r) && extendable(&r) {
			return Gap{Kind: GapPath, Known: known, RingCentral: true, PathKnown: true}
		}
		return Gap{}
	}
	// Not RingCentral as far as Lookup can tell: a URL with no run-time
	// part is what it says, and so is one no operation can end with.
	if !strings.Contains(url, "{") {
		return Gap{}
	}
	possible, strong := possibleSuffix(&r)
	if r.n > 0 && !possible {
		return Gap{}
	}
	pathKnown := false
	for _, s := range r.segs[:r.n] {
		pathKnown = pathKnown || !s.wild
	}
	return Gap{Kind: GapURL, RingCentral: rc || strong, PathKnown: pathKnown}
}

// ringCentralHostPrefix reports whether url's host is a RingCentral host
// followed by run-time text ("https://platform.ringcentral.com" + path):
// the text is the path.
func ringCentralHostPrefix(url string) bool {
	i := strings.Index(url, "://")
	if i < 0 {
		return false
	}
	host, _, _ := strings.Cut(url[i+3:], "/")
	name, _, ok := strings.Cut(host, "{")
	return ok && name != "" && classifyHost(name) == hostRingCentral
}

// tailOpen reports whether the route ends in a wholly unknown segment,
// which may stand for several, or has no segment at all.
func tailOpen(r *route) bool {
	if r.n == 0 {
		return true
	}
	last := r.segs[r.n-1]
	return last.wild && last.prefix == "" && last.suffix == ""
}

// leadOpen reports whether the route's path begins with a wholly unknown
// segment that literal segments follow: the unknown is a prefix of the
// path, of any number of segments.
func leadOpen(r *route) bool {
	if r.n < 2 {
		return false
	}
	first := r.segs[0]
	return first.wild && first.prefix == "" && first.suffix == ""
}

// paramAtTail reports whether every candidate has a parameter where the
// route's last segment is: the unknown tail is then an ID.
func paramAtTail(r *route, cands []*Operation) bool {
	if r.n == 0 {
		return false
	}
	for _, op := range cands {
		segs := op.segments
		if len(segs) < r.n || !isParam(segs[r.n-1]) {
			return false
		}
	}
	return len(cands) > 0
}

// extendable reports whether some operation, current or legacy, has a
// path longer than the route's known segments that begins with them: a
// run-time tail could make the request that operation.
func extendable(r *route) bool {
	if r.n == 0 {
		return true
	}
	n := r.n - 1 // the known segments, before the open tail
	for _, t := range []*table{loadTable(), loadLegacyTable()} {
		for _, op := range t.ops {
			if len(op.segments) > n && segmentsMatch(r.segs[:n], op.segments[:n]) {
				return true
			}
		}
	}
	return false
}

// possibleSuffix reports whether the route, after a run-time prefix, can
// be the end of some operation's path: the prefix may hold the server and
// the path's first segments ("{base}/v1.0/account/~/call-log"). strong is
// true when three or more of the route's literal segments match literal
// segments of such a path: then it is most likely RingCentral's. A route
// whose start is known is not a suffix: Lookup's verdict stands for it.
func possibleSuffix(r *route) (possible, strong bool) {
	segs := r.segs[:r.n]
	switch {
	case r.host == hostUnknown:
	case r.host == hostNone && len(segs) > 0 && segs[0].wild && segs[0].prefix == "":
		segs = segs[1:] // "/" + path: the unknown may be several segments
	default:
		return false, false
	}
	if len(segs) == 0 {
		return true, false
	}
	for _, t := range []*table{loadTable(), loadLegacyTable()} {
		for _, op := range t.ops {
			tsegs := op.segments
			if len(tsegs) < len(segs) {
				continue
			}
			tail := tsegs[len(tsegs)-len(segs):]
			if !segmentsMatch(segs, tail) {
				continue
			}
			possible = true
			literals := 0
			for i, s := range segs {
				if !s.wild && !isParam(tail[i]) {
					literals++
				}
			}
			if literals >= 3 {
				return true, true
			}
		}
	}
	return possible, false
}

// segmentsMatch matches route segments against template segments of the
// same length: a parameter matches anything, a wild segment its literal.
func segmentsMatch(segs []segment, tsegs []string) bool {
	for i, s := range segs {
		if isParam(tsegs[i]) {
			continue
		}
		if !s.matchesLiteral(tsegs[i]) {
			return false
		}
	}
	return true
}

// knownPrefix is the route's path up to its first unknown part, for
// messages: "/restapi/v1.0/account/~/".
func knownPrefix(r *route) string {
	var b strings.Builder
	for i := 0; i < r.n; i++ {
		s := r.segs[i]
		b.WriteByte('/')
		if s.wild {
			b.WriteString(s.prefix)
			return b.String()
		}
		b.WriteString(s.text)
	}
	if r.n > 0 {
		b.WriteByte('/')
	}
	return b.String()
}
