package lib // want package:`needs\(\[CallControl, ReadPresence, SubscriptionWebhook\]\) wrappers=true module=""`

// Package lib is a client library whose functions take the event filters
// their callers subscribe to: filter forwarders.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"

	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"
)

type Client struct {
	HTTP *http.Client
	SDK  *ringcentral.APIClient
}

// CreateWebhook puts the list at a map key of a body sent over net/http.
func (c *Client) CreateWebhook(ctx context.Context, filters []string, address string) error { // want CreateWebhook:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)` CreateWebhook:`filters\(1\)`
	body, _ := json.Marshal(map[string]any{
		"eventFilters": filters,
		"deliveryMode": map[string]any{"transportType": "WebHook", "address": address},
	})
	req, _ := http.NewRequestWithContext(ctx, "POST", "https://platform.ringcentral.com/restapi/v1.0/subscription", bytes.NewReader(body))
	_, err := c.HTTP.Do(req)
	return err
}

// DefaultFilters are the filters callers pass unless they choose: checked
// where a forwarder is handed them.
var DefaultFilters = []string{"/restapi/v1.0/account/~/extension/~/voicemail"} // want DefaultFilters:`list\(1 elements\)`

type delivery struct {
	TransportType string `json:"transportType"`
	Address       string `json:"address"`
}

// CreateHook puts the list in a struct literal of the fields in order.
func (c *Client) CreateHook(ctx context.Context, address string, filters []string) error { // want CreateHook:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)` CreateHook:`filters\(2\)`
	body, _ := json.Marshal(struct {
		EventFilters []string `json:"eventFilters"`
		DeliveryMode delivery `json:"deliveryMode"`
	}{filters, delivery{"WebHook", address}})
	req, _ := http.NewRequestWithContext(ctx, "POST", "https://platform.ringcentral.com/restapi/v1.0/subscription", bytes.NewReader(body))
	_, err := c.HTTP.Do(req)
	return err
}

// Subscribe puts its variadic filters in the SDK's request.
func (c *Client) Subscribe(ctx context.Context, filters ...string) error { // want Subscribe:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)` Subscribe:`filters\(1 sdk\)`
	_, _, err := c.SDK.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{EventFilters: filters})
	return err
}

// Filters every subscription of Ensure has: checked here, where they are
// written; the extra ones at Ensure's calls.
var baseFilters = []string{"/restapi/v1.0/account/~/telephony/sessions"} // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\]`

// Ensure subscribes to the base filters and the caller's.
func Ensure(ctx context.Context, api *ringcentral.APIClient, extra ...string) error { // want Ensure:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)` Ensure:`filters\(2 sdk\)`
	filters := append(slices.Clone(baseFilters), extra...)
	_, _, err := api.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{EventFilters: filters})
	return err
}

// Join takes a list it puts in no subscription: no forwarder.
func Join(parts []string) string { return strings.Join(parts, ",") }

// Watched compares a list with the filters of a subscription RingCentral
// answered with: reading eventFilters is no subscription.
func Watched(filters []string, info ringcentral.CreateSubscriptionRequest) bool {
	return slices.Equal(filters, info.EventFilters)
}

// Record is the program's own struct with the field's JSON name: a
// subscription body by rcperm's rule, wherever its list comes from. A list
// rcperm cannot read in it is counted, not reported.
type Record struct {
	EventFilters []string `json:"eventFilters"`
}

func NewRecord(filters []string) Record { return Record{EventFilters: filters} } // want NewRecord:`filters\(0\)`

// SubscribePresence calls the package's own forwarder: checked at the call
// once, not again in Subscribe.
func (c *Client) SubscribePresence(ctx context.Context) error { // want SubscribePresence:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return c.Subscribe(ctx, "/restapi/v1.0/account/~/extension/~/presence") // want `event filter /restapi/v1.0/account/~/extension/~/presence needs \[ReadPresence\]`
}

// SubscribeAll is taken as a value: a call through it is not read, so its
// list stays unresolved where it writes it, whatever its static calls say.
func SubscribeAll(ctx context.Context, api *ringcentral.APIClient, filters []string) error { // want SubscribeAll:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)` SubscribeAll:`filters\(2 sdk\)`
	_, _, err := api.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{EventFilters: filters}) // want `subscription event filter list: rcperm cannot tell which events it subscribes to`
	return err
}

var Subscriber = SubscribeAll
