package app // want package:`needs\(\[CallControl, ReadAccounts, ReadCallLog, ReadMessages, ReadPresence, SubscriptionWebhook, TeamMessaging\]\) wrappers=true module=""`

// Package app calls lib's and mid's filter forwarders: each list is
// checked at the call.

import (
	"context"
	"fmt"
	"os"
	"strings"

	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"

	"subsfwd/lib"
	"subsfwd/mid"
)

const voicemail = "/restapi/v1.0/account/~/extension/~/voicemail"

var presenceFilters = []string{
	"/restapi/v1.0/account/~/extension/~/presence", // want `event filter /restapi/v1.0/account/~/extension/~/presence needs \[ReadPresence\]`
}

// Filters builds a list with an append in a branch.
func Filters(withCalls bool) []string { // want Filters:`list\(2 elements\)`
	fs := []string{"/restapi/v1.0/account/~/extension/~/message-store"} // want `event filter /restapi/v1.0/account/~/extension/~/message-store needs \[ReadMessages\]`
	if withCalls {
		fs = append(fs, "/restapi/v1.0/account/~/extension/~/call-log") // want `event filter /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	}
	return fs
}

func run(ctx context.Context, c *lib.Client, api *ringcentral.APIClient, id string, withCalls bool) { // want run:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	// At a map key: the literal's elements.
	c.CreateWebhook(ctx, []string{
		"/restapi/v1.0/account/~/extension/~/presence", // want `event filter /restapi/v1.0/account/~/extension/~/presence needs \[ReadPresence\]`
		"/restapi/v1.0/account/~/extension",            // granted: ReadAccounts
		"/restapi/v1.0/account/~/extension/~/presense", // want `event filter /restapi/v1.0/account/~/extension/~/presense: no such RingCentral event filter`
	}, "https://example.com/hook")

	// Variadic, at the SDK's field: constants and fmt.Sprintf.
	c.Subscribe(ctx, voicemail, // want `event filter /restapi/v1.0/account/~/extension/~/voicemail needs \[ReadMessages\]`
		fmt.Sprintf("/restapi/v1.0/account/~/extension/%s/presence", id)) // want `event filter /restapi/v1.0/account/~/extension/\{\}/presence needs \[ReadPresence\]`

	// A package-level slice, spread.
	c.Subscribe(ctx, presenceFilters...)

	// A function's list, built with append in a branch: read in it.
	c.CreateWebhook(ctx, Filters(withCalls), "https://example.com/hook")

	// Another package's list, handed to its forwarder of a literal of
	// the fields in order.
	c.CreateHook(ctx, "https://example.com/hook", lib.DefaultFilters) // want `event filter /restapi/v1.0/account/~/extension/~/voicemail needs \[ReadMessages\]`

	// A list a function of the package builds, appending a
	// package-level one: each element where it is written.
	c.CreateWebhook(ctx, withLine(), "https://example.com/hook")

	// Through mid's forwarder to lib's.
	mid.Hook(ctx, c, []string{"/restapi/v1.0/account/~/telephony/sessions"}) // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\]`

	// The base filters are lib's; the extra ones the call's.
	lib.Ensure(ctx, api, "/team-messaging/v1/posts") // want `event filter /team-messaging/v1/posts needs \[TeamMessaging\]`

	// A list rcperm cannot read: unresolved at the call, a finding since
	// the SDK's request surely subscribes.
	c.Subscribe(ctx, strings.Fields(os.Getenv("FILTERS"))...) // want `subscription event filter list: rcperm cannot tell which events it subscribes to`

	// No forwarder: no finding.
	_ = lib.Join([]string{"/restapi/v1.0/account/~/extension/~/presence"})
	_ = lib.Watched([]string{"/restapi/v1.0/account/~/extension/~/presence"}, ringcentral.CreateSubscriptionRequest{})

	// The program's own struct: its filters are checked as anywhere.
	_ = lib.NewRecord([]string{"/restapi/v1.0/account/~/extension/~/call-log"}) // want `event filter /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}

// Subscriber is lib's client as an interface of the app's own: a call of
// it reaches each implementation's forwarder.
type Subscriber interface {
	CreateWebhook(ctx context.Context, filters []string, address string) error
}

func viaInterface(ctx context.Context, s Subscriber) error { // want viaInterface:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return s.CreateWebhook(ctx, []string{
		"/restapi/v1.0/account/~/extension/~/message-store/instant", // want `event filter /restapi/v1.0/account/~/extension/~/message-store/instant needs \[ReadMessages\]`
	}, "https://example.com/hook")
}

var lineFilters = []string{
	"/restapi/v1.0/account/~/extension/~/presence/line", // want `event filter /restapi/v1.0/account/~/extension/~/presence/line needs \[ReadPresence\]`
}

func withLine() []string {
	fs := []string{"/restapi/v1.0/account/~/extension/~/message-store"} // want `event filter /restapi/v1.0/account/~/extension/~/message-store needs \[ReadMessages\]`
	return append(fs, lineFilters...)
}
