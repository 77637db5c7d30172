package permissions

import (
	"strings"
	"unicode"
)

// nameWords splits a permission name into its lower-case words: at a
// lower-case letter followed by an upper-case one ("SendSMS" is send, sms;
// a digit binds, so "A2PSMS" is one word), before the last capital of a run of capitals followed by a
// lower-case letter ("SMSMessages" is sms, messages), and at anything not
// a letter or digit ("webhook_subscription").
func nameWords(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				words = append(words, strings.ToLower(string(rs[start:i])))
			}
			start = -1
			continue
		}
		boundary := i > 0 && start >= 0 && unicode.IsUpper(r) &&
			(unicode.IsLower(rs[i-1]) || unicode.IsUpper(rs[i-1]) && i+1 < len(rs) && unicode.IsLower(rs[i+1]))
		if boundary {
			words = append(words, strings.ToLower(string(rs[start:i])))
			start = i
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, strings.ToLower(string(rs[start:])))
	}
	return words
}

// sharedWords counts the words of a that b has too, counting a word of
// three letters or more and the same word with up to two more letters at its
// end as one ("fax" and "faxes", "log" and "logs", not "web" and "webhook").
func sharedWords(a, b []string) int {
	n := 0
	for _, w := range a {
		for _, v := range b {
			if sameWord(w, v) {
				n++
				break
			}
		}
	}
	return n
}

func sameWord(w, v string) bool {
	if len(w) > len(v) {
		w, v = v, w
	}
	return w == v || len(w) >= 3 && len(v)-len(w) <= 2 && strings.HasPrefix(v, w)
}
