// Package rc is the app's own thin RingCentral client: the wrappers the rest
// of the app calls.
package rc

import (
	"context"
	"fmt"
	"net/http"
)

// Client sends requests to the RingCentral server it is configured with.
type Client struct {
	Server string
	HTTP   *http.Client
}

// Get sends a GET for path.
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	return c.Do(ctx, http.MethodGet, path)
}

// Do sends a request with any method.
func (c *Client) Do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.Server+path, nil)
	if err != nil {
		return nil, err
	}
	return c.HTTP.Do(req)
}

// AccountPath builds the path of an account resource.
func AccountPath(resource string) string {
	return "/restapi/v1.0/account/~/" + resource
}

// RecordingContentPath builds the path of a recording's media.
func RecordingContentPath(id string) string {
	return fmt.Sprintf("/restapi/v1.0/account/~/recording/%s/content", id)
}
