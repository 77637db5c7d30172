package permissions

import (
	"slices"
	"testing"
)

// TestNearestOperationSharesSegments: a suggestion keeps the request's own
// segments before it saves edits.
func TestNearestOperationSharesSegments(t *testing.T) {
	tests := []struct{ method, url, want string }{
		{"GET", "/restapi/v1.0/account/~/extension/~/message-store/{}/content", "readMessageContent"},
		{"GET", "/restapi/v1.0/account/~/extension/~/message-store/123/content", "readMessageContent"},
		{"GET", "/restapi/v1.0/account/~/call-logs", "readCompanyCallLog"},
		{"POST", "/restapi/v1.0/account/~/call-logs", "readCompanyCallLog"},
		{"GET", "/restapi/v1.0/account/~/extension/~/calllog", "readUserCallLog"},
		{"GET", "/restapi/v1.0/account/~/active-call", "listCompanyActiveCalls"},
	}
	for _, tc := range tests {
		m := Lookup(tc.method, tc.url)
		if m.Verdict != NoSuchOperation || m.Nearest == nil || m.Nearest.ID != tc.want {
			t.Errorf("Lookup(%s %s) = %v, nearest %v; want a suggestion of %s", tc.method, tc.url, m.Verdict, m.Nearest, tc.want)
		}
	}
}

func TestNearestEventFilter(t *testing.T) {
	m := LookupEventFilter("/restapi/v1.0/account/~/telephony/sesions")
	if m.Verdict != UnknownFilter || m.Nearest == nil || m.Nearest.Template != "/restapi/v1.0/account/{accountId}/telephony/sessions" {
		t.Errorf("nearest filter %v, want the account telephony sessions filter", m.Nearest)
	}
}

func TestNameWords(t *testing.T) {
	tests := map[string][]string{
		"SendSMS":              {"send", "sms"},
		"SMSMessages":          {"sms", "messages"},
		"A2PSMS":               {"a2psms"},
		"ReadCallLog":          {"read", "call", "log"},
		"webhook_subscription": {"webhook", "subscription"},
		"AI":                   {"ai"},
	}
	for name, want := range tests {
		if got := nameWords(name); !slices.Equal(got, want) {
			t.Errorf("nameWords(%q) = %q, want %q", name, got, want)
		}
	}
}
