// Package rc is a client whose server its users give: its call-log // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`
// request goes to a path only RingCentral serves, so its SCIM request,
// on the same server field, is RingCentral's too. Directory is a client
// of the same shape with SCIM requests only: its server may be any
// company's identity provider.
package rc

import (
	"context"
	"net/http"
)

type Client struct {
	Server string
	HC     *http.Client
}

func (c *Client) invoke(ctx context.Context, method, path string) error { // want invoke:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Server+path, nil)
	if err != nil {
		return err
	}
	_, err = c.HC.Do(req)
	return err
}

func (c *Client) CallLog(ctx context.Context) error { // want CallLog:`requests\(GET \{\$256\}/restapi/v1\.0/account/\~/call\-log\)`
	return c.invoke(ctx, http.MethodGet, "/restapi/v1.0/account/~/call-log")
}

func (c *Client) Users(ctx context.Context) error { // want Users:`requests\(GET \{\$256\}/scim/v2/Users\)`
	return c.invoke(ctx, http.MethodGet, "/scim/v2/Users")
}

type Directory struct {
	Server string
}

func (d *Directory) Users(ctx context.Context) error { // want Users:`requests\(GET \{\$256\}/scim/v2/Users\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.Server+"/scim/v2/Users", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
