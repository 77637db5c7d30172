package clip

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from the code under analysis (a route, a method, an event filter)
// reaches every output rcperm writes, and that code may be hostile: a
// route holding "\n::error ...::" would print a line of its own, which a
// CI log runs as a workflow command, and "\x1b[" a terminal escape; a
// newline ends the YAML comment `rcperm manifest` prints it in, and what
// follows becomes manifest entries. Printable is the one escape every
// output applies to such text.

// routeLimit is the most bytes of a route a message shows: RingCentral's
// longest route templates are under 100 bytes.
const routeLimit = 256

// Printable returns s with every character that is not printable (control
// characters such as newline, carriage return and escape; Unicode format
// characters such as the bidirectional overrides; invalid UTF-8) written
// as a Go escape: "\n", "\x1b", "\u202e". It leaves printable text, and
// backslashes, as they are, so that it is idempotent.
func Printable(s string) string {
	if isPrintable(s) {
		return s
	}
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case printable(r):
			b.WriteString(s[i : i+size])
		default:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		}
	}
	return b.String()
}

// Route is Printable for a route or other long text echoed in a message:
// clipped to routeLimit bytes first, so that a huge route does not make a
// huge message.
func Route(s string) string {
	if len(s) > routeLimit {
		cut := routeLimit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return Printable(s)
}

func isPrintable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !printable(r) {
			return false
		}
	}
	return true
}

// printable reports whether r prints as itself: a graphic character or a
// space, not a format character (which reorders or hides text).
func printable(r rune) bool {
	return r == ' ' || unicode.IsPrint(r) && !unicode.Is(unicode.Cf, r)
}
