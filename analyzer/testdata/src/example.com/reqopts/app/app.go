package app // want package:`needs\(\[EditMessages, Faxes, ReadCallLog, ReadContacts, ReadMessages, ReadPresence, SMS, TeamMessaging\]\) wrappers=true module=""`

// Package app passes rc's options: each call's method and route are what
// its options, run in order, leave in the spec.

import (
	"context"
	"net/http"

	"example.com/reqopts/rc"
)

func Renew(ctx context.Context, id string) error { // want Renew:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/subscription/\{\}/renew\)`
	req, err := rc.NewRequest(ctx, rc.Method(http.MethodPost), rc.Path("/restapi/v1.0/subscription/%s/renew", id))
	if err != nil {
		return err
	}
	return rc.Do(req)
}

// Messages leaves the method to NewRequest's default.
func Messages(ctx context.Context) error { // want Messages:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store\)`
	req, err := rc.NewRequest(ctx, rc.Path("/restapi/v1.0/account/~/extension/~/message-store")) // want `GET /restapi/v1\.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	if err != nil {
		return err
	}
	return rc.Do(req)
}

// DeleteMessage builds its list, the method after the path.
func DeleteMessage(ctx context.Context, id string) error { // want DeleteMessage:`requests\(DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store/\{\}\)`
	opts := []rc.Option{rc.Path("/restapi/v1.0/account/~/extension/~/message-store/%s", id)}
	opts = append(opts, rc.Method(http.MethodDelete))
	req, err := rc.NewRequest(ctx, opts...) // want `DELETE /restapi/v1\.0/account/~/extension/~/message-store/\{messageId\} \(deleteMessage\) needs \[EditMessages\]`
	if err != nil {
		return err
	}
	return rc.Do(req)
}

// Later options win: the second path is the request's.
func Presence(ctx context.Context) error { // want Presence:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/presence\)`
	req, err := rc.NewRequest(ctx, rc.Path("/restapi/v1.0/account/~/call-log"), rc.Path("/restapi/v1.0/account/~/extension/~/presence")) // want `GET /restapi/v1\.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	if err != nil {
		return err
	}
	return rc.Do(req)
}

// One option sets both.
func Fax(ctx context.Context) error { // want Fax:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/fax\)`
	req, err := rc.NewRequest(ctx, rc.Post("/restapi/v1.0/account/~/extension/~/fax")) // want `POST /restapi/v1\.0/account/~/extension/~/fax \(createFaxMessage\) needs \[Faxes\]`
	if err != nil {
		return err
	}
	return rc.Do(req)
}

type store struct{ account, extension string }

// at returns one of rc's options, by branch.
func (m store) at(id ...string) rc.Option {
	if len(id) == 1 {
		return rc.Path("/restapi/v1.0/account/%s/extension/%s/message-store/%s", m.account, m.extension, id[0])
	}
	return rc.Path("/restapi/v1.0/account/%s/extension/%s/message-store", m.account, m.extension)
}

func (m store) MarkRead(ctx context.Context, id string) error { // want MarkRead:`requests\(PUT https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\}/extension/\{\}/message-store/\{\}\)`
	req, err := rc.NewRequest(ctx, rc.Method(http.MethodPut), m.at(id), rc.JSON(map[string]string{"readStatus": "Read"})) // want `PUT /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/message-store/\{messageId\} \(updateMessage\) needs \[EditMessages\]`
	if err != nil {
		return err
	}
	return rc.Do(req)
}

// Contacts goes through rc's forwarder.
func Contacts(ctx context.Context) error { // want Contacts:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/address-book/contact\)`
	_, err := rc.Fetch[struct{}](ctx, rc.Path("/restapi/v1.0/account/~/extension/~/address-book/contact")) // want `GET /restapi/v1\.0/account/~/extension/~/address-book/contact \(listContacts\) needs \[ReadContacts\]`
	return err
}

// Weather sends its options to another company's server: not
// RingCentral's, whatever the path.
func Weather(ctx context.Context) error {
	_, err := rc.Fetch[struct{}](ctx, rc.Server("https://api.weather.example.com/"), rc.Path("/restapi/v1.0/account/~/call-log"))
	return err
}

// Either is a run-time choice between two methods: both requests.
func Either(ctx context.Context, remove bool) error { // want Either:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store/1, DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store/1\)`
	opts := []rc.Option{rc.Path("/restapi/v1.0/account/~/extension/~/message-store/1")}
	if remove {
		opts = append(opts, rc.Method(http.MethodDelete))
	}
	req, err := rc.NewRequest(ctx, opts...) // want `DELETE /restapi/v1\.0/account/~/extension/~/message-store/1 \(deleteMessage\) needs \[EditMessages\]` `GET /restapi/v1\.0/account/~/extension/~/message-store/1 \(readMessage\) needs \[ReadMessages\]`
	if err != nil {
		return err
	}
	return rc.Do(req)
}

type httpDoer struct{}

func (httpDoer) Do(ctx context.Context, method, url string) error { // want Do:`requests\(\{\$1\} \{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return err
	}
	return rc.Do(req)
}

// Post sends its options through a Doer it wires in.
func Post(ctx context.Context, chat string) error { // want Post:`requests\(POST /team-messaging/v1/chats/\{\}/posts\)`
	s := &rc.Sender{D: httpDoer{}}
	return s.Send(ctx, rc.Method(http.MethodPost), rc.Path("/team-messaging/v1/chats/%s/posts", chat)) // want `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}

// PostElsewhere sends the same way to another company's server.
func PostElsewhere(ctx context.Context) error {
	s := &rc.Sender{D: httpDoer{}}
	return s.Send(ctx, rc.Server("https://api.weather.example.com"), rc.Path("/restapi/v1.0/account/~/call-log"))
}
