package lib // want package:`needs\(\[SubscriptionWebhook\]\) wrappers=true module=""`

// Package lib keeps the event filters of a subscription in struct fields
// its methods put into eventFilters: a subscriber its constructor fills,
// and a request type whose exported field other packages set.

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func post(body any) error { // want post:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	b, _ := json.Marshal(body)
	_, err := http.Post("https://platform.ringcentral.com/restapi/v1.0/subscription", "application/json", bytes.NewReader(b))
	return err
}

// Subscriber keeps the filters it was made with.
type Subscriber struct {
	filters []string
	address string
}

// NewSubscriber stores its caller's filters: a filter forwarder.
func NewSubscriber(filters []string, address string) *Subscriber { // want NewSubscriber:`filters\(0\)`
	return &Subscriber{filters: filters, address: address}
}

// Create puts the field into eventFilters.
func (s *Subscriber) Create() error { // want Create:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return post(map[string]any{
		"eventFilters": s.filters,
		"deliveryMode": map[string]any{"transportType": "WebHook", "address": s.address},
	})
}

// DefaultFilters are the filters a subscriber of ext's presence and the
// account's calls wants: a list its callers hand on.
func DefaultFilters(ext string) []string { // want DefaultFilters:`list\(2 elements\)`
	fs := []string{"/restapi/v1.0/account/~/telephony/sessions"}
	return append(fs, "/restapi/v1.0/account/~/extension/"+ext+"/presence")
}

// CreateSubscription is a request type: its EventFilters field, set by
// other packages, is what Body sends.
type CreateSubscription struct {
	EventFilters []string // want EventFilters:`filter field`
	Address      string
}

type body struct {
	EventFilters []string `json:"eventFilters"`
	Transport    string   `json:"transportType"`
}

func (r CreateSubscription) Body() any {
	return body{EventFilters: r.EventFilters, Transport: "WebHook"}
}

func (r CreateSubscription) Send() error { // want Send:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return post(r.Body())
}
