package permissions

import "strings"

// Recognizes reports whether url is, or begins, a RingCentral route as
// Lookup judges one, whatever the method: one of its operations, or a path
// under a root only RingCentral serves, or any path on a RingCentral host.
// Unlike Lookup it ranks no templates for a suggestion, so a miss is as
// cheap as a match.
func Recognizes(url string) bool { return lookup("", url, false).Verdict != NotRingCentral }

// OtherServer reports whether server, a URL's origin ("https://host") or
// a host alone, is known to be a server other than RingCentral's: a
// RingCentral host, one known only at run time, or text no server is,
// is not.
func OtherServer(server string) bool {
	host := server
	if _, rest, ok := strings.Cut(server, "://"); ok {
		host, _, _ = strings.Cut(rest, "/")
	}
	if host == "" || strings.ContainsAny(host, "/ ") {
		return false
	}
	return classifyHost(host) == hostOther
}
