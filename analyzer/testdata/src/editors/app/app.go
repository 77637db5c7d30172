package app // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"editors/lib"
)

// The options of another package's client are not followed yet: the
// request is unresolved, not passed over in silence.
func Run(ctx context.Context) { // want Run:`requests\(GET https://platform\.ringcentral\.com/\{\}\)`
	lib.Send(ctx, http.MethodGet, lib.WithPath("/restapi/v1.0/account/~/call-log")) // want `GET /\{\}: rcperm cannot tell which RingCentral operation this request calls`
}
