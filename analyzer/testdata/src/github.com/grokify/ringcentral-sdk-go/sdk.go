// Package rcsdk stands in for the root package of
// github.com/grokify/ringcentral-sdk-go v0.3.10 in rcperm's tests: the README
// obtains a platform.Platform through NewSdk and GetPlatform. The real
// package is also named rcsdk although its import path ends in
// ringcentral-sdk-go.
package rcsdk

import (
	"github.com/grokify/ringcentral-sdk-go/rcsdk/core"
	"github.com/grokify/ringcentral-sdk-go/rcsdk/platform"
)

// The servers the README passes to NewSdk.
const (
	RC_SERVER_PRODUCTION string = "https://platform.ringcentral.com"
	RC_SERVER_SANDBOX    string = "https://platform.devtest.ringcentral.com:443"
)

// Sdk holds the platform, as the real one does.
type Sdk struct {
	platform platform.Platform
	context  core.Context
}

// NewSdk has the real signature.
func NewSdk(appKey string, appSecret string, server string) Sdk {
	sdk := Sdk{context: core.NewContext()}
	sdk.platform = platform.NewPlatform(sdk.context, appKey, appSecret, server)
	return sdk
}

// GetPlatform returns the platform to send requests with.
func (sdk *Sdk) GetPlatform() platform.Platform {
	return sdk.platform
}

// GetContext returns the SDK's request context.
func (sdk *Sdk) GetContext() core.Context {
	return sdk.context
}
