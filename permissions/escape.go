package permissions

import (
	"strings"
	"unicode/utf8"
)

// decodeUnreserved decodes the percent-encoded unreserved characters of a
// path segment (RFC 3986: letters, digits, "-", ".", "_", "~"), which name
// the same resource encoded or not, and leaves every other escape as it is.
// ok is false for an invalid escape ("%zz", a "%" at the end) in a literal
// segment, which net/http refuses to send; in a segment with a part computed
// at run time ("%{}") the escape may be completed by that part, and is kept.
func decodeUnreserved(seg string) (decoded string, ok bool) {
	i := strings.IndexByte(seg, '%')
	if i < 0 {
		return seg, true
	}
	computed := strings.Contains(seg, "{")
	var b strings.Builder
	b.Grow(len(seg))
	b.WriteString(seg[:i])
	for ; i < len(seg); i++ {
		c := seg[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		hi, lo := -1, -1
		if i+2 < len(seg) {
			hi, lo = unhex(seg[i+1]), unhex(seg[i+2])
		}
		switch {
		case (hi < 0 || lo < 0) && computed:
			b.WriteByte(c)
		case hi < 0 || lo < 0:
			return "", false
		case isUnreserved(byte(hi<<4 | lo)):
			b.WriteByte(byte(hi<<4 | lo))
			i += 2
		default:
			b.WriteString(seg[i : i+3])
			i += 2
		}
	}
	return b.String(), true
}

// decodeHost decodes the escapes of a host as net/url does: only "%25" and
// escapes of non-ASCII bytes are allowed there (an internationalized name);
// any other makes the URL one net/http refuses to send.
func decodeHost(host string) (decoded string, ok bool) {
	if !strings.Contains(host, "%") {
		return host, true
	}
	var b strings.Builder
	for i := 0; i < len(host); i++ {
		if host[i] != '%' {
			b.WriteByte(host[i])
			continue
		}
		if i+2 >= len(host) {
			return "", false
		}
		hi, lo := unhex(host[i+1]), unhex(host[i+2])
		if hi < 0 || lo < 0 || hi < 8 && host[i:i+3] != "%25" {
			return "", false
		}
		b.WriteByte(byte(hi<<4 | lo))
		i += 2
	}
	return b.String(), true
}

// foldHost maps the characters of a non-ASCII host that UTS #46, which
// net/http applies to such a host before dialing, maps to ASCII: full-width
// ASCII (U+FF01 to U+FF5E) to ASCII, and the ideographic, full-width and
// half-width full stops (U+3002, U+FF0E, U+FF61) to ".". So
// "platform。ringcentral。com" is the host net/http dials,
// platform.ringcentral.com. Other non-ASCII characters are kept: such a
// host does not fold to a RingCentral name. An ASCII host is returned as it
// is, without allocating.
func foldHost(host string) string {
	ascii := true
	for i := 0; i < len(host); i++ {
		ascii = ascii && host[i] < utf8.RuneSelf
	}
	if ascii {
		return host
	}
	var b strings.Builder
	for _, r := range host {
		switch {
		case 0xFF01 <= r && r <= 0xFF5E:
			r -= 0xFF01 - '!'
		case r == 0x3002 || r == 0xFF0E || r == 0xFF61:
			r = '.'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isUnreserved reports whether c is an unreserved character of RFC 3986.
func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return int(c - 'A' + 10)
	}
	return -1
}
