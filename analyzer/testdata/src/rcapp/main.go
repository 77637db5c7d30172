package main // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog, ReadCallRecording\]\) wrappers=true module=""`

// Command rcapp calls RingCentral through the rcclient wrappers. Within one
// module, a request whose operation is fixed in a wrapper is reported where
// it is made, not again at each call of the wrapper. GOPATH mode names no
// module, and a module not known is another module: such calls are reported
// here too (the example app, in module mode, has the single report:
// TestHostModule).

import (
	"context"

	"rcclient"
)

func main() { // want main:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log, DELETE .*`
	ctx := context.Background()
	c := &rcclient.Client{Server: "https://platform.ringcentral.com"}
	calls(ctx, c, "abc") // calls' requests are reported inside it
}

func calls(ctx context.Context, c *rcclient.Client, id string) { // want calls:`requests\(.*`
	c.Get(ctx, "/restapi/v1.0/account/~/extension/~/call-log")          // want `GET /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant`
	c.Do(ctx, "delete", "/restapi/v1.0/account/~/extension/~/call-log") // want `DELETE /restapi/v1.0/account/~/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	c.Get(ctx, rcclient.CallRecordPath(id))                             // want `GET /restapi/v1.0/account/~/call-log/\{callRecordId\} \(readCompanyCallRecord\) needs \[ReadCallLog\]`
	c.Get(ctx, rcclient.ExtensionPath("~", "call-log-sync"))            // want `\(syncUserCallLog\) needs \[ReadCallLog\]`
	c.ListCallLog(ctx)                                                  // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	c.Recording(ctx, id)                                                // want `GET /restapi/v1.0/account/~/recording/\{recordingId\} \(readCallRecording\) needs \[ReadCallLog, ReadCallRecording\]`
	c.Get(ctx, "/restapi/v1.0/account/~/call-logz")                     // want `GET /restapi/v1.0/account/~/call-logz: no such RingCentral operation; did you mean GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\)\?`
	c.Get(ctx, "/restapi/v1.0/account/~/extension/~")                   // granted
	fetch(ctx, c)                                                       // reported in fetch
}

// fetch needs a fixed operation through a wrapper in another package.
func fetch(ctx context.Context, c *rcclient.Client) { // want fetch:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log/1\)`
	c.Get(ctx, rcclient.ExtensionPath("~", "call-log/1")) // want `\(readUserCallRecord\) needs \[ReadCallLog\]`
}
