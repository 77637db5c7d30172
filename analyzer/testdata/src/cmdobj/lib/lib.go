package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib sends request objects: each operation is a type whose
// Method and Path methods say what to send, executed through a method
// value held in a function-typed field.

import (
	"context"
	"fmt"
	"net/http"
)

// Request is an operation to send.
type Request interface {
	Method() string
	Path() string
}

type endpoint func(ctx context.Context, r Request) error

type Client struct {
	base string
	send endpoint
}

func New() *Client {
	c := &Client{base: "https://platform.ringcentral.com"}
	c.send = c.roundTrip
	return c
}

func (c *Client) roundTrip(ctx context.Context, r Request) error { // want roundTrip:`requests\(\{\$1536\} https://platform.ringcentral.com\{\$1537\}\)`
	req, err := http.NewRequestWithContext(ctx, r.Method(), c.base+r.Path(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Execute sends r.
func Execute[T any](ctx context.Context, c *Client, r Request) (T, error) { // want Execute:`requests\(.*`
	var out T
	return out, c.send(ctx, r)
}

// ListCallLog reads an account's call log; the account defaults to ~.
type ListCallLog struct{ AccountID string }

func (ListCallLog) Method() string { return http.MethodGet } // want Method:`route\(GET\)`

func (r ListCallLog) Path() string { // want Path:`route\(\) or /restapi/v1.0/account/~/call-log or /restapi/v1.0/account/\{\$256\}/call-log`
	return fmt.Sprintf("/restapi/v1.0/account/%s/call-log", self(r.AccountID))
}

// DeleteCallLog deletes an extension's call log.
type DeleteCallLog struct{ ExtensionID string }

func (DeleteCallLog) Method() string { return http.MethodDelete } // want Method:`route\(DELETE\)`

func (r DeleteCallLog) Path() string { // want Path:`route\(/restapi/v1.0/account/~/extension/\{\$256\}/call-log\)`
	return "/restapi/v1.0/account/~/extension/" + r.ExtensionID + "/call-log"
}

func self(id string) string {
	if id == "" {
		return "~"
	}
	return id
}
