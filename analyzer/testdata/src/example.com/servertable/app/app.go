package app // want package:`needs\(\[ReadAccounts, ReadContacts\]\) wrappers=true module=""`

// app snapshots a table of settings routes on a server that is one of
// three: more combinations of server and route than a call carries, so
// the server becomes unknown and each route stays its request.

import (
	"context"
	"os"

	"example.com/servertable/rc"
)

var settings = []struct{ file, path string }{
	{"account.json", "/restapi/v1.0/account/~"},
	{"hours.json", "/restapi/v1.0/account/~/business-hours"},
	{"recording.json", "/restapi/v1.0/account/~/call-recording"},
	{"favorites.json", "/restapi/v1.0/account/~/extension/~/favorite"},
}

func backup(ctx context.Context, c *rc.Client) { // want backup:`requests\(GET \{\}/restapi/v1\.0/account/~, GET \{\}/restapi/v1\.0/account/~/business-hours, GET \{\}/restapi/v1\.0/account/~/call-recording, GET \{\}/restapi/v1\.0/account/~/extension/~/favorite\)`
	for _, s := range settings {
		c.Get(ctx, s.path) // want `GET /restapi/v1\.0/account/~ \(readAccountInfo\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/business-hours \(readCompanyBusinessHours\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/call-recording \(readCallRecordingSettings\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/extension/~/favorite \(listFavoriteContacts\) needs \[ReadContacts\]`
	}
}

func Main(ctx context.Context) { // want Main:`requests\(GET \{\}/restapi/v1\.0/account/~, GET \{\}/restapi/v1\.0/account/~/business-hours, GET \{\}/restapi/v1\.0/account/~/call-recording, GET \{\}/restapi/v1\.0/account/~/extension/~/favorite\)`
	c := &rc.Client{Server: rc.Production}
	switch os.Getenv("RC_ENV") {
	case "sandbox":
		c.Server = "https://platform.devtest.ringcentral.com"
	case "local":
		c.Server = "http://" + os.Getenv("RECORDER")
	}
	backup(ctx, c)
}
