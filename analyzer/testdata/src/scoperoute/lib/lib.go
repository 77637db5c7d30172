package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib joins paths below an account or an extension with value
// receivers whose fields hold the IDs: a variadic method passing its
// list on, appended to, to another. Each has routes for each number of
// parts, the account an ID only known at run time or "~".

import "path"

const restPrefix = "/restapi/v1.0"

type AccountScope struct{ ID string }

func orMe(id string) string {
	if id == "" {
		return "~"
	}
	return id
}

func (a AccountScope) Path(parts ...string) string { // want Path:`route\(\) variadic\(13\)`
	return path.Join(append([]string{restPrefix, "account", orMe(a.ID)}, parts...)...)
}

func (a AccountScope) Extension(id string) ExtensionScope { return ExtensionScope{a, id} }

type ExtensionScope struct {
	Account AccountScope
	ID      string
}

func (e ExtensionScope) Path(parts ...string) string { // want Path:`route\(\) variadic\(13\)`
	return e.Account.Path(append([]string{"extension", orMe(e.ID)}, parts...)...)
}
