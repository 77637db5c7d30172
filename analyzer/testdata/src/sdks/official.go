package sdks

import (
	"bytes"
	"fmt"

	"github.com/grokify/ringcentral-sdk-go"
	rcgo "github.com/ringcentral/ringcentral-go"
)

// github.com/ringcentral/ringcentral-go takes full /restapi/... paths.
func official(rc rcgo.RestClient, id string) { // want official:`requests\(.*`
	rc.Get("/restapi/v1.0/account/~/extension/~/call-log")                              // want `GET /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	rc.Get(fmt.Sprintf("/restapi/v1.0/account/~/recording/%s/content", id))             // want `\(readCallRecordingContent\) needs \[ReadCallRecording\]`
	rc.Delete("/restapi/v1.0/account/~/extension/~/call-log")                           // want `\(deleteUserCallLog\) needs \[EditCallLog\]`
	rc.Post("/restapi/v1.0/account/~/extension/~/sms", bytes.NewReader(nil))            // granted
	rc.Request("GET", "/restapi/v1.0/account/~/call-log-sync", "application/json", nil) // want `\(syncAccountCallLog\) needs \[ReadCallLog\]`
	rc.Put("/restapi/v1.0/account/~/extension/~/call-log", nil)                         // want `PUT /restapi/v1.0/account/~/extension/~/call-log: RingCentral has this path, but not with method PUT`
	rc.Patch("/glip/posts", nil)                                                        // want `PATCH /glip/posts: no such RingCentral operation`
}

// github.com/grokify/ringcentral-sdk-go's Platform takes paths relative to
// /restapi/v1.0.
func rcsdkPlatform(id string) { // want rcsdkPlatform:`requests\(.*`
	sdk := rcsdk.NewSdk("key", "secret", rcsdk.RC_SERVER_PRODUCTION)
	p := sdk.GetPlatform()
	p.Get("/account/~/extension/~/call-log", nil, nil, nil)      // want `GET /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	p.Delete("/account/~/call-recordings", nil, nil, nil)        // want `\(deleteCompanyCallRecordings\) needs \[EditCallLog\]`
	p.Post("/account/~/extension/~/sms", nil, nil, nil)          // granted
	p.Put("/account/~/extension/"+id+"/call-log", nil, nil, nil) // want `PUT /restapi/v1.0/account/~/extension/\{\}/call-log: RingCentral has this path, but not with method PUT`
}
