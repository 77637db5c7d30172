package pairedtable // want package:`needs\(\[EditCallLog, EditMessages, EditPresence, ReadAccounts, ReadCallLog, ReadMessages, ReadPresence\]\) wrappers=true module=""`

// Package pairedtable reads each request's method and path off the same
// element of a table: each element is one request, its method beside its
// own path, never beside another element's (GET of the message, DELETE
// of the presence would be other operations).

import (
	"fmt"
	"net/http"
)

const server = "https://platform.ringcentral.com"

type op struct {
	name   string
	method string
	path   string
}

var ops = []op{
	{name: "presence", method: "GET", path: "/restapi/v1.0/account/~/extension/~/presence"},
	{name: "purge", method: http.MethodDelete, path: "/restapi/v1.0/account/~/extension/~/message-store/1"},
	{"dnd", http.MethodPut, "/restapi/v1.0/account/~/extension/~/presence"},
}

func syncAll() { // want syncAll:`requests\(GET .*/presence, DELETE .*/message-store/1, PUT .*/presence\)`
	for _, o := range ops {
		req, _ := http.NewRequest(o.method, server+o.path, nil) // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]` `DELETE /restapi/v1.0/account/~/extension/~/message-store/1 \(deleteMessage\) needs \[EditMessages\]` `PUT /restapi/v1.0/account/~/extension/~/presence \(updateUserPresenceStatus\) needs \[EditPresence\]`
		http.DefaultClient.Do(req)
	}
}

// An element that leaves its method unset is net/http's GET; a wrapper
// handed both fields, one formatted, pairs them the same way. (Its GET of
// the extension needs ReadAccounts, which the manifest grants: no finding,
// and no unused-permission either.)
type endpoint struct{ method, tmpl string }

var endpoints = [...]endpoint{
	{tmpl: "/restapi/v1.0/account/%s/extension/~"},
	{method: "DELETE", tmpl: "/restapi/v1.0/account/%s/extension/~/call-log"},
}

func send(method, path string) { // want send:`requests\(\{\$0\} https://platform.ringcentral.com\{\$1\}\)`
	req, _ := http.NewRequest(method, server+path, nil)
	http.DefaultClient.Do(req)
}

func sendAll(account string) { // want sendAll:`requests\(GET .*/account/\{\$0\}/extension/~, DELETE .*/account/\{\$0\}/extension/~/call-log\)`
	for _, e := range endpoints {
		send(e.method, fmt.Sprintf(e.tmpl, account)) // want `DELETE /restapi/v1.0/account/\{accountId\}/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	}
}

// A map of struct literals ranged over pairs its values the same way.
var byName = map[string]op{
	"read":  {method: "GET", path: "/restapi/v1.0/account/~/call-log"},
	"erase": {method: "DELETE", path: "/restapi/v1.0/account/~/call-log"},
}

func each() { // want each:`requests\(GET .*/call-log, DELETE .*/call-log\)`
	for _, o := range byName {
		req, _ := http.NewRequest(o.method, server+o.path, nil) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `DELETE /restapi/v1.0/account/~/call-log \(deleteAccountCallLog\) is missing` `DELETE /restapi/v1.0/account/~/call-log \(deleteAccountCallLog\) needs \[EditCallLog\]`
		http.DefaultClient.Do(req)
	}
}

// A trap: a table of another type whose paths are only logged, beside a
// table whose routes go elsewhere.
type audit struct{ verb, route string }

var audits = []audit{
	{"GET", "/restapi/v1.0/account/~/extension/~/message-store/1"},
	{"DELETE", "/restapi/v1.0/account/~/extension/~/presence"},
}

func logAudits() {
	for _, a := range audits {
		fmt.Println(a.verb, a.route)
		req, _ := http.NewRequest(a.verb, "https://audit.example.com"+a.route, nil)
		http.DefaultClient.Do(req)
	}
}

// A dispatcher sets method and path in each case of a switch: each case
// is one request, its method beside its own path.
func invoke(op string) { // want invoke:`requests\(GET .*/message-store, DELETE .*/message-store/1\)`
	var method, path string
	switch op {
	case "listMessages":
		method, path = "GET", "/restapi/v1.0/account/~/extension/~/message-store"
	case "deleteMessage":
		method, path = "DELETE", "/restapi/v1.0/account/~/extension/~/message-store/1"
	default:
		return
	}
	req, _ := http.NewRequest(method, server+path, nil) // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]` `DELETE /restapi/v1.0/account/~/extension/~/message-store/1 \(deleteMessage\) needs \[EditMessages\]`
	http.DefaultClient.Do(req)
}

// A path helper joins its receiver's root and its variadic segments in a
// loop; another prepends its own: the loop runs once for each segment.
type api struct{ account string }

func (a *api) accountPath(elem ...string) string {
	p := "/restapi/v1.0/account/" + a.account
	for _, e := range elem {
		p += "/" + e
	}
	return p
}

func (a *api) extensionPath(ext string, elem ...string) string {
	return a.accountPath(append([]string{"extension", ext}, elem...)...)
}

func (a *api) get(path string) { // want get:`requests\(GET https://platform.ringcentral.com\{\$0\}\)`
	req, _ := http.NewRequest(http.MethodGet, server+path, nil)
	http.DefaultClient.Do(req)
}

func (a *api) CallLog(ext string) { // want CallLog:`requests\(GET .*/account/\{\}/extension/\{\$0\}/call-log, GET .*/account/\{\}/presence\)`
	a.get(a.extensionPath(ext, "call-log")) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	a.get(a.accountPath("presence"))        // want `GET /restapi/v1.0/account/\{accountId\}/presence \(readAccountPresence\) needs \[ReadPresence\]`
}
