package local // want package:`needs\(\[EditMessages, ReadAccounts, ReadCallLog, ReadContacts, ReadMessages, ReadPresence, SMS\]\) wrappers=true module=""`

// Package local keeps its tasks' path templates beside the loop that
// formats and sends them, through a wrapper: each store is its request,
// reported where it is written.

import (
	"fmt"
	"net/http"
)

type task struct {
	method string
	tmpl   string
}

var tasks = []task{
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s/message-store"},      // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/message-store \(listMessages\) needs \[ReadMessages\]`
	{http.MethodDelete, "/restapi/v1.0/account/~/extension/%s/message-store/1"}, // want `DELETE /restapi/v1.0/account/~/extension/\{extensionId\}/message-store/1 \(deleteMessage\) needs \[EditMessages\]`
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s"},
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s/presence"}, // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	{http.MethodPost, "/restapi/v1.0/account/~/extension/%s/sms"},     // want `POST /restapi/v1.0/account/~/extension/\{extensionId\}/sms \(createSMSMessage\) needs \[SMS\]`
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s/call-log"}, // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s/device"},
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s/address-book/contact"}, // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/address-book/contact \(listContacts\) needs \[ReadContacts\]`
	{http.MethodGet, "/restapi/v1.0/account/~/extension/%s/grant"},
}

func send(method, url string) { // want send:`requests\(\{\$0\} https://platform.ringcentral.com\{\$1\}\)`
	req, _ := http.NewRequest(method, "https://platform.ringcentral.com"+url, nil)
	http.DefaultClient.Do(req)
}

func RunAll(ext string) {
	for _, t := range tasks {
		send(t.method, fmt.Sprintf(t.tmpl, ext))
	}
}
