package flow

import (
	"slices"
	"strings"
)

// A field that holds a server (a client's base URL) is set to a default
// server, and often to another one from configuration: the sandbox, a
// test server, an environment variable. The routes a request builds on
// it are the same whichever server it is, so the forms that differ only
// in their server stand for the default's. Without that, a client that
// may be pointed elsewhere would have no route rcperm can read.

// oneAPI returns the forms of a server setting that differ only in their
// server: those whose server is known. ok is false when they differ in
// more (their paths), or no form has a known absolute server.
func oneAPI(forms []Str) (known []Str, ok bool) {
	var path Str
	for i, f := range forms {
		server, p, split := splitServer(f)
		if !split || i > 0 && !slices.Equal(p, path) {
			return nil, false
		}
		path = p
		if server {
			known = union(known, []Str{f})
		}
	}
	return known, len(known) > 0
}

// splitServer splits a URL's form into its server and its path: a
// literal "scheme://host" is a known server; an unknown part followed by
// literal text from "/" on is an unknown one, and so is an unknown part
// alone (a base URL from configuration). split is false for any other
// form.
func splitServer(f Str) (known bool, path Str, split bool) {
	if len(f) == 0 {
		return false, nil, false
	}
	if first := f[0]; isLit(first) {
		_, rest, ok := strings.Cut(first.Lit, "://")
		if !ok {
			return false, nil, false
		}
		slash := strings.IndexByte(rest, '/')
		if slash <= 0 {
			return true, append(Str{}, f[1:]...), rest != ""
		}
		return true, append(Str{{Lit: rest[slash:]}}, f[1:]...), true
	}
	if f[0].Unknown && len(f) > 1 && isLit(f[1]) && strings.HasPrefix(f[1].Lit, "/") {
		return false, f[1:], true
	}
	if f[0].Unknown && len(f) == 1 {
		return false, Str{}, true // a server from configuration, alone
	}
	return false, nil, false
}
