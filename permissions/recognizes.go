package permissions

// Recognizes reports whether url is, or begins, a RingCentral route as
// Lookup judges one, whatever the method: one of its operations, or a path
// under a root only RingCentral serves, or any path on a RingCentral host.
// Unlike Lookup it ranks no templates for a suggestion, so a miss is as
// cheap as a match.
func Recognizes(url string) bool { return lookup("", url, false).Verdict != NotRingCentral }
