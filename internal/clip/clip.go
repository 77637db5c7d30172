// Package clip shortens text quoted from the user's input for messages.
package clip

import "unicode/utf8"

// limit is the most bytes of quoted input a message shows.
const limit = 64

// String shortens s for quoting in a message, so that a huge key or name
// does not make a huge message: it keeps the first 64 bytes, cut at a
// character boundary, and marks the cut with "...".
func String(s string) string {
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
