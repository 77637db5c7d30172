package app // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadContacts\]\) wrappers=true module=""`

// Package app requests paths lib's scopes join.

import (
	"net/http"
	"path"

	"scoperoute/lib"
)

const server = "https://platform.ringcentral.com"

type runtime struct{ Account lib.AccountScope }

func run(h *http.Client, rt runtime) { // want run:`requests\(.*`
	h.Get(server + rt.Account.Path("call-log"))                               // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	h.Get(server + rt.Account.Path())                                         // granted: readAccountInfo needs ReadAccounts
	h.Get(server + rt.Account.Extension("~").Path("address-book", "contact")) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/address-book/contact \(listContacts\) needs \[ReadContacts\]`
	// A base path known only at run time before the API's root (a
	// server's path joined with path.Join): RingCentral's is empty.
	h.Get(server + path.Join(basePath(), "restapi/v1.0/account/~/call-log")) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func basePath() string
