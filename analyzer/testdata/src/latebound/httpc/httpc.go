// Package httpc implements rc.Doer without importing it: an HTTP client,
// a logging decorator, a mock aimed at another server, and a look-alike
// whose method differs.
package httpc

import (
	"context"
	"net/http"
)

type Client struct {
	Base string
	H    *http.Client
}

func (c *Client) Do(ctx context.Context, method, path string) error {
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, nil)
	if err != nil {
		return err
	}
	_, err = c.H.Do(req)
	return err
}

// Logging decorates any Doer.
type Logging struct {
	Next interface {
		Do(ctx context.Context, method, path string) error
	}
}

func (l Logging) Do(ctx context.Context, method, path string) error {
	println(method, path)
	return l.Next.Do(ctx, method, path)
}

// Mock sends to a test server, never RingCentral.
type Mock struct{ H *http.Client }

func (m Mock) Do(ctx context.Context, method, path string) error {
	req, err := http.NewRequestWithContext(ctx, method, "https://mock.example.com"+path, nil)
	if err != nil {
		return err
	}
	_, err = m.H.Do(req)
	return err
}

// Fetcher's Do takes no method: it implements nothing of rc, and a route
// handed to rc.Doer never reaches it.
type Fetcher struct{ H *http.Client }

func (f Fetcher) Do(ctx context.Context, path string) error {
	_, err := f.H.Get("https://api.example.com/v1/" + path)
	return err
}

// StdLogger implements rc.Logger, and requests nothing.
type StdLogger struct{}

func (StdLogger) Log(msg string) { println(msg) }
