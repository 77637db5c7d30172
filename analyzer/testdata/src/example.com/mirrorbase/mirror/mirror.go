package mirror // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

// Package mirror reads call logs from servers its callers give: an
// archive that copies RingCentral's paths, and RingCentral. Checked one
// package at a time (go vet), both requests are RingCentral's, a server
// known only at run time being possibly RingCentral's; the standalone
// driver, seeing that main gives Archive another service's server only,
// drops Archive's findings.

import (
	"context"
	"net/http"
)

type Archive struct {
	Base string
	HC   *http.Client
}

func (a *Archive) Extensions(ctx context.Context) error { // want Extensions:`requests\(GET \{\$256\}/restapi/v1\.0/account/~/extension\)`
	return get(ctx, a.HC, a.Base+"/restapi/v1.0/account/~/extension") // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
}

type Client struct {
	Base string
	HC   *http.Client
}

func (c *Client) Extensions(ctx context.Context) error { // want Extensions:`requests\(GET \{\$256\}/restapi/v1\.0/account/~/extension\)`
	return get(ctx, c.HC, c.Base+"/restapi/v1.0/account/~/extension") // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
}

func get(ctx context.Context, hc *http.Client, url string) error { // want get:`requests\(GET \{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
