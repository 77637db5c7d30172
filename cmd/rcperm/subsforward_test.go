package main_test

import (
	"strings"
	"testing"
)

// subsForwardApp is a module whose client library takes the event filters
// its callers subscribe to (a list, and a variadic list), a package that
// passes its caller's list on, and a command that calls both.
var subsForwardApp = map[string]string{
	"go.mod":      "module subsapp\n\ngo 1.26\n",
	"rcperm.yaml": "permissions: [SubscriptionWebhook, ReadAccounts]\n",
	"lib/lib.go": `package lib

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

func post(ctx context.Context, body map[string]any) error {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, "POST", "https://platform.ringcentral.com/restapi/v1.0/subscription", bytes.NewReader(b))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// CreateWebhook subscribes address to the caller's filters.
func CreateWebhook(ctx context.Context, filters []string, address string) error {
	return post(ctx, map[string]any{
		"eventFilters": filters,
		"deliveryMode": map[string]any{"transportType": "WebHook", "address": address},
	})
}

// Subscribe subscribes to the caller's variadic filters.
func Subscribe(ctx context.Context, filters ...string) error {
	return post(ctx, map[string]any{"eventFilters": filters, "deliveryMode": map[string]any{"transportType": "WebHook"}})
}
`,
	"notify/notify.go": `package notify

import (
	"context"

	"subsapp/lib"
)

// Watch passes its caller's filters on.
func Watch(ctx context.Context, filters []string) error {
	return lib.CreateWebhook(ctx, filters, "https://example.com/hook")
}
`,
	"cmd/app/main.go": `package main

import (
	"context"
	"fmt"
	"os"

	"subsapp/lib"
	"subsapp/notify"
)

var watched = []string{"/restapi/v1.0/account/~/telephony/sessions"}

func main() {
	ctx := context.Background()
	_ = notify.Watch(ctx, watched)
	_ = lib.Subscribe(ctx, fmt.Sprintf("/restapi/v1.0/account/~/extension/%s/presence", os.Args[1]), "/restapi/v1.0/account/~/extension")
}
`,
}

// TestSubscriptionForwarders: the filters an app hands a library's filter
// forwarder, directly or through another package's, are checked at the
// app's calls, and nothing is left unresolved in the library; the library
// analyzed alone still counts the lists its callers are not there to
// tell.
func TestSubscriptionForwarders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, subsForwardApp)

	out, code := run(t, dir, nil, rcpermBin, "./...")
	if code != 3 {
		t.Errorf("rcperm ./... = exit %d, want 3:\n%s", code, out)
	}
	diff(t, "rcperm ./... on the forwarding app", findings(out, dir), []string{
		"cmd/app/main.go:12:24: event filter /restapi/v1.0/account/~/telephony/sessions needs [CallControl], which rcperm.yaml does not grant: RingCentral refuses the filter (403, or lists it in the subscription's disabledFilters) and the app receives none of its events; grant it in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1",
		"cmd/app/main.go:17:25: event filter /restapi/v1.0/account/~/extension/{}/presence needs [ReadPresence], which rcperm.yaml does not grant: RingCentral refuses the filter (403, or lists it in the subscription's disabledFilters) and the app receives none of its events; grant it in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1",
	})
	if strings.Contains(out, "unresolved") {
		t.Errorf("rcperm ./... counts something unresolved:\n%s", out)
	}
	out, _ = run(t, dir, nil, rcpermBin, "explain", "-unresolved", "./...")
	if !strings.Contains(out, "rcperm resolves every request") {
		t.Errorf("rcperm explain -unresolved ./... lists requests:\n%s", out)
	}

	// The library alone: no caller tells its lists, which are counted
	// where it writes them, and never reported.
	out, _ = run(t, dir, nil, rcpermBin, "explain", "-unresolved", "./lib/...")
	for _, at := range []string{"lib/lib.go:23:19: subscription event filter {}", "lib/lib.go:30:50: subscription event filter {}"} {
		if !strings.Contains(out, at) {
			t.Errorf("rcperm explain -unresolved ./lib/... does not list %s:\n%s", at, out)
		}
	}
	out, _ = run(t, dir, nil, rcpermBin, "./lib/...")
	if got := findings(out, dir); len(got) != 1 || !strings.Contains(got[0], "2 requests are unresolved") {
		t.Errorf("rcperm ./lib/... = %q, want only the manifest's unresolved-request finding", got)
	}
}
