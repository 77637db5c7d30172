package app // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"context"
	"log"
	"net/http"

	"example.com/callbacks/lib"
)

func fetch(ctx context.Context, url string) error { // want fetch:`requests\(GET \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type client struct{ hc *http.Client }

func (c *client) remove(ctx context.Context, url string) error { // want remove:`requests\(DELETE \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, url, nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

// A getter that only logs the URL it is handed: no request.
func logOnly(_ context.Context, url string) error {
	log.Println("would fetch", url)
	return nil
}

// forward hands its caller's getter on: the callers of forward name it.
func forward(ctx context.Context, get func(context.Context, string) error) error { // want forward:`requests\(via \$1\(\{\}, https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\)\)`
	return lib.Each(ctx, get)
}

func Main(ctx context.Context) { // want Main:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\)`
	lib.Each(ctx, fetch) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	c := &client{hc: http.DefaultClient}
	lib.Each(ctx, c.remove) // want `DELETE /restapi/v1\.0/account/~/call-log \(deleteAccountCallLog\) is missing from RingCentral's current API reference: a legacy route RingCentral still serves` `DELETE /restapi/v1\.0/account/~/call-log \(deleteAccountCallLog\) needs \[EditCallLog\]`
	lib.Each(ctx, logOnly)
	lib.Pages(ctx, func(int) string { return "https://platform.ringcentral.com/restapi/v1.0/account/~/extension" }, fetch) // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
	forward(ctx, fetch)                                                                                                    // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}
