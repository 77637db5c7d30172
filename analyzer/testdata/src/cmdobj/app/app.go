package app // want package:`needs\(\[EditCallLog, ReadCallLog\]\) wrappers=true module=""`

// Package app executes lib's request objects: the operation is the
// request's type, its IDs the literal's fields.

import (
	"context"

	"cmdobj/lib"
)

func Calls(ctx context.Context, c *lib.Client) error { // want Calls:`requests\(.*`
	_, err := lib.Execute[[]byte](ctx, c, lib.ListCallLog{}) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	return err
}

func Clear(ctx context.Context, c *lib.Client, ext string) error { // want Clear:`requests\(.*`
	req := lib.DeleteCallLog{ExtensionID: ext}
	_, err := lib.Execute[struct{}](ctx, c, req) // want `DELETE /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	return err
}

// Unsent is a trap: a request object made and only logged is no request.
func Unsent() {
	r := lib.ListCallLog{AccountID: "~"}
	println(r.Method(), r.Path())
}
