package app // want package:`needs\(\[EditMessages, ReadAccounts, ReadMessages, ReadPresence\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/optreq/rc"
)

type Directory struct {
	c      *rc.Client
	common []rc.RequestOption // options the caller of New chose
}

func New(c *rc.Client, common ...rc.RequestOption) *Directory {
	return &Directory{c: c, common: common}
}

// under is an option of the package's own, made of another package's.
func (d *Directory) under(suffix string) rc.RequestOption {
	return rc.WithPath("/restapi/v1.0/account/~" + suffix)
}

// opts puts the caller's options after the common ones.
func (d *Directory) opts(extra ...rc.RequestOption) []rc.RequestOption {
	return append(append([]rc.RequestOption{}, d.common...), extra...)
}

func (d *Directory) Extensions(ctx context.Context) error { // want Extensions:`requests\(GET https://platform\.ringcentral\.com//restapi/v1\.0/account/\~/extension\?\{\}\)`
	return d.c.Call(ctx, d.under("/extension"), rc.WithQuery("status", "Enabled")) // want `GET /restapi/v1\.0/account/\~/extension \(listExtensions\) needs \[ReadAccounts\], which rcperm\.yaml does not grant: RingCentral answers 403 InsufficientPermissions \(CMN\-401\); grant ReadAccounts in the RingCentral Developer Console \(what RingCentral checks\) and in rcperm\.yaml at line 2`
}

func (d *Directory) Presence(ctx context.Context) error { // want Presence:`requests\(GET https://platform\.ringcentral\.com//restapi/v1\.0/account/\~/extension/\~/presence\?\{\}\)`
	return d.c.Do(ctx, rc.NewRequest(d.under("/extension/~/presence")))
}

// The method the common options leave is overridden by a later option.
func (d *Directory) MarkRead(ctx context.Context, id string) error { // want MarkRead:`requests\(PUT https://platform\.ringcentral\.com//restapi/v1\.0/account/\~/extension/\~/message\-store/\{\$1\}\?\{\}\)`
	return d.c.Call(ctx, d.opts(rc.WithMethod(http.MethodPut), d.under("/extension/~/message-store/"+id))...) // want `PUT /restapi/v1\.0/account/\~/extension/\~/message\-store/\{messageId\} \(updateMessage\) needs \[EditMessages\], which rcperm\.yaml does not grant: RingCentral answers 403 InsufficientPermissions \(CMN\-401\); grant EditMessages in the RingCentral Developer Console \(what RingCentral checks\) and in rcperm\.yaml at line 2`
}

// No later option sets the method: the common options may have, and the
// method is known only at run time.
func (d *Directory) Inbox(ctx context.Context) error { // want Inbox:`requests\(\{\} https://platform\.ringcentral\.com//restapi/v1\.0/account/\~/extension/\~/message\-store\?\{\}\)`
	return d.c.Call(ctx, d.opts(d.under("/extension/~/message-store"))...) // want `\{\} /restapi/v1\.0/account/\~/extension/\~/message\-store can be 2 operations that need different permissions; rcperm\.yaml does not grant \[EditMessages\] for deleteMessageByFilter; \[ReadMessages\] for listMessages: make the route's unknown parts known, or grant them`
}
