// Package rc invokes endpoints by name from a table, filling each
// template's placeholders in a loop that cuts the template as it goes: the
// flow's values of the loop include the cut text, which knows nothing of
// the path, beside the filled template, which is the request.
package rc

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type endpoint struct{ method, path string }

var endpoints = map[string]endpoint{
	"calllog":   {http.MethodGet, "/restapi/v1.0/account/{accountId}/call-log"},
	"recording": {http.MethodGet, "/restapi/v1.0/account/{accountId}/recording/{recordingId}/content"},
}

type Client struct{ HC *http.Client }

func (c *Client) Invoke(ctx context.Context, name string, params map[string]string) error {
	ep, ok := endpoints[name]
	if !ok {
		return fmt.Errorf("unknown endpoint %q", name)
	}
	path, err := expand(ep.path, params)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, ep.method, "https://platform.ringcentral.com"+path, nil)
	if err != nil {
		return err
	}
	_, err = c.HC.Do(req)
	return err
}

func expand(tmpl string, p map[string]string) (string, error) {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String(), nil
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("bad template %q", tmpl)
		}
		val, ok := p[tmpl[i+1:i+j]]
		if !ok {
			val = "~"
		}
		b.WriteString(tmpl[:i])
		b.WriteString(url.PathEscape(val))
		tmpl = tmpl[i+j+1:]
	}
}
