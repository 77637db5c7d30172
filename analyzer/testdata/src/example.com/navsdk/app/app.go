package app // want package:`needs\(\[Contacts, ReadAccounts, ReadCallLog, ReadCallRecording, ReadPresence\]\) wrappers=true module=""`

import (
	"context"

	"example.com/navsdk/rc"
)

// Archiver keeps the account it navigates from, set by its constructor.
type Archiver struct {
	acct rc.Account
}

func NewArchiver(c *rc.Client) *Archiver { return &Archiver{acct: c.Account("~")} }

func (a *Archiver) Run(ctx context.Context, ids []string) { // want Run:`requests\(GET \{\}/restapi/v1\.0/account/~, GET \{\}/restapi/v1\.0/account/~/call-log, GET \{\}/restapi/v1\.0/account/~/recording/\{\$1791\}, GET \{\}/restapi/v1\.0/account/~/recording/\{\$1791\}/content\)`
	_ = a.acct.Get(ctx)
	_ = a.acct.Resource("call-log").Get(ctx) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	for _, id := range ids {
		rec := a.acct.Resource("recording", id)
		_ = rec.Get(ctx)                  // want `GET /restapi/v1\.0/account/~/recording/\{recordingId\} \(readCallRecording\) needs \[ReadCallLog, ReadCallRecording\]`
		_ = rec.Child("content").Get(ctx) // want `GET /restapi/v1\.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
	}
}

func Chains(ctx context.Context, c *rc.Client, ext string) { // want Chains:`requests\(GET \{\}/restapi/v1\.0/account/~/extension/\{\$2\}, GET \{\}/restapi/v1\.0/account/~/extension/~/presence, POST \{\}/restapi/v1\.0/account/~/extension/~/address-book/contact, POST \{\}/restapi/v1\.0/subscription/sub-1/renew\)`
	_ = c.Account("~").Extension(ext).Get(ctx)
	_ = c.Account("~").Extension("~").Resource("presence").Get(ctx) // want `GET /restapi/v1\.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	me := c.Account("~").Extension("~")
	_ = me.Resource("address-book", "contact").Post(ctx) // want `POST /restapi/v1\.0/account/~/extension/~/address-book/contact \(createContact\) needs \[Contacts\]`
	_ = c.Subscriptions().Child("sub-1", "renew").Post(ctx)
}

func Main(ctx context.Context) { // want Main:`requests\(GET \{\}/restapi/v1\.0/account/~, GET \{\}/restapi/v1\.0/account/~/call-log, GET \{\}/restapi/v1\.0/account/~/recording/\{\}, GET \{\}/restapi/v1\.0/account/~/recording/\{\}/content, GET \{\}/restapi/v1\.0/account/~/extension/101, GET \{\}/restapi/v1\.0/account/~/extension/~/presence, POST \{\}/restapi/v1\.0/account/~/extension/~/address-book/contact, POST \{\}/restapi/v1\.0/subscription/sub-1/renew\)`
	c := rc.New("https://platform.ringcentral.com")
	NewArchiver(c).Run(ctx, nil)
	Chains(ctx, c, "101")
}
