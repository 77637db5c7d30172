package presence // want package:`needs\(\[EditMessages, ReadAccounts, ReadCallLog, ReadCallRecording, ReadContacts, ReadMessages, ReadPresence, SMS, Video\]\) wrappers=true module=""`

// Package presence declares a command of its own and hands it to the bus,
// which cannot see its type: the request is checked here, where the value
// is converted to bus.Command with its fields.

import (
	"context"
	"net/http"

	"example.com/cmdqueue/bus"
	"example.com/cmdqueue/commands"
)

// Fetch reads an extension's presence.
type Fetch struct{ ExtensionID string }

func (Fetch) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (f Fetch) Path() string { // want Path:`route\(/restapi/v1.0/account/~/extension/\{\$256\}/presence\)`
	return "/restapi/v1.0/account/~/extension/" + f.ExtensionID + "/presence"
}

// Describe names a value for the logs: a conversion to an interface no
// worker requests with.
type Describe interface{ Method() string }

// Track queues a presence read for each extension, and a call log read
// the bus sees itself.
func Track(ctx context.Context, b *bus.Bus, out chan<- bus.Command, ids []string) { // want Track:`requests\(GET https://audit.example.com/.*/presence, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/\{\$2815\}/presence, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/presence, GET https://platform.ringcentral.com/restapi/v1.0/account/~\)`
	for _, id := range ids {
		select {
		case out <- Fetch{ExtensionID: id}: // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
		case <-ctx.Done():
			return
		}
	}
	b.Enqueue(commands.FetchCallLog{})
	var d Describe = Fetch{}
	_ = d
	var mine bus.Command = Fetch{ExtensionID: "~"} // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	b.Enqueue(mine)
	b.Enqueue(Account{}) // a zero value: its methods read no field
}

// Account is a command with nothing to say but its route.
type Account struct{}

func (Account) Method() string { return http.MethodGet }            // want Method:`route\(GET\)`
func (Account) Path() string   { return "/restapi/v1.0/account/~" } // want Path:`route\(/restapi/v1.0/account/~\)`

// Probe makes the command a health check queues.
func Probe() bus.Command { // want Probe:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/presence\)`
	return Fetch{ExtensionID: "~"} // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
