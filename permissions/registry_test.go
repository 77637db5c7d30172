package permissions

import (
	"os"
	"strings"
	"testing"
)

const sharedPermissions = "../../shared/ringcentral/permissions.tsv"

func TestPermissionsMatchRingCentralList(t *testing.T) {
	data, err := os.ReadFile(sharedPermissions)
	if err != nil {
		t.Skipf("%s not available (%v): ../shared is only beside the repository on developer and CI machines", sharedPermissions, err)
	}
	want := map[Permission]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		want[Permission(f[0])] = f[2] + "|" + f[5]
	}
	all := All()
	if len(all) != len(want) {
		t.Errorf("%d permissions, RingCentral's list has %d", len(all), len(want))
	}
	for _, info := range all {
		var inc []string
		for _, p := range info.Includes {
			inc = append(inc, string(p))
		}
		includes := strings.Join(inc, ",")
		if includes == "" {
			includes = "-"
		}
		onRequest := "no"
		if info.OnRequest {
			onRequest = "yes"
		}
		if got := includes + "|" + onRequest; got != want[info.Name] {
			t.Errorf("%s: includes|on_request = %s, RingCentral's list says %s", info.Name, got, want[info.Name])
		}
		if info.Description == "" {
			t.Errorf("%s has no description", info.Name)
		}
	}
}

func TestEveryRequiredPermissionIsKnown(t *testing.T) {
	for _, op := range Operations() {
		if op.AppPermission != "" && !Known(op.AppPermission) {
			t.Errorf("%s needs %s, which is not a known permission", op.ID, op.AppPermission)
		}
	}
}

func TestIncludes(t *testing.T) {
	tests := []struct {
		p, q Permission
		want bool
	}{
		{"ReadCallRecording", "ReadCallLog", true},
		{"EditCallLog", "ReadCallLog", true},
		{"ReadCallLog", "ReadCallRecording", false},
		{"ReadCallLog", "ReadCallLog", true},
		{"Accounts", "EditAccounts", true},
		{"Accounts", "ReadAccounts", true},   // through EditAccounts
		{"Accounts", "EditExtensions", true}, // through EditAccounts
		{"EditAccounts", "Accounts", false},
		{"SMS", "ReadMessages", true},
		{"Faxes", "ReadMessages", true},
		{"ReadMessages", "SMS", false},
		{"NoSuch", "NoSuch", false},
	}
	for _, tc := range tests {
		if got := Includes(tc.p, tc.q); got != tc.want {
			t.Errorf("Includes(%s, %s) = %v, want %v", tc.p, tc.q, got, tc.want)
		}
	}
	granted := mustSetOf("Accounts", "ReadCallRecording")
	if got := granted.Grants().String(); got != "[Accounts, EditAccounts, EditExtensions, ReadAccounts, ReadCallLog, ReadCallRecording]" {
		t.Errorf("Grants = %s", got)
	}
	if m := granted.Missing(mustSetOf("ReadAccounts", "SMS")); m.String() != "[SMS]" {
		t.Errorf("Missing = %s, want [SMS]", m)
	}
}

// TestNearest: a suggestion shares a word with the misspelled name before
// it saves edits (Fax is not told about AI, nor SendSMS about A2PSMS).
func TestNearest(t *testing.T) {
	tests := map[string]Permission{
		"ReadCallLogs":         "ReadCallLog",
		"readcalllog":          "ReadCallLog",
		"ReadCallRecoding":     "ReadCallRecording",
		"A2P SMS":              "A2PSMS",
		"Xyzzy":                "",
		"Fax":                  "Faxes",
		"SendSMS":              "SMS",
		"Webhook":              "SubscriptionWebhook",
		"webhook_subscription": "SubscriptionWebhook",
		"ReadPresense":         "ReadPresence",
		"TeamMesaging":         "TeamMessaging",
		"AIs":                  "AI",
	}
	for in, want := range tests {
		if got := Nearest(in); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSetOfReportsUnknown(t *testing.T) {
	s, unknown := SetOf("ReadCallLog", "Bogus", "SMS")
	if s.String() != "[ReadCallLog, SMS]" || len(unknown) != 1 || unknown[0] != "Bogus" {
		t.Errorf("SetOf = %s, %v", s, unknown)
	}
	if !s.Has("SMS") || s.Has("ReadMessages") {
		t.Errorf("Has counts only members, not inclusion")
	}
}
