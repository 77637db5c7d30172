// Command realsdk calls RingCentral through the three public Go SDKs, at
// the versions the module proxy serves: rcperm's test that its models of
// the SDKs match the real modules.
package main

import (
	"context"

	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"
	rcsdk "github.com/grokify/ringcentral-sdk-go"
	rcgo "github.com/ringcentral/ringcentral-go"
)

func main() {
	ctx := context.Background()
	client := ringcentral.NewAPIClient(ringcentral.NewConfiguration())
	client.CallLogApi.LoadExtensionCallLog(ctx, "~", "~", nil)
	client.CallLogApi.DeleteAccountCallLog(ctx, "~", nil)

	rc := rcgo.RestClient{Server: "https://platform.ringcentral.com"}
	rc.Get("/restapi/v1.0/account/~/recording/1/content")

	sdk := rcsdk.NewSdk("key", "secret", rcsdk.RC_SERVER_PRODUCTION)
	p := sdk.GetPlatform()
	p.Delete("/account/~/extension/~/call-log", nil, nil, nil)
	p.Get("/account/~/extension/~", nil, nil, nil)
}
