package urlvalue // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// A url.URL built by a helper and handed on by value: each call's URL is
// its own arguments', not every call's.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

type Env struct {
	Host    string
	Account string
}

func (e *Env) endpoint(p string, q url.Values) url.URL {
	return url.URL{Scheme: "https", Host: e.Host, Path: p, RawQuery: q.Encode()}
}

func (e *Env) send(ctx context.Context, method string, u url.URL) error { // want send:`requests\(\{\$1\} \{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func get[T any](ctx context.Context, e *Env, u url.URL) (T, error) { // want get:`requests\(GET \{\$2\}\)`
	var out T
	return out, e.send(ctx, http.MethodGet, u)
}

func (e *Env) CallLog(ctx context.Context, ext string) error { // want CallLog:`requests\(GET https://\{\$256\}/restapi/v1.0/account/\{\$257\}/extension/\{\$1\}/call-log\?\{\}\)` CallLog:`effects`
	p := fmt.Sprintf("/restapi/v1.0/account/%s/extension/%s/call-log", e.Account, ext)
	_, err := get[int](ctx, e, e.endpoint(p, nil)) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\)`
	return err
}

func (e *Env) Direct(ctx context.Context) error { // want Direct:`requests\(GET https://\{\$256\}/restapi/v1.0/account/~/presence\?\{\}\)`
	return e.send(ctx, http.MethodGet, e.endpoint("/restapi/v1.0/account/~/presence", nil)) // want `GET /restapi/v1.0/account/~/presence \(readAccountPresence\)`
}

func (e *Env) Literal(ctx context.Context) error { // want Literal:`requests\(GET https://\{\$256\}/restapi/v1.0/account/~/extension\)`
	u := url.URL{Scheme: "https", Host: e.Host, Path: "/restapi/v1.0/account/~/extension"}
	return e.send(ctx, http.MethodGet, u) // want `GET /restapi/v1.0/account/~/extension \(listExtensions\)`
}
