package app // want package:`needs\(\[CallControl, ReadContacts\]\) wrappers=true module=""`

// Package app expands routes of another package.

import (
	"net/http"

	"tmplroute/routes"
)

const server = "https://platform.ringcentral.com"

func run(h *http.Client, account, ext, session string) { // want run:`requests\(.*`
	h.Get(server + routes.Contacts.For(account).Expand(ext))                        // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/address-book/contact \(listContacts\) needs \[ReadContacts\]`
	h.Get(server + routes.Session.For(account).Expand(session))                     // want `GET /restapi/v1.0/account/\{accountId\}/telephony/sessions/\{telephonySessionId\} \(readCallSessionStatus\) needs \[CallControl\]`
	h.Get("https://archive.example.com" + routes.Archive.For(account).Expand("c1")) // another server
}
