// Package svc keeps its routes in a map its constructor fills, formats // want package:`needs\(\[ReadCallLog, ReadPresence\]\) wrappers=true module=""`
// under an account known only at run time, and looked up by name.
package svc

import (
	"context"
	"fmt"
	"log"
	"os"

	"example.com/routemap/rc"
)

type People struct {
	rc     *rc.Client
	routes map[string]string
}

func NewPeople(c *rc.Client) *People { // want NewPeople:`effects\(result 1 fields, receiver 0 fields\)`
	base := "/restapi/v1.0/account/" + os.Getenv("RC_ACCOUNT")
	return &People{rc: c, routes: map[string]string{
		"presence": base + "/extension/%s/presence",
		"calls":    base + "/extension/%s/call-log",
		"contacts": base + "/extension/~/address-book/contact",
	}}
}

func (p *People) route(name string, args ...any) string {
	return fmt.Sprintf(p.routes[name], args...)
}

func (p *People) Presence(ctx context.Context, ext string) error { // want Presence:`requests\(GET \{\$320\}/restapi/v1\.0/account/\{\}/extension/\{\$1\}/presence\)`
	return p.rc.Get(ctx, p.rc.URL(p.route("presence", ext))) // want `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

func (p *People) Calls(ctx context.Context, ext string) error { // want Calls:`requests\(GET \{\$320\}/restapi/v1\.0/account/\{\}/extension/\{\$1\}/call\-log\)`
	return p.rc.Get(ctx, p.rc.URL(p.route("calls", ext)))
}

func (p *People) Contacts(ctx context.Context) error {
	log.Printf("listing %s", p.route("contacts")) // logged only: no request
	return nil
}

func Main(ctx context.Context) { // want Main:`requests\(GET \{\}/restapi/v1\.0/account/\{\}/extension/1/presence, GET \{\}/restapi/v1\.0/account/\{\}/extension/2/call-log\)`
	p := NewPeople(rc.New("https://platform.ringcentral.com"))
	_ = p.Presence(ctx, "1")
	_ = p.Calls(ctx, "2")
	_ = p.Contacts(ctx)
}
