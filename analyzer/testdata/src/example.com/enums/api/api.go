package api // want package:`needs\(\[ReadAccounts, ReadMessages, ReadPresence\]\) wrappers=true module=""`

// Package api picks its routes by enums: a method of the enum switching
// on it, a table or an array indexed by it, behind a wrapper or not. A
// call passing one of the enum's constants is that constant's request;
// the wrappers' own requests, every constant's, are made by no call of
// the package (each passes a constant), and not reported where they are.

import (
	"context"
	"fmt"
	"net/http"
)

type Client struct {
	Base string // want Base:`field stores\(1\)`
	HC   *http.Client
}

func (c *Client) send(ctx context.Context, method, path string) error { // want send:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, nil)
	if err != nil {
		return err
	}
	_, err = c.HC.Do(req)
	return err
}

// Endpoint's Path switches on the endpoint.
type Endpoint int

const (
	CallLog Endpoint = iota
	Presence
)

func (e Endpoint) Path(ext string) string { // want Path:`route\(\) or /restapi/v1.0/account/~/call-log or /restapi/v1.0/account/~/extension/\{\$0\}/presence`
	switch e {
	case CallLog:
		return "/restapi/v1.0/account/~/call-log"
	case Presence:
		return fmt.Sprintf("/restapi/v1.0/account/~/extension/%s/presence", ext)
	}
	return ""
}

// Get requests itself the path its endpoint's method gives.
func (c *Client) Get(ctx context.Context, ep Endpoint, ext string) error { // want Get:`dispatch\(2, 2 cases\)` Get:`requests\(GET \{\$256\}/restapi/v1.0/account/~/call-log, GET \{\$256\}/restapi/v1.0/account/~/extension/\{\$2\}/presence\)`
	resp, err := c.HC.Get(c.Base + ep.Path(ext))
	if err != nil {
		return err
	}
	// The response is the caller's to read.
	return resp.Body.Close()
}

// Resource is looked up in a table, behind the wrapper.
type Resource int

const (
	Extensions Resource = iota
	Sites
)

var resourcePaths = map[Resource]string{
	Extensions: "/restapi/v1.0/account/~/extension",
	Sites:      "/restapi/v1.0/account/~/sites",
}

func (c *Client) List(ctx context.Context, r Resource) error { // want List:`dispatch\(2, 2 cases\)` List:`requests\(GET \{\$256\}/restapi/v1.0/account/~/extension, GET \{\$256\}/restapi/v1.0/account/~/sites\)`
	return c.send(ctx, http.MethodGet, resourcePaths[r])
}

// Area names itself from an array, behind the wrapper.
type Area int

const (
	AreaQueues Area = iota
	AreaDevices
)

var areaNames = [...]string{"call-queues", "device"}

func (a Area) String() string { return areaNames[a] }

func (c *Client) ListArea(ctx context.Context, a Area) error { // want ListArea:`dispatch\(2, 2 cases\)` ListArea:`requests\(GET \{\$256\}/restapi/v1.0/account/~/call-queues, GET \{\$256\}/restapi/v1.0/account/~/device\)`
	return c.send(ctx, http.MethodGet, "/restapi/v1.0/account/~/"+a.String())
}

// Messages tests its argument for a value: no enum, each call the same
// request.
func (c *Client) Messages(ctx context.Context, ext string) error { // want Messages:`requests\(GET \{\$256\}/restapi/v1.0/account/~/extension/\{\$1\}/message-store, GET \{\$256\}/restapi/v1.0/account/~/extension/~/message-store\)`
	path := "/restapi/v1.0/account/~/extension/" + ext + "/message-store"
	if ext == "" {
		path = "/restapi/v1.0/account/~/extension/~/message-store"
	}
	return c.send(ctx, http.MethodGet, path) // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/message-store \(listMessages\) needs \[ReadMessages\]`
}

// Local calls them in the package.
func Local(ctx context.Context) { // want Local:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/sites, GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-queues, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/presence\)`
	c := &Client{Base: "https://platform.ringcentral.com", HC: http.DefaultClient}
	c.List(ctx, Sites)          // want `GET /restapi/v1.0/account/~/sites \(listSites\) needs \[ReadAccounts\]`
	c.ListArea(ctx, AreaQueues) // want `GET /restapi/v1.0/account/~/call-queues \(listCallQueues\) needs \[ReadAccounts\]`
	c.Get(ctx, Presence, "~")   // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
