package rcclient // want package:`needs\(\[ReadCallLog, ReadCallRecording\]\) wrappers=true module=""`

// Package rcclient is a team's own RingCentral client: wrappers that other
// packages call, followed through facts.

import (
	"context"
	"fmt"
	"net/http"
)

// Client talks to the RingCentral server it is configured with.
type Client struct {
	Server string
	HTTP   *http.Client
}

// Get forwards its path into a request: a forwarder for parameter 1 (after ctx).
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) { // want Get:`requests\(GET \{\$256\}\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Server+path, nil) // the route is a parameter: nothing to check here
	if err != nil {
		return nil, err
	}
	return c.HTTP.Do(req)
}

// Do forwards both the method and the path.
func (c *Client) Do(ctx context.Context, method, path string) (*http.Response, error) { // want Do:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Server+path, nil)
	if err != nil {
		return nil, err
	}
	return c.HTTP.Do(req)
}

// ListCallLog sends a request whose operation is fixed inside it.
func (c *Client) ListCallLog(ctx context.Context) (*http.Response, error) { // want ListCallLog:`requests\(GET \{\$256\}/restapi/v1.0/account/~/call-log\)`
	return c.Get(ctx, "/restapi/v1.0/account/~/call-log") // granted here (ReadCallLog)
}

// Recording's operation is fixed; only the ID comes from its caller.
func (c *Client) Recording(ctx context.Context, id string) (*http.Response, error) { // want Recording:`requests\(GET \{\$256\}/restapi/v1.0/account/~/recording/\{\$1\}\)`
	return c.Get(ctx, "/restapi/v1.0/account/~/recording/"+id) // want `GET /restapi/v1.0/account/~/recording/\{recordingId\} \(readCallRecording\) needs \[ReadCallLog, ReadCallRecording\], of which rcperm.yaml does not grant \[ReadCallRecording\]`
}

// CallRecordPath is a route builder.
func CallRecordPath(id string) string { // want CallRecordPath:`route\(/restapi/v1.0/account/~/call-log/\{\$0\}\)`
	return fmt.Sprintf("/restapi/v1.0/account/~/call-log/%s", id)
}

// ExtensionPath is a route builder through another one.
func ExtensionPath(ext, resource string) string { // want ExtensionPath:`route\(/restapi/v1.0/account/~/extension/\{\$0\}/\{\$1\}\)`
	return accountPath() + "/extension/" + ext + "/" + resource
}

func accountPath() string { return "/restapi/v1.0/account/~" }
