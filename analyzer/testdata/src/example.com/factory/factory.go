package factory // want package:`needs\(\[CallControl, ReadAccounts, ReadCallLog, ReadCallRecording, ReadContacts, Video\]\) wrappers=true module=""`

// Package factory is a command registry: factories return closures that
// capture the route they were made with, stored in a map from init().

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type command func(ctx context.Context, c *http.Client, args []string) error

var commands = map[string]command{}

func init() { // want init:`requests\(GET .*/call-log\?\{\}, .*\)`
	commands["calls"] = listFor("calls")
	commands["active"] = listFor("active")
	commands["recording"] = getByID("/restapi/v1.0/account/~/recording/%s")       // want `GET /restapi/v1.0/account/~/recording/\{recordingId\} \(readCallRecording\) needs \[ReadCallLog, ReadCallRecording\]`
	register("session", getByID("/restapi/v1.0/account/~/telephony/sessions/%s")) // want `GET /restapi/v1.0/account/~/telephony/sessions/\{telephonySessionId\} \(readCallSessionStatus\) needs \[CallControl\]`
}

func register(name string, c command) { commands[name] = c }

// listFor picks the route in a switch; more routes, each with an optional
// query, than a value set holds.
func listFor(kind string) command { // want listFor:`requests\(GET .*/call-log\?\{\}, .*\)`
	var route string
	switch kind {
	case "calls":
		route = "/restapi/v1.0/account/~/call-log?view=Simple"
	case "active":
		route = "/restapi/v1.0/account/~/active-calls"
	case "extensions":
		route = "/restapi/v1.0/account/~/extension?perPage=1000"
	case "contacts":
		route = "/restapi/v1.0/account/~/extension/~/address-book/contact"
	default:
		route = "/rcvideo/v1/history/meetings"
	}
	return func(ctx context.Context, c *http.Client, args []string) error {
		return get(ctx, c, withQuery(route, args)) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]` `GET /restapi/v1.0/account/~/extension/~/address-book/contact \(listContacts\) needs \[ReadContacts\]` `GET /rcvideo/v1/history/meetings \(listVideoMeetings\) needs \[Video\]`
	}
}

// getByID formats the route it was made with: each factory call is its
// request.
func getByID(routeFmt string) command { // want getByID:`requests\(GET https://platform.ringcentral.com\{\$0\}\{\} \(callers: https://platform.ringcentral.com\{\$192\}, 1 deferred\)\)`
	return func(ctx context.Context, c *http.Client, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf("usage: ID")
		}
		return get(ctx, c, fmt.Sprintf(routeFmt, url.PathEscape(args[0])))
	}
}

func withQuery(route string, args []string) string {
	if len(args) == 0 {
		return route
	}
	sep := "?"
	if strings.Contains(route, "?") {
		sep = "&"
	}
	return route + sep + strings.Join(args, "&")
}

func get(ctx context.Context, c *http.Client, path string) error { // want get:`requests\(GET https://platform.ringcentral.com\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://platform.ringcentral.com"+path, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
