package steptable // want package:`needs\(\[Analytics, ReadAccounts, ReadAuditTrail, ReadCallLog, ReadContacts, ReadMessages, ReadPresence, ReadWebinars, TeamMessaging\]\) wrappers=true module=""`

// Package steptable runs a table of export steps bigger than a set of
// values: each step's route comes from a method of the step (its static
// path, or a closure the step holds), its method from a field of the step
// a helper reads. Each step is one request, its method beside its own
// route, never beside another step's (a POST of the phone numbers would
// be no operation).

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

type Config struct{ AccountID string }

type step struct {
	name, method, path string
	build              func(cfg Config) (string, url.Values)
}

func (s step) route(cfg Config) (string, url.Values) {
	if s.build != nil {
		return s.build(cfg)
	}
	return s.path, url.Values{}
}

var steps = []step{
	{name: "numbers", method: http.MethodGet, path: "/restapi/v1.0/account/~/phone-number"},
	{name: "queues", method: http.MethodGet, path: "/restapi/v1.0/account/~/call-queues"},
	{name: "messages", method: http.MethodGet, path: "/restapi/v1.0/account/~/extension/~/message-store"},
	{name: "contacts", method: http.MethodGet, path: "/restapi/v1.0/account/~/extension/~/address-book/contact"},
	{name: "presence", method: http.MethodGet, path: "/restapi/v1.0/account/~/presence"},
	{name: "directory", method: http.MethodGet, path: "/restapi/v1.0/account/~/directory/entries"},
	{name: "extensions", method: http.MethodGet, path: "/restapi/v1.0/account/~/extension"},
	{name: "chats", method: http.MethodGet, path: "/team-messaging/v1/chats"},
	{name: "webinars", method: http.MethodGet, path: "/webinar/configuration/v1/webinars"},
	{name: "call-log", method: http.MethodGet, build: func(cfg Config) (string, url.Values) {
		return "/restapi/v1.0/account/" + cfg.AccountID + "/call-log", url.Values{"view": {"Detailed"}}
	}},
	{name: "audit", method: http.MethodPost, build: func(cfg Config) (string, url.Values) {
		return fmt.Sprintf("/restapi/v1.0/account/%s/audit-trail/search", cfg.AccountID), nil
	}},
	{name: "timeline", method: http.MethodPost, build: func(cfg Config) (string, url.Values) {
		return fmt.Sprintf("/analytics/calls/v1/accounts/%s/timeline/fetch", cfg.AccountID), url.Values{"interval": {"Hour"}}
	}},
}

type Doer interface {
	Do(ctx context.Context, method, route string, q url.Values) error
}

type client struct{ base string }

func (c *client) Do(ctx context.Context, method, route string, q url.Values) error { // want Do:`requests\(\{\$1\} https://platform.ringcentral.com\{\$2\}\)`
	u := c.base + route
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Exporter struct {
	api Doer
	cfg Config
}

func (e *Exporter) fetch(ctx context.Context, st step, route string, q url.Values) error { // want fetch:`requests\(\{\$1281\} https://platform\.ringcentral\.com\{\$2\}\)`
	for page := 1; page <= 3; page++ {
		if err := e.api.Do(ctx, st.method, route, q); err != nil {
			return err
		}
		if st.method != http.MethodGet {
			break
		}
		q.Set("page", fmt.Sprint(page+1))
	}
	return nil
}

func (e *Exporter) Run(ctx context.Context) error { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/phone-number, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-queues, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/address-book/contact, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/presence, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/directory/entries, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension, GET https://platform\.ringcentral\.com/team-messaging/v1/chats, GET https://platform\.ringcentral\.com/webinar/configuration/v1/webinars, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/~/audit-trail/search, POST https://platform\.ringcentral\.com/analytics/calls/v1/accounts/~/timeline/fetch\)`
	for _, st := range steps {
		route, q := st.route(e.cfg)
		if e.cfg.AccountID == "" {
			fmt.Println(st.method, route) // a dry run lists the steps
			continue
		}
		if err := e.fetch(ctx, st, route, q); err != nil { // want `GET /restapi/v1\.0/account/~/phone-number \(listAccountPhoneNumbers\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/call-queues \(listCallQueues\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]` `GET /restapi/v1\.0/account/~/extension/~/address-book/contact \(listContacts\) needs \[ReadContacts\]` `GET /restapi/v1\.0/account/~/presence \(readAccountPresence\) needs \[ReadPresence\]` `GET /restapi/v1\.0/account/~/directory/entries \(listDirectoryEntries\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]` `GET /team-messaging/v1/chats \(listGlipChatsNew\) needs \[TeamMessaging\]` `GET /webinar/configuration/v1/webinars \(rcwConfigListWebinars\) needs \[ReadWebinars\]` `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `POST /restapi/v1\.0/account/~/audit-trail/search \(auditTrailSearch\) needs \[ReadAuditTrail\]` `POST /analytics/calls/v1/accounts/~/timeline/fetch \(analyticsCallsTimelineFetch\) needs \[Analytics\]`
			return err
		}
	}
	return nil
}

// A trap: a table of the same shape whose routes go to another company's
// API, run the same way.
var mirrorSteps = []step{
	{name: "a", method: http.MethodDelete, path: "/restapi/v1.0/account/~/phone-number"},
	{name: "b", method: http.MethodPost, path: "/restapi/v1.0/account/~/extension"},
}

func mirror(ctx context.Context) {
	for _, st := range mirrorSteps {
		route, _ := st.route(Config{})
		req, _ := http.NewRequestWithContext(ctx, st.method, "https://archive.example.com"+route, nil)
		http.DefaultClient.Do(req)
	}
}

func Main() { // want Main:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/phone-number, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-queues, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/address-book/contact, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/presence, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/directory/entries, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension, GET https://platform\.ringcentral\.com/team-messaging/v1/chats, GET https://platform\.ringcentral\.com/webinar/configuration/v1/webinars, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/~/audit-trail/search, POST https://platform\.ringcentral\.com/analytics/calls/v1/accounts/~/timeline/fetch\)`
	e := &Exporter{api: &client{base: "https://platform.ringcentral.com"}, cfg: Config{AccountID: "~"}}
	e.Run(context.Background())
	mirror(context.Background())
}
