package rc // want package:`needs\(\[ReadPresence\]\) wrappers=true module=""`

// Package rc sends commands: Execute switches on the command's concrete
// type for the method and path, then sends. A call passing one command
// type makes that case's request, not every case's.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

type Command interface{ command() }

type ListCallLog struct{ ExtensionID string }
type ReadPresence struct{ ExtensionID string }
type SendSMS struct{ Text string }
type ReadAccount struct{}

// Ping is a command no case handles: the default's error, no request.
type Ping struct{}

func (ListCallLog) command()  {}
func (ReadPresence) command() {}
func (*SendSMS) command()     {}
func (ReadAccount) command()  {}
func (Ping) command()         {}

type Client struct{ hc *http.Client }

func (c *Client) Execute(ctx context.Context, cmd Command) error { // want Execute:`dispatch\(2, 5 cases\)` Execute:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\{\}/call\-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\{\}/presence, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/sms, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~\)`
	var method, path string
	switch cmd := cmd.(type) {
	case ListCallLog:
		method, path = http.MethodGet, "/restapi/v1.0/account/~/extension/"+url.PathEscape(cmd.ExtensionID)+"/call-log"
	case ReadPresence:
		method, path = http.MethodGet, fmt.Sprintf("/restapi/v1.0/account/~/extension/%s/presence", cmd.ExtensionID)
	case *SendSMS:
		method, path = http.MethodPost, "/restapi/v1.0/account/~/extension/~/sms"
	case ReadAccount:
		method, path = http.MethodGet, "/restapi/v1.0/account/~"
	default:
		return fmt.Errorf("unknown command %T", cmd)
	}
	return c.send(ctx, method, path)
}

func (c *Client) send(ctx context.Context, method, path string) error { // want send:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, "https://platform.ringcentral.com"+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Presence is a call of the package's own: its case only.
func (c *Client) Presence(ctx context.Context, ext string) error { // want Presence:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\{\}/presence\)`
	return c.Execute(ctx, ReadPresence{ExtensionID: ext}) // want `GET /restapi/v1\.0/account/\~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
