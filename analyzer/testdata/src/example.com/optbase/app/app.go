package app // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// Package app points the client at RingCentral's sandbox.

import (
	"context"
	"net/http"

	"example.com/optbase/rc"
)

func Sync(ctx context.Context) error { // want Sync:`requests\(GET https://platform\.devtest\.ringcentral\.com/restapi/v1\.0/account/~/call-log\)`
	c := rc.New(rc.WithBaseURL("https://platform.devtest.ringcentral.com"), rc.WithHTTPClient(http.DefaultClient))
	return c.CallLog(ctx) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}
