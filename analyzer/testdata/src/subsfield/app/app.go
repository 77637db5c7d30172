package app // want package:`needs\(\[CallControl, ReadMessages, ReadPresence, SubscriptionWebhook\]\) wrappers=true module=""`

// Package app stores filters into lib's filter fields: through the
// constructor, in a literal of the request type, and in a command's
// function literal.

import "subsfield/lib"

const presence = "/restapi/v1.0/account/~/extension/~/presence"

func Subscribe() error { // want Subscribe:`requests\(.*`
	return lib.NewSubscriber([]string{presence}, "https://example.com/hook").Create() // want `event filter /restapi/v1.0/account/~/extension/~/presence needs \[ReadPresence\]`
}

func Send() error { // want Send:`requests\(.*`
	r := lib.CreateSubscription{EventFilters: []string{"/restapi/v1.0/account/~/telephony/sessions"}} // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\]`
	return r.Send()
}

// Defaults hands on the library's own list, through a variable.
func Defaults() error { // want Defaults:`requests\(.*`
	fs := lib.DefaultFilters("1")
	return lib.NewSubscriber(fs, "https://example.com/hook").Create() // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\]` `event filter /restapi/v1.0/account/~/extension/\{\}/presence needs \[ReadPresence\]`
}

type command struct{ run func() error }

// A command's function literal in a package-level variable.
var watch = command{run: func() error {
	return lib.NewSubscriber([]string{"/restapi/v1.0/account/~/extension/~/message-store"}, "https://example.com/hook").Create() // want `event filter /restapi/v1.0/account/~/extension/~/message-store needs \[ReadMessages\]`
}}
