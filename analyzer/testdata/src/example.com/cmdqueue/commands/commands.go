package commands // want package:`needs\(\[\]\) wrappers=true module=""`

// Package commands declares the operations the bus performs: each is a
// type whose Method and Path say what to send.

import (
	"fmt"
	"net/http"
	"path"
)

// FetchCallLog reads the company's call log, or one extension's.
type FetchCallLog struct{ ExtensionID string }

func (FetchCallLog) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (c FetchCallLog) Path() string { // want Path:`route\(.*\)`
	if c.ExtensionID == "" {
		return "/restapi/v1.0/account/~/call-log"
	}
	return "/restapi/v1.0/account/~/extension/" + c.ExtensionID + "/call-log"
}

// SendSMS sends a text message.
type SendSMS struct{ From, To, Text string }

func (SendSMS) Method() string { return http.MethodPost } // want Method:`route\(POST\)`

func (SendSMS) Path() string { return path.Join("/restapi/v1.0/account/~/extension/~", "sms") } // want Path:`route\(.*\)`

// DeleteMessage deletes a stored message.
type DeleteMessage struct{ ID string }

func (DeleteMessage) Method() string { return http.MethodDelete } // want Method:`route\(DELETE\)`

func (m DeleteMessage) Path() string { // want Path:`route\(.*\)`
	return fmt.Sprintf("/restapi/v1.0/account/~/extension/~/message-store/%s", m.ID)
}

// FetchPresence reads an extension's presence.
type FetchPresence struct{ ExtensionID string }

func (FetchPresence) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (p FetchPresence) Path() string { // want Path:`route\(.*\)`
	return "/restapi/v1.0/account/~/extension/" + p.ExtensionID + "/presence"
}

// FetchMeetings lists past video meetings.
type FetchMeetings struct{}

func (FetchMeetings) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (FetchMeetings) Path() string { return "/rcvideo/v1/history/meetings" } // want Path:`route\(.*\)`

// FetchAccount reads the account.
type FetchAccount struct{}

func (FetchAccount) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (FetchAccount) Path() string { return "/restapi/v1.0/account/~" } // want Path:`route\(.*\)`

// FetchContacts lists the personal contacts.
type FetchContacts struct{}

func (FetchContacts) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (FetchContacts) Path() string { return "/restapi/v1.0/account/~/extension/~/address-book/contact" } // want Path:`route\(.*\)`

// FetchRecording downloads a recording's content.
type FetchRecording struct{ ID string }

func (FetchRecording) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (r *FetchRecording) Path() string { // want Path:`route\(.*\)`
	return fmt.Sprintf("/restapi/v1.0/account/~/recording/%s/content", r.ID)
}

// FetchMessage reads a stored message; the bus downloads its attachment.
type FetchMessage struct{ ID string }

func (FetchMessage) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (m FetchMessage) Path() string { // want Path:`route\(.*\)`
	return "/restapi/v1.0/account/~/extension/~/message-store/" + m.ID
}
