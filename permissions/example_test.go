package permissions_test

import (
	"fmt"

	"github.com/rcperm/rcperm/permissions"
)

// A route missing from RingCentral's current spec that RingCentral still
// serves is Deprecated, with the permission it needs under today's name.
func ExampleLookup_deprecated() {
	m := permissions.Lookup("GET", "https://platform.ringcentral.com/restapi/v1.0/glip/groups")
	fmt.Println(m.Verdict, m.Operation().ID, m.Requires)
	// Output: deprecated loadGroupList [TeamMessaging]
}

// Each event filter of a subscription needs the permission of what it
// watches; where RingCentral's page and spec disagree, either will do.
func ExampleLookupEventFilter() {
	for _, filter := range []string{
		"/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true",
		"/restapi/v1.0/account/~/presence",
		"/restapi/v1.0/account/~/extension/~/presense",
	} {
		m := permissions.LookupEventFilter(filter)
		switch m.Verdict {
		case permissions.UnknownFilter:
			fmt.Printf("%s: unknown; did you mean %s?\n", filter, m.Nearest.Template)
		default:
			fmt.Printf("%s: any of %v\n", filter, m.AnyOf())
		}
	}
	// Output:
	// /restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true: any of [ReadPresence]
	// /restapi/v1.0/account/~/presence: any of [ReadAccounts, ReadPresence]
	// /restapi/v1.0/account/~/extension/~/presense: unknown; did you mean /restapi/v1.0/account/{accountId}/extension/{extensionId}/presence?
}

// The delivery transport of a subscription needs a permission of its own.
func ExampleTransportPermission() {
	for _, transport := range []string{"WebHook", "WebSocket", "PubNub"} {
		p, known := permissions.TransportPermission(transport)
		fmt.Printf("%s: %q %v\n", transport, p, known)
	}
	// Output:
	// WebHook: "SubscriptionWebhook" true
	// WebSocket: "WebSocket" true
	// PubNub: "" true
}

// The role of the user behind the token is checked too (403 CMN-408).
func ExampleCheckUser() {
	err := permissions.CheckUser([]string{"ReadCallLog"}, "GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")
	fmt.Println(err)
	// Output: 403 InsufficientPermissions (CMN-408): In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource.
}
