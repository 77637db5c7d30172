package dynamic // want package:`needs\(.*`

// Package dynamic reaches its forwarders through an interface and a method
// value, which the value flow follows to their calls, and through no call
// at all, where the forwarder's request is unresolved: silence would be a
// pass.

import (
	"context"
	"net/http"
)

const server = "https://platform.ringcentral.com"

// API is what the service code sees of the client.
type API interface {
	Get(ctx context.Context, path string) (*http.Response, error)
}

type client struct{ hc *http.Client }

func (c *client) Get(ctx context.Context, path string) (*http.Response, error) { // want Get:`requests\(.*`
	req, err := http.NewRequestWithContext(ctx, "GET", server+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

func (c *client) Delete(ctx context.Context, path string) (*http.Response, error) { // want Delete:`requests\(.*`
	req, err := http.NewRequestWithContext(ctx, "DELETE", server+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// post is called by no one rcperm sees.
func post(path string) { // want post:`requests\(.*`
	http.Post(server+path, "application/json", nil) // want `POST /\{\}: rcperm cannot tell which RingCentral operation`
}

// put is called by name: its callers resolve it.
func put(path string) { // want put:`requests\(.*`
	req, _ := http.NewRequest("PUT", server+path, nil)
	http.DefaultClient.Do(req)
}

func service(ctx context.Context, api API, c *client) { // want service:`requests\(.*`
	api.Get(ctx, "/restapi/v1.0/account/~/call-log") // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	del := c.Delete
	del(ctx, "/restapi/v1.0/account/~/call-log") // want `\(deleteAccountCallLog\) is missing from RingCentral's current API reference` `\(deleteAccountCallLog\) needs \[EditCallLog\]`
	put("/restapi/v1.0/account/~/extension/~")   // want `\(updateExtension\) needs \[EditExtensions\]`
}

func main() { // want main:`requests\(.*`
	service(context.Background(), &client{hc: http.DefaultClient}, &client{})
}
