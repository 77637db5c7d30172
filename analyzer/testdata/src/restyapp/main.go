package main // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Command restyapp calls RingCentral through go-resty/resty v2 and
// hashicorp/go-retryablehttp.

import (
	"context"

	"github.com/go-resty/resty/v2"
	retryablehttp "github.com/hashicorp/go-retryablehttp"
)

func main() { // want main:`requests\(.*`
	client := resty.New().SetBaseURL("https://platform.ringcentral.com")
	client.R().SetQueryParam("view", "Detailed").Get("/restapi/v1.0/account/~/call-log")                       // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	client.R().SetPathParam("accountId", "~").Delete("/restapi/v1.0/account/{accountId}/extension/~/call-log") // want `DELETE /restapi/v1.0/account/\{accountId\}/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	ids := map[string]string{"accountId": "~", "extensionId": "~"}
	client.R().SetPathParams(ids).Execute("get", "/restapi/v1.0/account/{accountId}/extension/{extensionId}/active-calls") // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/active-calls \(listExtensionActiveCalls\) needs \[ReadCallLog\]`
	client.R().Get("/restapi/v1.0/account/~/extension/~")                                                                  // granted

	rc := retryablehttp.NewClient()
	rc.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-sync")                                                                         // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`
	req, _ := retryablehttp.NewRequestWithContext(context.Background(), "GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/active-calls", nil) // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
	rc.Do(req)
}
