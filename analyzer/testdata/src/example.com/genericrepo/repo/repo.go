package repo // want package:`needs\(\[\]\) wrappers=true module=""`

// Package repo is a generic repository whose routes are what a method of
// its element type returns, called on the zero value.

import (
	"context"
	"net/http"
)

type Resource interface {
	CollectionPath(accountID string) string
}

type Repository[T Resource] struct {
	hc        *http.Client
	accountID string
}

func New[T Resource](hc *http.Client, accountID string) *Repository[T] {
	return &Repository[T]{hc: hc, accountID: accountID}
}

func (r *Repository[T]) collection() string {
	var zero T
	return zero.CollectionPath(r.accountID)
}

func (r *Repository[T]) List(ctx context.Context) error { // want List:`requests\(GET https://platform.ringcentral.com\{\$4608\}\?page=1\)`
	return send(ctx, r.hc, http.MethodGet, r.collection()+"?page=1")
}

func (r *Repository[T]) Delete(ctx context.Context, id string) error { // want Delete:`requests\(DELETE https://platform.ringcentral.com\{\$4608\}/\{\$1\}\)`
	return send(ctx, r.hc, http.MethodDelete, r.collection()+"/"+id)
}

// Fetch is a generic function with the type argument its own.
func Fetch[T Resource](ctx context.Context, hc *http.Client) error { // want Fetch:`requests\(GET https://platform.ringcentral.com\{\$4608\}\)`
	var zero T
	return send(ctx, hc, http.MethodGet, zero.CollectionPath("~"))
}

func send(ctx context.Context, hc *http.Client, method, path string) error { // want send:`requests\(\{\$2\} https://platform.ringcentral.com\{\$3\}\)`
	req, err := http.NewRequestWithContext(ctx, method, "https://platform.ringcentral.com"+path, nil)
	if err != nil {
		return err
	}
	_, err = hc.Do(req)
	return err
}
