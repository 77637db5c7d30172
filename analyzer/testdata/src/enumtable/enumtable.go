package enumtable // want package:`needs\(\[EditAccounts, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Package enumtable looks each request's method and path up in a table
// by an operation enum: call has no template its callers could fill in,
// so each call passing a constant is its request, read with the constant
// bound; call's own sink, read with op unknown, is each entry of the
// table, its method beside its own path.

import "net/http"

type Op int

const (
	OpListUsers Op = iota + 1
	OpCreateUser
	OpReadCallLog
)

type endpoint struct{ Method, Path string }

var endpoints = map[Op]endpoint{
	OpListUsers:   {http.MethodGet, "/restapi/v1.0/account/~/extension"},
	OpCreateUser:  {http.MethodPost, "/restapi/v1.0/account/~/extension"},
	OpReadCallLog: {http.MethodGet, "/restapi/v1.0/account/~/call-log"},
}

const server = "https://platform.ringcentral.com"

type Client struct{ h *http.Client }

func (c *Client) call(op Op) error { // want call:`requests\(GET .*/extension, POST .*/extension, GET .*/call-log\)`
	ep, ok := endpoints[op]
	if !ok {
		return nil
	}
	req, err := http.NewRequest(ep.Method, server+ep.Path, nil)
	if err != nil {
		return err
	}
	_, err = c.h.Do(req)
	return err
}

func (c *Client) ListUsers() error { return c.call(OpListUsers) } // want ListUsers:`requests\(GET .*/extension\)`

func (c *Client) CreateUser() error { return c.call(OpCreateUser) } // want CreateUser:`requests\(POST .*/extension\)` `POST /restapi/v1.0/account/~/extension \(createExtension\) needs \[EditAccounts\]`

func (c *Client) CallLog() error { return c.call(OpReadCallLog) } // want CallLog:`requests\(GET .*/call-log\)` `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
