package app // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
	"net/url"
	"path"
	"strings"

	"example.com/registry/ops"
)

func Run(ctx context.Context) error {
	e := &ops.Executor{BaseURL: "https://platform.ringcentral.com", Defaults: map[string]string{"accountId": "~"}}
	return e.Run(ctx, "calls.list", nil)
}

type Twilio struct{ SID string }

type Env struct{ Twilio Twilio }

// Alert posts to another company's API whose path holds a field: no
// route field of RingCentral's left unanswered, and no unresolved request.
func (e *Env) Alert(ctx context.Context) error { // want Alert:`requests\(POST https://api\.twilio\.com/2010-04-01/Accounts/\{\$320\}/Messages\.json\)`
	tw := e.Twilio
	u := url.URL{Scheme: "https", Host: "api.twilio.com", Path: path.Join("/2010-04-01/Accounts", tw.SID, "Messages.json")}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), strings.NewReader("Body=down"))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
