package app // want package:`needs\(\[ReadCallLog, ReadMessages, ReadPresence, SMS, SubscriptionWebhook\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
	"net/url"

	"example.com/routemeth/routes"
)

type Client struct{ base string }

func (c *Client) Get(ctx context.Context, r routes.Route) error { return c.do(ctx, http.MethodGet, r) } // want Get:`requests\(GET https://platform\.ringcentral\.com\{\$1\}\)`

func (c *Client) Post(ctx context.Context, r routes.Route) error { // want Post:`requests\(POST https://platform\.ringcentral\.com\{\$1\}\)`
	return c.do(ctx, http.MethodPost, r)
}

func (c *Client) do(ctx context.Context, method string, r routes.Route) error { // want do:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.base+string(r), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// run's routes are another package's constants filled by its methods:
// Me through With, whose loop the callers run.
func run(ctx context.Context, c *Client, q url.Values) { // want run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/message\-store, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/sms, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/call\-log\)`
	c.Get(ctx, routes.MessageStore.Me().Query(q))     // want `GET /restapi/v1\.0/account/\~/extension/\~/message\-store \(listMessages\) needs \[ReadMessages\]`
	c.Post(ctx, routes.SMS.Me())                      // want `POST /restapi/v1\.0/account/\~/extension/\~/sms \(createSMSMessage\) needs \[SMS\]`
	c.Get(ctx, routes.CallLog.With("accountId", "~")) // want `GET /restapi/v1\.0/account/\~/call\-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// filters are Routes; subscribe converts each to the text it sends.
func filters() []routes.Route {
	return []routes.Route{
		routes.MessageStore.Me().Query(url.Values{"type": {"SMS"}}), // want `event filter /restapi/v1\.0/account/\~/extension/\~/message\-store needs \[ReadMessages\]`
		routes.Presence.Me(), // want `event filter /restapi/v1\.0/account/\~/extension/\~/presence needs \[ReadPresence\]`
	}
}

func subscribe(ctx context.Context, c *Client) { // want subscribe:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/subscription\)`
	var eventFilters []string
	for _, f := range filters() {
		eventFilters = append(eventFilters, string(f))
	}
	body := map[string]any{"eventFilters": eventFilters, "deliveryMode": map[string]string{"transportType": "WebHook"}} // want `subscription transport WebHook needs \[SubscriptionWebhook\]`
	_ = body
	c.Post(ctx, routes.Subscriptions)
}

func main() { // want main:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/message\-store, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/sms, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/call\-log\)`
	run(context.Background(), &Client{base: "https://platform.ringcentral.com"}, nil)
}
