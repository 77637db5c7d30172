package rc // want package:`needs\(\[ReadPresence\]\) wrappers=true module=""`

// rc owns the HTTP client in one goroutine: requests arrive as messages.

import (
	"context"
	"net/http"
)

type Request struct {
	Method, Path string
	Reply        chan error
}

type Presence struct {
	ExtID string
	Reply chan error
}

type Actor struct {
	Inbox    chan Request
	Presence chan Presence
	HC       *http.Client
}

func (a *Actor) Run(ctx context.Context) { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/\{\}/presence\)`
	for {
		select {
		case m := <-a.Inbox:
			m.Reply <- a.do(ctx, m.Method, "https://platform.ringcentral.com"+m.Path) // want `\{\} /\{\}`
		case p := <-a.Presence:
			p.Reply <- a.do(ctx, http.MethodGet, "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/"+p.ExtID+"/presence") // want `GET /restapi/v1\.0/account/~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
		}
	}
}

func (a *Actor) do(ctx context.Context, method, url string) error { // want do:`requests\(\{\$1\} \{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return err
	}
	resp, err := a.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
