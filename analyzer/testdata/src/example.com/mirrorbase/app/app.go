package app // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/mirrorbase/mirror"
)

func Run(ctx context.Context) error { // want Run:`requests\(GET https://archive\.example\.com/restapi/v1\.0/account/~/extension, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\)`
	archive := &mirror.Archive{Base: "https://archive.example.com", HC: http.DefaultClient}
	if err := archive.Extensions(ctx); err != nil {
		return err
	}
	rc := &mirror.Client{Base: "https://platform.ringcentral.com", HC: http.DefaultClient}
	return rc.Extensions(ctx) // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
}
