package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib is a client whose callers pass the options that set each
// request's route: only the caller's package says which.

import (
	"context"
	"net/http"
)

type Option func(*http.Request)

func WithPath(p string) Option { return func(r *http.Request) { r.URL.Path = p } }

func Send(ctx context.Context, method string, opts ...Option) error { // want Send:`requests\(\{\$1\} https://platform\.ringcentral\.com/\{\}\)`
	req, err := http.NewRequestWithContext(ctx, method, "https://platform.ringcentral.com", nil)
	if err != nil {
		return err
	}
	for _, o := range opts {
		o(req)
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
