package app // want package:`needs\(\[ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// Package app ranges over an iterator of another package's generic
// collection: the func List returns reads its receiver's base, which the
// constructor set, so the request is the List call's, made where the
// range runs. A collection made and never listed makes no list request.

import (
	"context"

	"example.com/iterators/rc"
)

func Sync(ctx context.Context) { // want Sync:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log, GET .*/presence\)`
	c := rc.New()
	calls := rc.NewCollection[int](c, "/restapi/v1.0/account/~/call-log")
	recordings := rc.NewCollection[int](c, "/restapi/v1.0/account/~/recording")
	presence := rc.NewCollection[int](c, "/restapi/v1.0/account/~/presence")
	for x, err := range calls.List(ctx) { // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
		_, _ = x, err
		drain(ctx, presence) // want `GET /restapi/v1.0/account/~/presence \(readAccountPresence\) needs \[ReadPresence\]`
	}
	drain(ctx, presence) // want `GET /restapi/v1.0/account/~/presence \(readAccountPresence\) needs \[ReadPresence\]`
	_ = recordings
}

// drain lists a collection its caller made: the collection's base is its
// callers' to tell, inside the range loop's body as outside it.
func drain(ctx context.Context, col *rc.Collection[int]) { // want drain:`requests\(GET https://platform.ringcentral.com\{\$1281\}\)`
	for range col.List(ctx) {
	}
}
