package app // want package:`needs\(\[ReadCallLog, SMS\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"keyed/routes"
)

const server = "https://platform.ringcentral.com"

// The operation the name picks, not every entry of the table: the
// extension.drop entry nothing asks for is no request.
func CallLog(ctx context.Context) { // want CallLog:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\)`
	op := routes.MustLookup("calllog.company")
	http.NewRequestWithContext(ctx, op.Method, server+op.Template, nil) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func SMS(ctx context.Context) { // want SMS:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/sms\)`
	if op, ok := routes.Lookup("sms.send"); ok {
		http.NewRequestWithContext(ctx, op.Method, server+op.Template, nil) // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	}
}
