package rc // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// Package rc dispatches on an operation's name: its fact gives each
// case's request. Every call of Invoke in the package passes a constant,
// or hands on its caller's (Do): the calls make the cases, and Invoke's
// own request, read with the name unknown, is made by no one here.

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

type Client struct{ server string }

func New() *Client { return &Client{server: "https://platform.ringcentral.com"} }

const ReadPresence = "readUserPresenceStatus"

func (c *Client) Invoke(ctx context.Context, op string, params map[string]string) error { // want Invoke:`requests\(GET .*/call-log, GET .*/presence, DELETE .*/extension/\{extensionId\}\)` Invoke:`dispatch\(2, 3 cases\)`
	var method, tmpl string
	switch op {
	case "listCompanyCallLog":
		method, tmpl = "GET", "/restapi/v1.0/account/{accountId}/call-log"
	case "readUserPresenceStatus":
		method, tmpl = "GET", "/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence"
	case "deleteExtension":
		method, tmpl = "DELETE", "/restapi/v1.0/account/{accountId}/extension/{extensionId}"
	default:
		return nil
	}
	path, query := fillTemplate(tmpl, params)
	target := c.server + path
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, target, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func fillTemplate(tmpl string, params map[string]string) (string, url.Values) {
	path := tmpl
	query := url.Values{}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ph := "{" + k + "}"
		if strings.Contains(path, ph) {
			path = strings.ReplaceAll(path, ph, url.PathEscape(params[k]))
			continue
		}
		query.Set(k, params[k])
	}
	return path, query
}

func (c *Client) Local(ctx context.Context) error { // want Local:`requests\(GET .*/call-log\)`
	return c.Invoke(ctx, "listCompanyCallLog", map[string]string{"accountId": "~"}) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\)`
}

// Do hands its operation on to Invoke unchanged: its cases are Invoke's.
func (c *Client) Do(ctx context.Context, op string) error { // want Do:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{accountId\}/call-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/presence, DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}\)` Do:`dispatch\(2, 3 cases\)`
	return c.Invoke(ctx, op, map[string]string{"accountId": "~", "extensionId": "~"})
}
