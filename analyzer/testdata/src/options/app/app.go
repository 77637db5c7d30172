package app // want package:`needs\(\[ReadAccounts, ReadCallLog, SMS\]\) wrappers=true module=""`

import (
	"context"

	"options/rc"
)

func Run(ctx context.Context, c *rc.Client) { // want Run:`requests\(.*`
	c.Do(ctx, rc.GET("/restapi/v1.0/account/{accountId}/call-log"))                                                       // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	c.Do(ctx, rc.POST("/restapi/v1.0/account/{accountId}/extension/{extensionId}/sms"), rc.PathParam("extensionId", "~")) // want `POST /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/sms \(createSMSMessage\) needs \[SMS\]`
	c.Do(ctx, rc.GET("/restapi/v1.0/account/{accountId}/extension/{extensionId}"), rc.PathParam("extensionId", "~"))
}
