package gateway // want package:`needs\(\[ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// Each call sends the endpoint its constructor made: the token request
// is the token's alone, and send's callers know their endpoints.

import (
	"context"
	"net/http"

	"example.com/epvalues/endpoints"
)

type Gateway struct{ server string }

func (g *Gateway) Token(ctx context.Context) error { // want Token:`requests\(POST \{\}/restapi/oauth/token\)`
	ep := endpoints.Token()
	req, err := http.NewRequestWithContext(ctx, ep.Method, g.server+ep.Path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func (g *Gateway) send(ctx context.Context, ep endpoints.Endpoint) error { // want send:`requests\(\{\$1280\} \{\}\{\$1281\}\)`
	req, err := http.NewRequestWithContext(ctx, ep.Method, g.server+ep.Path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func (g *Gateway) CallLog(ctx context.Context) error { // want CallLog:`requests\(GET \{\}/restapi/v1.0/account/~/call-log\)`
	return g.send(ctx, endpoints.CompanyCallLog("~")) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\)`
}

func (g *Gateway) Presence(ctx context.Context) error { // want Presence:`requests\(GET \{\}/restapi/v1.0/account/~/presence\)`
	ep := endpoints.Presence("~")
	return g.send(ctx, ep) // want `GET /restapi/v1.0/account/~/presence \(readAccountPresence\)`
}
