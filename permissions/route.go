package permissions

import "strings"

// maxSegments bounds the path segments of a route that are kept;
// RingCentral's longest template has 11. A longer path is no RingCentral
// operation, but it is still under a RingCentral root or host: route.long
// says so, and Lookup calls it an unknown operation rather than letting it
// pass as another server's.
const maxSegments = 24

// hostKind says what the URL tells of the server it goes to.
type hostKind uint8

const (
	hostNone        hostKind = iota // a bare path
	hostUnknown                     // a server computed at run time
	hostRingCentral                 // *.ringcentral.com
	hostOther                       // some other server: not RingCentral's
	hostRefused                     // a host net/http will not send to
)

// segment is one path segment of a request URL. Parts the program computes
// at run time are written "{...}" (as in the spec's templates and in
// fmt.Sprintf-built routes the analyzer evaluates); a segment with such a
// part matches any segment that has its literal prefix and suffix.
type segment struct {
	text           string // the whole segment
	wild           bool   // has an unknown part
	prefix, suffix string // literal text around the unknown part, when wild
}

func (s segment) matchesLiteral(lit string) bool {
	if !s.wild {
		return s.text == lit
	}
	return len(lit) >= len(s.prefix)+len(s.suffix) &&
		strings.HasPrefix(lit, s.prefix) && strings.HasSuffix(lit, s.suffix)
}

// route is a request URL taken apart without allocating.
type route struct {
	host hostKind
	segs [maxSegments]segment
	n    int
	long bool // more than maxSegments segments: those past them are dropped
}

// parseRoute splits url into host and path segments. It drops the query,
// the fragment and empty segments (trailing or doubled slashes), and
// decodes percent-encoded unreserved characters, as RingCentral's server
// does ("call%2Dlog" is "call-log"). ok is false for a URL net/http refuses
// to send (a scheme other than http or https, an invalid escape). Of a path
// too long to be RingCentral's, the first maxSegments segments are kept and
// long is set.
func parseRoute(url string, r *route) (ok bool) {
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	r.host, r.n, r.long = hostNone, 0, false
	if i := strings.Index(url, "://"); i >= 0 && isScheme(url[:i]) {
		if !isHTTPScheme(url[:i]) {
			return false
		}
		rest := url[i+3:]
		host, path := rest, ""
		if j := strings.IndexByte(rest, '/'); j >= 0 {
			host, path = rest[:j], rest[j:]
		}
		if r.host = classifyHost(host); r.host == hostRefused {
			return false
		}
		if r.host == hostUnknown && strings.EqualFold(url[:i], "http") {
			// RingCentral serves its API over HTTPS only: a server
			// known only at run time reached over plain HTTP is another
			// (a local listener, a test double).
			r.host = hostOther
		}
		url = path
	} else if strings.HasPrefix(url, "{") {
		// A computed prefix, such as a server URL read from configuration:
		// "{server}/restapi/v1.0/...".
		r.host = hostUnknown
		if j := strings.IndexByte(url, '/'); j >= 0 {
			url = url[j:]
		} else {
			url = ""
		}
	}
	url = withoutBasePath(url)
	for url != "" {
		var seg string
		if j := strings.IndexByte(url, '/'); j >= 0 {
			seg, url = url[:j], url[j+1:]
		} else {
			seg, url = url, ""
		}
		if seg == "" {
			continue
		}
		seg, ok := decodeUnreserved(verbsAsHoles(seg))
		if !ok {
			return false
		}
		if r.n == maxSegments {
			r.long = true
			continue // still read to the end: an invalid escape there is refused
		}
		r.segs[r.n] = makeSegment(seg)
		r.n++
	}
	return true
}

// withoutBasePath drops the segments known only at run time before an API
// root of RingCentral's ("/{}/restapi/v1.0/...": a base URL's path, joined
// with path.Join, that RingCentral's servers leave empty).
func withoutBasePath(path string) string {
	rest := strings.TrimPrefix(path, "/")
	dropped := false
	for strings.HasPrefix(rest, "{") {
		j := strings.IndexByte(rest, '/')
		if j < 0 || strings.IndexByte(rest[:j], '}') != j-1 || strings.Count(rest[:j], "{") != 1 {
			return path // not a whole segment of its own
		}
		rest, dropped = rest[j+1:], true
	}
	root, _, _ := strings.Cut(rest, "/")
	if !dropped || rootTrusts[root] != trustFull {
		return path
	}
	return "/" + rest
}

// verbsAsHoles writes each printf verb of a segment (%s, %v, %q, %d) as a
// part computed at run time, "{}". A verb in a route is the template of a
// formatting that was not followed (a builder's Path(tmpl, ids...) that
// converts its arguments in a loop before fmt.Sprintf): it stands for
// what a run fills in. Read as written it is an invalid escape, and the
// request would silently be none. "%d3" stays an escape.
func verbsAsHoles(seg string) string {
	if !strings.Contains(seg, "%") {
		return seg
	}
	var b strings.Builder
	for i := 0; i < len(seg); i++ {
		if seg[i] == '%' && i+1 < len(seg) && isVerb(seg[i+1:]) {
			b.WriteString("{}")
			i++
			continue
		}
		b.WriteByte(seg[i])
	}
	return b.String()
}

// isVerb reports whether rest, the text after a "%", begins with a printf
// verb a route is formatted with, and not with a percent-escape.
func isVerb(rest string) bool {
	switch rest[0] {
	case 's', 'v', 'q':
		return true
	case 'd':
		return len(rest) < 2 || !strings.ContainsRune("0123456789abcdefABCDEF", rune(rest[1]))
	}
	return false
}

// isScheme reports whether s is a URL scheme (RFC 3986: a letter, then
// letters, digits, "+", "-" or "."), or one computed at run time ("{}"):
// a "://" after anything else is part of a path.
func isScheme(s string) bool {
	if isParam(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// isHTTPScheme reports whether net/http sends requests with the scheme:
// http or https in any case, or one computed at run time. A client refuses
// any other ("wss", "ftp") with "unsupported protocol scheme".
func isHTTPScheme(s string) bool {
	return isParam(s) || strings.EqualFold(s, "http") || strings.EqualFold(s, "https")
}

func makeSegment(s string) segment {
	open := strings.IndexByte(s, '{')
	if open < 0 {
		return segment{text: s}
	}
	end := strings.LastIndexByte(s, '}')
	if end < open {
		return segment{text: s}
	}
	return segment{text: s, wild: true, prefix: s[:open], suffix: s[end+1:]}
}

func classifyHost(host string) hostKind {
	if strings.Contains(host, "{") {
		return hostUnknown
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.HasSuffix(host, "]") {
		host = host[:i]
	}
	host, ok := decodeHost(host)
	if !ok {
		return hostRefused
	}
	host = foldHost(host)
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return hostUnknown
	}
	if strings.EqualFold(host, "ringcentral.com") || hasSuffixFold(host, ".ringcentral.com") {
		return hostRingCentral
	}
	if strings.EqualFold(host, "invalid") || hasSuffixFold(host, ".invalid") {
		// RFC 6761 reserves .invalid for names that never resolve: a
		// placeholder base that a transport rewrites to the configured
		// server, which is known only at run time.
		return hostUnknown
	}
	return hostOther
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
