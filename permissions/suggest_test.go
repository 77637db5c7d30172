package permissions

import (
	"fmt"
	"slices"
	"strings"
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

// TestSuggesterBound: a Suggester suggests for the first max distinct
// unknown routes, again for a route it has suggested for, and for no
// other; it classifies every route as Lookup does.
func TestSuggesterBound(t *testing.T) {
	s := NewSuggester(2)
	tests := []struct {
		method, url string
		suggested   bool
	}{
		{"GET", "/restapi/v1.0/account/~/call-logs", true},
		{"get", "/restapi/v1.0/account/~/call-logs", true}, // the same route
		{"GET", "/restapi/v1.0/account/~/extension/~/calllog", true},
		{"GET", "/restapi/v1.0/account/~/active-call", false}, // past the bound
		{"GET", "/restapi/v1.0/account/~/call-logs", true},    // remembered
		{"GET", "/restapi/v1.0/account/~/call-log", false},    // found: nothing to suggest
	}
	for _, tc := range tests {
		m := s.Lookup(tc.method, tc.url)
		want := Lookup(tc.method, tc.url)
		if m.Verdict != want.Verdict || len(m.Candidates) != len(want.Candidates) {
			t.Errorf("Suggester.Lookup(%s %s) = %v, Lookup says %v", tc.method, tc.url, m.Verdict, want.Verdict)
		}
		if got := m.Nearest != nil; got != tc.suggested || got && m.Nearest != want.Nearest {
			t.Errorf("Suggester.Lookup(%s %s) suggests %v, want a suggestion: %v (Lookup's %v)", tc.method, tc.url, m.Nearest, tc.suggested, want.Nearest)
		}
	}
}

// TestNearestLongSegment: a segment longer than any template's is compared
// by its first maxSuggestSegment bytes: the suggestion is the same as for
// those bytes alone.
func TestNearestLongSegment(t *testing.T) {
	prefix := "/restapi/v1.0/account/~/extension/~/"
	long := Lookup("GET", prefix+strings.Repeat("call-logs", 1000))
	clipped := Lookup("GET", prefix+strings.Repeat("call-logs", 1000)[:maxSuggestSegment])
	if long.Verdict != NoSuchOperation || long.Nearest == nil || long.Nearest != clipped.Nearest {
		t.Errorf("long segment: %v, nearest %v; want the suggestion for its first %d bytes, %v", long.Verdict, long.Nearest, maxSuggestSegment, clipped.Nearest)
	}
}

// BenchmarkSuggestLongRoute looks up an unknown route of one long segment,
// at 1, 2 and 4 times the length: the cost of its suggestion stays flat,
// where it grew with the length (27 ms a kilobyte on a 2-core machine).
func BenchmarkSuggestLongRoute(b *testing.B) {
	for _, kb := range []int{16, 32, 64} {
		url := "/restapi/v1.0/account/~/" + strings.Repeat("y", kb<<10)
		b.Run(fmt.Sprintf("KB=%d", kb), func(b *testing.B) {
			for b.Loop() {
				Lookup("GET", url)
			}
		})
	}
}

// BenchmarkSuggesterManyRoutes looks up n distinct unknown routes with
// one Suggester, as the analyzer does for a package, at 1, 2 and 4 times
// n: linear in n, past the bound at the cost of classifying alone, where
// every route used to cost a suggestion (1.4 ms each on a 2-core machine).
func BenchmarkSuggesterManyRoutes(b *testing.B) {
	for _, n := range []int{2500, 5000, 10000} {
		urls := make([]string, n)
		for i := range urls {
			urls[i] = fmt.Sprintf("/restapi/v1.0/account/~/extension/~/call-log-%d", i)
		}
		b.Run(fmt.Sprintf("routes=%d", n), func(b *testing.B) {
			for b.Loop() {
				s := NewSuggester(100)
				for _, u := range urls {
					s.Lookup("GET", u)
				}
			}
		})
	}
}
