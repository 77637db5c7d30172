package subscriptions // want package:`needs\(\[A2PSMS, CallControl, ReadAccounts, ReadCallLog, ReadMessages, ReadPresence, SubscriptionWebhook, TeamMessaging, WebSocket\]\) wrappers=true module=""`

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"

	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"
)

const presence = "/restapi/v1.0/account/~/extension/~/presence"

// A WebHook subscription through the generated SDK: each filter and the
// transport are checked where they are written.
func generated(ctx context.Context, client *ringcentral.APIClient) { // want generated:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	client.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{
		EventFilters: []string{
			presence + "?detailedTelephonyState=true",      // want `event filter /restapi/v1.0/account/~/extension/~/presence\?detailedTelephonyState=true needs \[ReadPresence\], which rcperm.yaml does not grant: RingCentral refuses the filter \(403, or lists it in the subscription's disabledFilters\) and the app receives none of its events`
			"/restapi/v1.0/account/~/telephony/sessions",   // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\], which`
			"/restapi/v1.0/account/~/a2p-sms/opt-outs",     // granted: A2PSMS is one of the two it takes
			"/restapi/v1.0/account/~/presence",             // want `event filter /restapi/v1.0/account/~/presence needs either of \[ReadAccounts or ReadPresence\], which`
			"/restapi/v1.0/account/~/extension/~/presense", // want `event filter /restapi/v1.0/account/~/extension/~/presense: no such RingCentral event filter, and no operation has its path: RingCentral rejects the subscription \(400 SUB-508\); did you mean /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence\?`
			"/team-messaging/v1/chats",                     // granted
		},
		DeliveryMode: ringcentral.NotificationDeliveryModeRequest{
			TransportType: "WebHook", // want `subscription transport WebHook needs \[SubscriptionWebhook\], which rcperm.yaml does not grant: RingCentral refuses the subscription with 403 SUB-528`
			Address:       "https://example.com/hook",
		},
	})
}

// Renewing with other filters, assigned to the field, built by a function
// of the package with appends.
func modify(ctx context.Context, client *ringcentral.APIClient, id string) { // want modify:`requests\(PUT https://platform.ringcentral.com/restapi/v1.0/subscription/\{subscriptionId\}\)`
	var req ringcentral.ModifySubscriptionRequest
	req.EventFilters = messageFilters(id)
	client.PushNotificationsApi.UpdateSubscription(ctx, "1", req, nil)
}

func messageFilters(id string) []string {
	filters := []string{"/restapi/v1.0/account/~/extension/" + id + "/message-store/instant?type=SMS"} // want `event filter /restapi/v1.0/account/~/extension/\{\}/message-store/instant\?type=SMS needs \[ReadMessages\]`
	filters = append(filters, "/restapi/v1.0/account/~/extension/~/call-log")                          // want `event filter /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	filters = append(filters, "/restapi/v1.0/account/~/"+strings.ToLower(id)+"/events")                // want `subscription event filter /restapi/v1.0/account/~/\{\}/events: rcperm cannot tell which events it subscribes to`
	return filters
}

// The same through net/http, with a map for the JSON body.
func netHTTP() error { // want netHTTP:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	body, err := json.Marshal(map[string]any{
		"eventFilters": []string{presence}, // want `event filter /restapi/v1.0/account/~/extension/~/presence needs \[ReadPresence\]`
		"deliveryMode": map[string]string{
			"transportType": "WebHook", // want `subscription transport WebHook needs \[SubscriptionWebhook\]`
			"address":       "https://example.com/hook",
		},
	})
	if err != nil {
		return err
	}
	_, err = http.Post("https://platform.ringcentral.com/restapi/v1.0/subscription", "application/json", bytes.NewReader(body))
	return err
}

// The program's own body type: its JSON names say what the fields are.
type subscriptionBody struct {
	Filters  []string `json:"eventFilters"`
	Delivery struct {
		Transport string `json:"transportType"`
	} `json:"deliveryMode"`
}

func ownStruct() subscriptionBody {
	b := subscriptionBody{Filters: []string{"/team-messaging/v1/chats"}}
	b.Delivery.Transport = "PubNub" // needs no permission
	return b
}

// JSON text: a constant string holding a body is parsed, and its items are
// reported at the string.
const webSocketBody = `{"eventFilters": ["/restapi/v1.0/account/~/a2p-sms/batches"], "deliveryMode": {"transportType": "WebSocket"}}` // want `subscription transport WebSocket needs \[WebSocket\]`

func jsonText() []byte {
	return []byte(`{"eventFilters": ["/restapi/v1.0/account/~/extension/~/voicemail"]}`) // want `event filter /restapi/v1.0/account/~/extension/~/voicemail needs \[ReadMessages\]`
}

// Filters rcperm cannot tell: a finding in the SDK's subscription body,
// which surely subscribes; only counted in a struct of the program's own,
// which may be a record of something else.
func fromCaller(ctx context.Context, client *ringcentral.APIClient, filters []string) { // want fromCaller:`requests\(.*`
	client.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{
		EventFilters: filters, // want `subscription event filter list: rcperm cannot tell which events it subscribes to`
	})
}

type hookRecord struct {
	EventFilters []string `json:"eventFilters"`
}

func record(filters []string) hookRecord { return hookRecord{EventFilters: filters} }

// Reading a subscription's filters is no subscription.
func read(info ringcentral.CreateSubscriptionRequest) int { return len(info.EventFilters) }

// Filters a caller passes to the function that makes the body: the value
// flow reads the caller's list.
func botRequest(filters []string) ringcentral.CreateSubscriptionRequest {
	return ringcentral.CreateSubscriptionRequest{EventFilters: filters} // want `event filter /restapi/v1.0/account/~/extension/~/voicemail needs \[ReadMessages\]`
}

const voicemail = "/restapi/v1.0/account/~/extension/~/voicemail"

func bot(ctx context.Context, client *ringcentral.APIClient) { // want bot:`requests\(.*`
	client.PushNotificationsApi.CreateSubscription(ctx, botRequest([]string{voicemail}))
}

var baseFilters = []string{
	"/restapi/v1.0/account/~/extension/~/message-store", // want `event filter /restapi/v1.0/account/~/extension/~/message-store needs \[ReadMessages\]`
	presence, // want `event filter /restapi/v1.0/account/~/extension/~/presence needs \[ReadPresence\]`
}

// A local list copying a package-level one, one more filter appended in a
// branch: each part read where it is written, the copied ones in the
// package-level list.
func copied(ctx context.Context, client *ringcentral.APIClient, telephony bool) { // want copied:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	filters := append([]string(nil), baseFilters...)
	if telephony {
		filters = append(filters, "/restapi/v1.0/account/~/telephony/sessions") // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\]`
	}
	client.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{EventFilters: filters})
}
