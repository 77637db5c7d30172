package rc // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

// Package rc makes requests from descriptors its callers give.

import (
	"context"
	"net/http"
)

type Request struct{ Route, ExtensionID string }

type Worker struct{ HC *http.Client }

func (w *Worker) Do(ctx context.Context, r Request) error { // want Do:`requests\(GET https://platform\.ringcentral\.com\{\$1280\}\)`
	return w.send(ctx, "https://platform.ringcentral.com"+r.Route)
}

func (w *Worker) Extension(ctx context.Context, r Request) error { // want Extension:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/\{\$1281\}\)`
	return w.send(ctx, "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/"+r.ExtensionID) // want `GET /restapi/v1\.0/account/~/extension/\{extensionId\} \(readExtension\) needs \[ReadAccounts\]`
}

func (w *Worker) send(ctx context.Context, url string) error { // want send:`requests\(GET \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := w.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
