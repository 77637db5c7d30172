package permissions

import (
	"strings"
	"testing"
)

func TestLookupEventFilter(t *testing.T) {
	tests := []struct {
		name, filter string
		verdict      FilterVerdict
		template     string // the filter, the operation's ID, or the nearest filter
		anyOf        string // space separated
	}{
		{"presence with query", "/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true&sipData=true",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence", "ReadPresence"},
		{"literal extension id", "/restapi/v1.0/account/~/extension/11223344/presence",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence", "ReadPresence"},
		{"telephony sessions", "/restapi/v1.0/account/~/telephony/sessions",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/telephony/sessions", "CallControl"},
		{"docs and spec disagree", "/restapi/v1.0/account/~/presence",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/presence", "ReadAccounts ReadPresence"},
		{"a2p disagreement", "/restapi/v1.0/account/~/a2p-sms/messages?direction=Inbound",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/a2p-sms/messages", "A2PSMS ReadAccounts"},
		{"page's ~ matches a literal id", "/ai/ringsense/v1/public/accounts/37439510/domains/pbx/insights",
			DocumentedFilter, "/ai/ringsense/v1/public/accounts/~/domains/pbx/insights", "RingSense"},
		{"message store, not instant", "/restapi/v1.0/account/~/extension/~/message-store",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store", "ReadMessages"},
		{"page names none: spec's linked GET", "/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store/instant", "ReadMessages"},
		{"page names no known permission: the family's", "/team-messaging/v1/posts", DocumentedFilter, "/team-messaging/v1/posts", "TeamMessaging"},
		{"team messaging groups: the family's", "/team-messaging/v1/groups", DocumentedFilter, "/team-messaging/v1/groups", "TeamMessaging"},
		{"team messaging chats: the spec's", "/team-messaging/v1/chats", DocumentedFilter, "/team-messaging/v1/chats", "TeamMessaging"},
		{"legacy glip posts: its legacy GET", "/restapi/v1.0/glip/posts", OperationFilter, "getGlipPosts", "TeamMessaging"},
		{"legacy glip webhooks: the Glip family's", "/restapi/v1.0/glip/webhooks", DocumentedFilter, "/restapi/v1.0/glip/webhooks", "TeamMessaging"},
		{"webinar registration: the family's", "/webinar/registration/v1/company/sessions/state", DocumentedFilter, "/webinar/registration/v1/company/sessions/state", "ReadWebinars"},
		{"nothing says: unknown, not free", "/restapi/v1.0/account/~/extension/~/missed-calls", DocumentedFilter, "/restapi/v1.0/account/~/extension/~/missed-calls", ""},
		{"the spec declares none", "/restapi/v1.0/subscription/~?threshold=60&interval=15", DocumentedFilter, "/restapi/v1.0/subscription/~", ""},
		{"computed extension id", "/restapi/v1.0/account/~/extension/{id}/favorite",
			DocumentedFilter, "/restapi/v1.0/account/{accountId}/extension/{extensionId}/favorite", "ReadContacts"},
		{"undocumented resource: its GET", "/restapi/v1.0/account/~/extension/~/call-log", OperationFilter, "readUserCallLog", "ReadCallLog"},
		{"legacy resource: its GET", "/restapi/v1.0/glip/groups", OperationFilter, "loadGroupList", "TeamMessaging"},
		{"typo", "/restapi/v1.0/account/~/extension/~/presense", UnknownFilter,
			"/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence", ""},
		{"not a path", "presence", UnknownFilter, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := LookupEventFilter(tc.filter)
			if m.Verdict != tc.verdict {
				t.Fatalf("LookupEventFilter(%q) = %v, want %v", tc.filter, m.Verdict, tc.verdict)
			}
			var got string
			switch {
			case m.Verdict == DocumentedFilter:
				got = m.Filter.Template
			case m.Verdict == OperationFilter && m.Operation.Operation() != nil:
				got = m.Operation.Operation().ID
			case m.Nearest != nil:
				got = m.Nearest.Template
			}
			if tc.template != "" && got != tc.template {
				t.Errorf("got %s, want %s", got, tc.template)
			}
			var want []Permission
			for _, p := range strings.Fields(tc.anyOf) {
				want = append(want, Permission(p))
			}
			if m.AnyOf() != mustSetOf(want...) {
				t.Errorf("any of %v, want %v", m.AnyOf(), mustSetOf(want...))
			}
		})
	}
}

// TestEventFilterFailsClosed: a filter needs nothing only where the spec
// says so; one nothing names a permission for satisfies no grant.
func TestEventFilterFailsClosed(t *testing.T) {
	for _, f := range EventFilters() {
		switch {
		case f.AnyOf != 0:
			if f.PermissionUnknown() || f.NeedsNone() {
				t.Errorf("%s: any of %v, but unknown %v, none %v", f.Template, f.AnyOf, f.PermissionUnknown(), f.NeedsNone())
			}
		case f.NeedsNone():
			if f.SpecOperation == "" || !f.SatisfiedBy(0) {
				t.Errorf("%s: needs none, but no spec operation says so, or not satisfied by nothing", f.Template)
			}
		default:
			if !f.PermissionUnknown() || f.Basis != "unknown" || f.SatisfiedBy(ParseScope("ReadAccounts TeamMessaging ReadPresence EditPresence SMS")) {
				t.Errorf("%s: needs nothing known, but is not reported unknown (basis %q)", f.Template, f.Basis)
			}
		}
	}
	for _, filter := range []string{"/team-messaging/v1/posts", "/team-messaging/v1/groups", "/restapi/v1.0/glip/posts", "/restapi/v1.0/glip/groups"} {
		m := LookupEventFilter(filter)
		if m.AnyOf() != mustSetOf("TeamMessaging") || m.PermissionUnknown() {
			t.Errorf("LookupEventFilter(%s): any of %v, unknown %v; want TeamMessaging", filter, m.AnyOf(), m.PermissionUnknown())
		}
	}
	if m := LookupEventFilter("/restapi/v1.0/account/~/extension/~/missed-calls"); !m.PermissionUnknown() {
		t.Errorf("missed calls: permission known (%v), want unknown", m.AnyOf())
	}
}

func TestEventFilterSatisfiedByEither(t *testing.T) {
	f := LookupEventFilter("/restapi/v1.0/account/~/presence").Filter
	for _, scope := range []string{"ReadAccounts", "ReadPresence", "EditPresence"} {
		if !f.SatisfiedBy(ParseScope(scope)) {
			t.Errorf("%s does not satisfy %s, which either ReadAccounts or ReadPresence does", scope, f.Template)
		}
	}
	if f.SatisfiedBy(ParseScope("CallControl")) {
		t.Errorf("CallControl satisfies %s", f.Template)
	}
	if n := len(EventFilters()); n != 44 {
		t.Errorf("%d event filters, want event-filters.tsv's 44", n)
	}
}

func TestTransportPermission(t *testing.T) {
	tests := []struct {
		transport string
		want      Permission
		known     bool
	}{
		{"WebHook", "SubscriptionWebhook", true},
		{"webhook", "SubscriptionWebhook", true},
		{"WebSocket", "WebSocket", true},
		{"PubNub", "", true},
		{"RC/APNS", "", true},
		{"Carrier-Pigeon", "", false},
	}
	for _, tc := range tests {
		if p, known := TransportPermission(tc.transport); p != tc.want || known != tc.known {
			t.Errorf("TransportPermission(%q) = %q, %v; want %q, %v", tc.transport, p, known, tc.want, tc.known)
		}
		if tc.want != "" && !Known(tc.want) {
			t.Errorf("%s is no permission of permissions.tsv", tc.want)
		}
	}
}
