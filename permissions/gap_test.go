package permissions

import "testing"

func TestFindGap(t *testing.T) {
	tests := []struct {
		method, url string
		want        Gap
	}{
		// Resolved, or surely no RingCentral request: no gap.
		{"GET", "/restapi/v1.0/account/~/call-log", Gap{}},
		{"GET", "{}/restapi/v1.0/account/~/extension/{}", Gap{}},                            // an ID where every candidate has one
		{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/{}/call-log", Gap{}}, // an inner ID
		{"GET", "https://api.example.com/{}", Gap{}},                                        // another server
		{"GET", "/api/v2/users", Gap{}},                                                     // a known path that is no operation
		{"GET", "{}/api/v2/widgets/{}", Gap{}},                                              // no operation ends so
		{"GET", "/restapi/v1.0/account/~/no-such-thing/{}", Gap{}},                          // no tail makes it one
		{"GET", "wss://{}", Gap{}},                                                          // net/http refuses it

		// A run-time tail after a known RingCentral prefix.
		{"POST", "https://platform.ringcentral.com/{}", Gap{Kind: GapPath, Known: "/", RingCentral: true, PathKnown: true}},
		{"GET", "/restapi/v1.0/{}", Gap{Kind: GapPath, Known: "/restapi/v1.0/", RingCentral: true, PathKnown: true}},
		{"GET", "{}/restapi/v1.0/account/~/{}", Gap{Kind: GapPath, Known: "/restapi/v1.0/account/~/", RingCentral: true, PathKnown: true}},
		{"GET", "https://platform.ringcentral.com{}", Gap{Kind: GapURL, RingCentral: true}},

		// A run-time start of the path on a RingCentral server: a prefix
		// of any number of segments, not the one segment a template
		// has there ("{}/extension" is no /restapi/{apiVersion}).
		{"GET", "https://platform.ringcentral.com/{}/extension", Gap{Kind: GapPath, RingCentral: true, PathKnown: true}},
		{"GET", "https://platform.ringcentral.com/{}/extension/{}/call-log", Gap{Kind: GapPath, RingCentral: true, PathKnown: true}},

		// Little or nothing known: it may be RingCentral's, or not.
		{"GET", "{}", Gap{Kind: GapURL}},
		{"GET", "{}/{}", Gap{Kind: GapURL}},
		{"GET", "/{}", Gap{Kind: GapURL}},
		{"GET", "{}/call-log", Gap{Kind: GapURL, PathKnown: true}},
		{"GET", "{}/v1.0/account/~/call-log", Gap{Kind: GapURL, RingCentral: true, PathKnown: true}}, // most of a RingCentral path
	}
	for _, tt := range tests {
		if got := FindGap(tt.url, Lookup(tt.method, tt.url)); got != tt.want {
			t.Errorf("FindGap(%s %q) = %+v, want %+v (lookup: %v)", tt.method, tt.url, got, tt.want, Lookup(tt.method, tt.url).Verdict)
		}
	}
}

// TestFindGapGenericSuffix: a run-time start followed by two generic
// segments that end some RingCentral path (an LLM agent's
// {base}/v1/conversations/{id}) may be any server's: counted, not
// reported; three that end one are most likely RingCentral's.
func TestFindGapGenericSuffix(t *testing.T) {
	for url, loud := range map[string]bool{
		"{}/v1/conversations/{}":            false,
		"{}/v1.0/account/~/call-log":        true,
		"{}/account/~/extension/~/call-log": true,
	} {
		if got := FindGap(url, Lookup("GET", url)); got.Kind != GapURL || got.RingCentral != loud {
			t.Errorf("FindGap(%q) = %+v, want a GapURL with RingCentral %v", url, got, loud)
		}
	}
}
