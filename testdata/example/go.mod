// An example RingCentral app for rcperm's demo and end-to-end tests. It uses
// the SDK stand-ins under ../src, which have the real import paths.
module example.com/callcenter

go 1.26

require (
	github.com/acme/rcwrap v1.0.0
	github.com/antihax/optional v1.0.0
	github.com/grokify/go-ringcentral-client v0.3.25
	github.com/grokify/ringcentral-sdk-go v0.3.10
	github.com/ringcentral/ringcentral-go v0.8.0
)

replace (
	github.com/acme/rcwrap => ../src/github.com/acme/rcwrap
	github.com/antihax/optional => ../src/github.com/antihax/optional
	github.com/grokify/go-ringcentral-client => ../src/github.com/grokify/go-ringcentral-client
	github.com/grokify/ringcentral-sdk-go => ../src/github.com/grokify/ringcentral-sdk-go
	github.com/ringcentral/ringcentral-go => ../src/github.com/ringcentral/ringcentral-go
)
