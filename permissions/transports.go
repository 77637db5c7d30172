package permissions

import "strings"

// transportPermissions maps each delivery transport of RingCentral's
// subscriptions (deliveryMode.transportType) to the app permission it needs
// of its own, whatever the event filters.
var transportPermissions = map[string]Permission{
	// A missing SubscriptionWebhook is answered 403 SUB-528
	// "[SubscriptionWebhook] application permission is required for
	// [WebHook] transport".
	"webhook": "SubscriptionWebhook",
	// WebSocket, not "SubscriptionWebSocket": a WebSocket subscription is
	// made over a connection authorized by POST /restapi/oauth/wstoken,
	// which the spec guards with x-app-permission WebSocket, and
	// permissions.tsv lists WebSocket. SubscriptionWebSocket appears only
	// where one third-party project matches it in a 403, in neither
	// RingCentral's spec nor its permission list.
	"websocket": "WebSocket",
	// PubNub and the mobile transports (the spec's RC/APNS and RC/GCM; FCM
	// is no transportType of the spec): the spec names no permission for
	// them and permissions.tsv has none; an old swagger's
	// SubscriptionAPNS is no permission an app can hold today.
	"pubnub":  "",
	"rc/apns": "",
	"rc/gcm":  "",
}

// TransportPermission returns the permission a subscription's delivery
// transport needs, given its transportType as the program writes it
// ("WebHook", "WebSocket"; case does not matter). known is false for a
// transport type RingCentral does not have; p is "" for a transport that
// needs no permission rcperm knows.
func TransportPermission(transportType string) (p Permission, known bool) {
	p, known = transportPermissions[strings.ToLower(transportType)]
	return p, known
}
