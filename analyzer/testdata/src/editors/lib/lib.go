package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib is a client whose callers pass the options that set each
// request's route: only the caller's package says which. Each option
// constructor exports what it makes of a URL; Send and SendJSON where the
// options go.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type Option func(*http.Request) error

func WithPath(format string, args ...any) Option { // want WithPath:`editor\(5 arities\)`
	return func(req *http.Request) error {
		p := format
		if len(args) > 0 {
			escaped := make([]any, len(args))
			for i, a := range args {
				escaped[i] = url.PathEscape(fmt.Sprint(a))
			}
			p = fmt.Sprintf(format, escaped...)
		}
		ref, err := url.Parse(p)
		if err != nil {
			return err
		}
		req.URL = req.URL.ResolveReference(ref)
		return nil
	}
}

func WithSuffix(segment string) Option { // want WithSuffix:`editor\(1 arities\)`
	return func(req *http.Request) error {
		req.URL.Path = strings.TrimRight(req.URL.Path, "/") + "/" + segment
		return nil
	}
}

// WithHeader keeps the URL: no fact.
func WithHeader(k, v string) Option {
	return func(req *http.Request) error { req.Header.Set(k, v); return nil }
}

// SetPath edits the request it is handed.
func SetPath(req *http.Request, p string) { req.URL.Path = p } // want SetPath:`editor\(1 arities\)`

func Send(ctx context.Context, method string, opts ...Option) error { // want Send:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$179\}\)`
	req, err := http.NewRequestWithContext(ctx, method, "https://platform.ringcentral.com", nil)
	if err != nil {
		return err
	}
	for _, o := range opts {
		if err := o(req); err != nil {
			return err
		}
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// SendJSON hands its options on.
func SendJSON(ctx context.Context, method string, out any, opts ...Option) error { // want SendJSON:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$180\}\)`
	return Send(ctx, method, opts...)
}

// SendTo sends to a server of the caller's, edited by one option.
func SendTo(ctx context.Context, server string, edit Option) error { // want SendTo:`requests\(GET \{\$1\}\{\$179\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, server, nil)
	if err != nil {
		return err
	}
	if err := edit(req); err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Edited sends a request its caller's helper edits.
func Edited(ctx context.Context, p string) error { // want Edited:`requests\(POST https://platform\.ringcentral\.com\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://platform.ringcentral.com", nil)
	if err != nil {
		return err
	}
	SetPath(req, p)
	_, err = http.DefaultClient.Do(req)
	return err
}
