package repo // want package:`needs\(\[\]\) wrappers=true module=""`

// Package repo is a generic repository over a resource descriptor.

import (
	"context"
	"net/http"

	"example.com/wiredrepo/resource"
	"example.com/wiredrepo/rest"
)

type Repo[T any] struct {
	client *rest.Client
	desc   resource.Descriptor
	scope  resource.Scope
}

func New[T any](c *rest.Client, d resource.Descriptor, s resource.Scope) *Repo[T] { // want New:`effects\(result 7 fields, receiver 0 fields\)`
	return &Repo[T]{client: c, desc: d, scope: s}
}

// Within returns a copy of the repository scoped to a parent object.
func (r *Repo[T]) Within(parentID string) *Repo[T] { // want Within:`effects\(result 7 fields, receiver 0 fields\)`
	cp := *r
	cp.scope.ParentID = parentID
	return &cp
}

func (r *Repo[T]) List(ctx context.Context) error { // want List:`requests\(GET \{\$320\}\{\$337\}\)`
	return r.client.Do(ctx, http.MethodGet, r.desc.CollectionPath(r.scope))
}

func (r *Repo[T]) Create(ctx context.Context) error { // want Create:`requests\(POST \{\$320\}\{\$337\}\)`
	return r.client.Do(ctx, http.MethodPost, r.desc.CollectionPath(r.scope))
}

func (r *Repo[T]) Delete(ctx context.Context, id string) error { // want Delete:`requests\(DELETE \{\$320\}\{\$338\}\)`
	return r.client.Do(ctx, http.MethodDelete, r.desc.ItemPath(r.scope, id))
}

func (r *Repo[T]) ListDirect(ctx context.Context) error { // want ListDirect:`requests\(GET \{\$320\}\{\$337\}\)`
	return r.client.Do(ctx, http.MethodGet, r.desc.Collection)
}
