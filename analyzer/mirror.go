package analyzer

import (
	"go/types"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// A client of another service that mirrors RingCentral's paths (a cache,
// an archive) keeps its server in a field its constructor sets from
// configuration, falling back on its own default:
//
//	func New(base string) *Mirror {
//		if base == "" {
//			base = "https://presence-cache.internal"
//		}
//		return &Mirror{base: base}
//	}
//
// A request on m.base + "/restapi/..." reads the field as its callers'
// (a projection), and its RingCentral path would be claimed. The default
// stands for whatever configuration sets, as a flag's default does: when
// every default the package stores in the field is another server, the
// request goes there.

// toMirror reports whether r's server is a field of fn's receiver or
// parameter whose every default is a server other than RingCentral's.
func (s *packageScan) toMirror(fn *types.Func, r RequestTemplate) bool {
	if fn == nil || len(r.URL) == 0 {
		return false
	}
	at := 0
	if text, ok := Value(r.URL[:1]).literal(); ok && len(r.URL) > 1 && hasSchemeOnly(text) {
		at = 1 // "https://" + host
	}
	part := r.URL[at]
	if _, _, _, projected := flow.ProjectionOf(part.Param); !part.IsParam || !projected {
		return false
	}
	fp := s.flow()
	if fp == nil {
		return false
	}
	defaults, ok := fp.FieldDefaults(fn, part.Param)
	if !ok {
		return false
	}
	for _, d := range defaults {
		server := d
		if at == 1 {
			server = r.URL[0].Lit + d
		}
		if !permissions.OtherServer(server) {
			return false
		}
	}
	return true
}

// hasSchemeOnly reports whether text is a URL's scheme and "://" alone.
func hasSchemeOnly(text string) bool {
	n := len(text)
	return n > 3 && text[n-3:] == "://"
}
