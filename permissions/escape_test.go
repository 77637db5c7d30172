package permissions

import "testing"

// TestLookupAsNetHTTPSends: a request is matched as net/http sends it, or
// not at all when net/http refuses to send it.
func TestLookupAsNetHTTPSends(t *testing.T) {
	const path = "/restapi/v1.0/account/~/call-log"
	tests := []struct {
		name, url string
		verdict   Verdict
		id        string
	}{
		{"encoded dash", "/restapi/v1.0/account/~/call%2Dlog", Found, "readCompanyCallLog"},
		{"encoded lower-case hex", "/restapi/v1.0/account/~/call%2dlog", Found, "readCompanyCallLog"},
		{"encoded letters and tilde", "https://platform.ringcentral.com/%72estapi/v1.0/account/%7E/extension/%7e/call-log", Found, "readUserCallLog"},
		{"encoded slash is no separator", "/restapi/v1.0/account/~/call%2Flog", NoSuchOperation, ""},
		{"invalid escape in the path", "/restapi/v1.0/account/~/call-log%zz", NotRingCentral, ""},
		{"escape cut short", "/restapi/v1.0/account/~/call-log%2", NotRingCentral, ""},
		{"websocket scheme", "wss://platform.ringcentral.com" + path, NotRingCentral, ""},
		{"ftp scheme", "ftp://platform.ringcentral.com" + path, NotRingCentral, ""},
		{"upper-case scheme", "HTTPS://platform.ringcentral.com" + path, Found, "readCompanyCallLog"},
		{"computed scheme", "{scheme}://platform.ringcentral.com" + path, Found, "readCompanyCallLog"},
		{"invalid escape in the host", "https://platform%zz.ringcentral.com" + path, NotRingCentral, ""},
		{"ASCII escape in the host", "https://platform%2Eringcentral.com" + path, NotRingCentral, ""},
		{"ideographic full stops", "https://platform。ringcentral。com" + path, Found, "readCompanyCallLog"},
		{"full-width and half-width stops", "https://platform．ringcentral｡com" + path, Found, "readCompanyCallLog"},
		{"full-width letters", "https://ｐｌａｔｆｏｒｍ.ＲＩＮＧＣＥＮＴＲＡＬ.ｃｏｍ" + path, Found, "readCompanyCallLog"},
		{"escaped ideographic full stop", "https://platform%E3%80%82ringcentral.com" + path, Found, "readCompanyCallLog"},
		{"folded look-alike", "https://ringcentral。com。example。org" + path, NotRingCentral, ""},
		{"other non-ASCII host", "https://ríngcentral.com" + path, NotRingCentral, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := Lookup("GET", tc.url)
			if m.Verdict != tc.verdict {
				t.Fatalf("Lookup(GET, %q) = %v, want %v", tc.url, m.Verdict, tc.verdict)
			}
			if tc.id != "" && (m.Operation() == nil || m.Operation().ID != tc.id) {
				t.Errorf("candidates %v, want %s", m.Candidates, tc.id)
			}
		})
	}
}

func TestDecodeUnreservedKeepsComputedParts(t *testing.T) {
	for seg, want := range map[string]string{
		"call%2Dlog":   "call-log",
		"a%20b":        "a%20b",
		"%{verb}":      "%{verb}",
		"x%2{y}":       "x%2{y}",
		"{}%":          "{}%",
		"{x}%zz":       "{x}%zz",
		"%41%42%5F%2E": "AB_.",
	} {
		if got, ok := decodeUnreserved(seg); !ok || got != want {
			t.Errorf("decodeUnreserved(%q) = %q, %v; want %q, true", seg, got, ok, want)
		}
	}
}
