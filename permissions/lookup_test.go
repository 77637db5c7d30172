package permissions

import (
	"strings"
	"testing"
)

// callLogContract is the call-log family as the seed page and the spec give
// it: the rows rcperm must never get wrong.
var callLogContract = []struct {
	method, url, id string
	requires        []Permission
}{
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/active-calls", "listCompanyActiveCalls", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/active-calls?view=Simple", "listExtensionActiveCalls", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log?dateFrom=2026-01-01", "readCompanyCallLog", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log/Y3MxNzE4", "readCompanyCallRecord", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-sync?syncType=FSync", "syncAccountCallLog", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-extract-sync", "extractSyncAccountCallLog", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log", "readUserCallLog", []Permission{"ReadCallLog"}},
	{"DELETE", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log", "deleteUserCallLog", []Permission{"EditCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log/Y3MxNzE4", "readUserCallRecord", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log-sync", "syncUserCallLog", []Permission{"ReadCallLog"}},
	{"GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/recording/201", "readCallRecording", []Permission{"ReadCallLog", "ReadCallRecording"}},
	{"GET", "https://media.ringcentral.com/restapi/v1.0/account/~/recording/201/content", "readCallRecordingContent", []Permission{"ReadCallRecording"}},
	{"DELETE", "https://platform.ringcentral.com/restapi/v1.0/account/~/call-recordings", "deleteCompanyCallRecordings", []Permission{"EditCallLog"}},
}

func TestLookupCallLogContract(t *testing.T) {
	for _, tc := range callLogContract {
		t.Run(tc.id, func(t *testing.T) {
			m := Lookup(tc.method, tc.url)
			op := m.Operation()
			if m.Verdict != Found || op == nil {
				t.Fatalf("Lookup(%s %s) = %v with %d candidates, want %s", tc.method, tc.url, m.Verdict, len(m.Candidates), tc.id)
			}
			if op.ID != tc.id {
				t.Errorf("operation %s, want %s", op.ID, tc.id)
			}
			want := mustSetOf(tc.requires...)
			if m.Requires != want || op.Requires != want {
				t.Errorf("requires %v, want %v", m.Requires, want)
			}
		})
	}
	if op, _ := OperationByID("readCallRecordingContent"); !op.MediaAPI {
		t.Errorf("readCallRecordingContent is a media API operation")
	}
	if op, _ := OperationByID("readCallRecording"); !op.Overridden || op.AppPermission != "ReadCallRecording" {
		t.Errorf("readCallRecording: overridden=%v spec permission %q; want the seed's override over the spec's ReadCallRecording", op.Overridden, op.AppPermission)
	}
}

func TestLookupWholeAPI(t *testing.T) {
	ops := Operations()
	if len(ops) != 520 {
		t.Fatalf("%d operations, want the spec's 520", len(ops))
	}
	none := 0
	for _, op := range ops {
		if op.Requires == 0 {
			none++
		}
		// Every template, with its parameters filled in, finds itself.
		url := "https://platform.ringcentral.com" + fillParams(op.Path)
		m := Lookup(op.Method, url)
		if m.Verdict != Found || m.Operation() != op {
			t.Errorf("Lookup(%s %s) = %v %v, want %s", op.Method, url, m.Verdict, m.Candidates, op.ID)
		}
	}
	if none != 45 {
		t.Errorf("%d operations need no app permission, want 45", none)
	}
}

// fillParams replaces each template parameter with a plausible ID.
func fillParams(path string) string {
	segs := strings.Split(path, "/")
	for i, s := range segs {
		if isParam(s) {
			segs[i] = "12345"
		}
	}
	return strings.Join(segs, "/")
}

func TestLookupOtherOperations(t *testing.T) {
	tests := []struct{ method, url, id, requires string }{
		{"POST", "/restapi/v1.0/account/~/extension/~/sms", "createSMSMessage", "SMS"},
		{"GET", "/restapi/v1.0/account/~/extension/~/message-store", "listMessages", "ReadMessages"},
		{"GET", "/restapi/v1.0/account/~/extension/~", "readExtension", "ReadAccounts"},
		{"POST", "/restapi/v1.0/subscription", "createSubscription", ""},
		{"GET", "/team-messaging/v1/chats", "listGlipChatsNew", "TeamMessaging"},
		{"POST", "/restapi/oauth/token", "getToken", ""},
		{"GET", "/restapi/v1.0/account/~/presence", "readAccountPresence", "ReadPresence"},
	}
	for _, tc := range tests {
		m := Lookup(tc.method, tc.url)
		if m.Verdict != Found || m.Operation().ID != tc.id {
			t.Errorf("Lookup(%s %s) = %v %v, want %s", tc.method, tc.url, m.Verdict, m.Candidates, tc.id)
			continue
		}
		want := Set(0)
		if tc.requires != "" {
			want = mustSetOf(Permission(tc.requires))
		}
		if m.Requires != want {
			t.Errorf("%s requires %v, want %v", tc.id, m.Requires, want)
		}
	}
}

func TestLookupRules(t *testing.T) {
	tests := []struct {
		name, method, url string
		verdict           Verdict
		ids               string // candidate IDs, or the nearest for NoSuchOperation
	}{
		{"bare path", "GET", "/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"no leading slash", "GET", "restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"devtest host", "GET", "https://platform.devtest.ringcentral.com/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"host with port", "GET", "https://platform.ringcentral.com:443/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"computed server", "GET", "{server}/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"a base path computed before the API's root", "GET", "https://platform.ringcentral.com/{}/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"two base path segments computed", "GET", "{server}/{}/{}/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"computed host", "GET", "https://{host}/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"query and fragment", "GET", "/restapi/v1.0/account/~/call-log?view=Detailed&page=2#top", Found, "readCompanyCallLog"},
		{"trailing slash", "GET", "/restapi/v1.0/account/~/call-log/", Found, "readCompanyCallLog"},
		{"doubled slash", "GET", "/restapi/v1.0/account/~//call-log", Found, "readCompanyCallLog"},
		{"literal account id", "GET", "/restapi/v1.0/account/37439510/extension/1234/call-log", Found, "readUserCallLog"},
		{"lower-case method", "get", "/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"unknown id segment", "GET", "/restapi/v1.0/account/{}/extension/{id}/call-log", Found, "readUserCallLog"},
		{"printf verb segment", "GET", "/restapi/v1.0/account/~/extension/%s/call-log", Found, "readUserCallLog"},
		{"printf verbs %d and %v", "GET", "/restapi/v1.0/account/%d/extension/%v/call-log", Found, "readUserCallLog"},
		{"printf verb in part of a segment", "GET", "/restapi/v1.0/account/~/call-log/id-%q", Found, "readCompanyCallRecord"},
		{"percent-escape, no verb", "GET", "/restapi/v1.0/account/~/extension/%d3/call-log", Found, "readUserCallLog"},
		{"literal beats parameter", "GET", "/restapi/v1.0/account/~/call-log-sync", Found, "syncAccountCallLog"},
		{"literal beats parameter below", "GET", "/restapi/v1.0/account/~/call-log/{}", Found, "readCompanyCallRecord"},
		{"unknown method, one operation", "", "/restapi/v1.0/account/~/call-log-sync", Found, "syncAccountCallLog"},
		{"unknown method, same permission", "", "/restapi/v1.0/account/~/extension/~/call-log-sync", Found, "syncUserCallLog"},
		{"unknown method, different permissions", "", "/restapi/v1.0/account/~/extension/~/call-log", Ambiguous, "deleteUserCallLog readUserCallLog"},
		{"computed method", "{method}", "/restapi/v1.0/account/~/extension/~/call-log", Ambiguous, "deleteUserCallLog readUserCallLog"},
		{"unknown resource segment, same permission", "GET", "/restapi/v1.0/account/~/{}/~/call-log-sync", Found, "syncUserCallLog"},
		{"unknown last segment", "GET", "/restapi/v1.0/account/~/recording/{}/{}", Found, "readCallRecordingContent"},
		{"unknown resource, different permissions", "GET", "/restapi/v1.0/account/~/{}", Ambiguous, "readCompanyCallLog listCompanyActiveCalls readAccountPresence"},
		{"partly unknown segment", "GET", "/restapi/v1.0/account/~/call-log{suffix}", Found, "readCompanyCallLog extractSyncAccountCallLog syncAccountCallLog"},
		{"typo", "GET", "/restapi/v1.0/account/~/call-logs", NoSuchOperation, "readCompanyCallLog"},
		{"typo in extension route", "GET", "/restapi/v1.0/account/~/extension/~/calllog", NoSuchOperation, "readUserCallLog"},
		{"wrong method", "POST", "/restapi/v1.0/account/~/call-log", NoSuchOperation, "readCompanyCallLog"},
		{"team messaging typo", "GET", "/team-messaging/v1/chat", NoSuchOperation, "listGlipChatsNew"},
		{"not restapi", "GET", "https://api.example.com/v1/users", NotRingCentral, ""},
		{"other host with restapi path", "GET", "https://api.example.com/restapi/v1.0/account/~/call-log", NotRingCentral, ""},
		{"look-alike host", "GET", "https://ringcentral.com.example.org/restapi/v1.0/account/~/call-log", NotRingCentral, ""},
		{"look-alike host suffix", "GET", "https://notringcentral.com/restapi/v1.0/account/~/call-log", NotRingCentral, ""},
		{"look-alike root", "GET", "/restapis/v1.0/account/~/call-log", NotRingCentral, ""},
		{"restapi below another root", "GET", "/proxy/restapi/v1.0/account/~/call-log", NotRingCentral, ""},
		{"generic well-known path", "GET", "{issuer}/.well-known/jwks.json", NotRingCentral, ""},
		{"generic scim path", "GET", "{server}/scim/v2/Users", NotRingCentral, ""},
		{"plain HTTP to a server known at run time", "GET", "http://{addr}/restapi/v1.0/account/~/call-log", NotRingCentral, ""},
		{"HTTPS to a server known at run time", "GET", "https://{host}/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"a placeholder server a transport rewrites", "GET", "https://ringcentral.invalid/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"a placeholder server, another API's path", "GET", "https://api.invalid/v2/users", NotRingCentral, ""},
		{"plain HTTP to RingCentral's host", "GET", "http://platform.ringcentral.com/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog"},
		{"scim on RingCentral", "GET", "https://platform.ringcentral.com/scim/v2/Users", Found, "scimSearchViaGet2"},
		{"unknown ai path elsewhere", "GET", "{server}/ai/v9/whatever", NotRingCentral, ""},
		{"empty", "GET", "", NotRingCentral, ""},
		{"root only", "GET", "https://platform.ringcentral.com/", NotRingCentral, ""},
		// Longer than any template (maxSegments): unknown under a root or
		// host only RingCentral serves, never let through as another
		// server's.
		{"too long", "GET", "/restapi" + strings.Repeat("/x", 40), NoSuchOperation, "readAPIVersion"},
		{"too long on RingCentral's host", "GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log" + strings.Repeat("/x", 30), NoSuchOperation, "readUserCallRecord"},
		{"too long after a computed server", "GET", "{server}/restapi/v1.0/account/~/call-log" + strings.Repeat("/{}", 30), NoSuchOperation, "readUserCallRecord"},
		{"too long under a shared root", "GET", "{server}/ai" + strings.Repeat("/x", 30), NotRingCentral, ""},
		{"too long elsewhere", "GET", "https://api.example.com/restapi" + strings.Repeat("/x", 30), NotRingCentral, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := Lookup(tc.method, tc.url)
			if m.Verdict != tc.verdict {
				t.Fatalf("Lookup(%q, %q) verdict %v, want %v (candidates %v)", tc.method, tc.url, m.Verdict, tc.verdict, m.Candidates)
			}
			var got []string
			for _, op := range m.Candidates {
				got = append(got, op.ID)
			}
			if m.Verdict == NoSuchOperation {
				got = []string{m.Nearest.ID}
			}
			if tc.verdict == Ambiguous {
				// Only check that the named operations are among the candidates.
				for _, id := range strings.Fields(tc.ids) {
					if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+id+" ") {
						t.Errorf("candidates %v lack %s", got, id)
					}
				}
				return
			}
			if strings.Join(got, " ") != tc.ids {
				t.Errorf("got %v, want %s", got, tc.ids)
			}
		})
	}
}

func TestLookupWrongMethodSaysSo(t *testing.T) {
	m := Lookup("POST", "/restapi/v1.0/account/~/call-log")
	if !m.WrongMethod {
		t.Errorf("POST on an existing GET path: WrongMethod = false")
	}
	if m := Lookup("GET", "/restapi/v1.0/account/~/call-logs"); m.WrongMethod {
		t.Errorf("a path typo is not a wrong method")
	}
}

func TestLookupSingleMatchDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		Lookup("GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log?view=Simple")
	})
	if allocs != 0 {
		t.Errorf("Lookup allocates %v times per call, want 0", allocs)
	}
}

func BenchmarkLookup(b *testing.B) {
	ops := Operations()
	urls := make([]string, len(ops))
	for i, op := range ops {
		urls[i] = "https://platform.ringcentral.com" + fillParams(op.Path) + "?page=1"
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(ops)
		if Lookup(ops[k].Method, urls[k]).Verdict != Found {
			b.Fatal("not found")
		}
	}
}

// BenchmarkLookupMiss is a route no operation has: Lookup then ranks every
// template by edit distance for its suggestion.
func BenchmarkLookupMiss(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if Lookup("GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-logs").Verdict != NoSuchOperation {
			b.Fatal("found")
		}
	}
}

func TestAPIRoot(t *testing.T) {
	for url, want := range map[string]bool{
		"/restapi/v1.0":      true,
		"/restapi/v1.0/":     true,
		"/team-messaging/v1": true,
		"/scim/v2":           true,
		"/restapi":           true,
		"https://platform.ringcentral.com/rcvideo/v2": true,
		"https://platform.ringcentral.com":            false,
		"/restapi/v1.0/account/~":                     false,
		"/restapi/oauth":                              false,
		"/api/v1":                                     false,
		"restapi/v1.0":                                false,
		"/v1.0":                                       false,
		"":                                            false,
	} {
		if got := APIRoot(url); got != want {
			t.Errorf("APIRoot(%q) = %v, want %v", url, got, want)
		}
	}
}

func TestOwnRoot(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"/restapi/v1.0/account/~/call-logs", true},
		{"/team-messaging/v1/chats", true},
		{"/rcvideo/v2/bridges", true},
		{"/scim/v2/Users", false}, // many servers serve it
		{"/analytics/phone/performance/v1/accounts/~/calls/aggregate", false},
		{"restapi/v1.0/account/~", false}, // not rooted: a server's path may come before it
		{"/v2/users", false},
		{"", false},
	} {
		if got := OwnRoot(tc.path); got != tc.want {
			t.Errorf("OwnRoot(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}
