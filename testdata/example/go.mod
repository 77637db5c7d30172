// An example RingCentral app for rcperm's demo and end-to-end tests. It uses
// the SDK stand-ins under ../../analyzer/testdata/src, which have the real
// import paths.
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
	github.com/acme/rcwrap => ../../analyzer/testdata/src/github.com/acme/rcwrap
	github.com/antihax/optional => ../../analyzer/testdata/src/github.com/antihax/optional
	github.com/grokify/go-ringcentral-client => ../../analyzer/testdata/src/github.com/grokify/go-ringcentral-client
	github.com/grokify/ringcentral-sdk-go => ../../analyzer/testdata/src/github.com/grokify/ringcentral-sdk-go
	github.com/ringcentral/ringcentral-go => ../../analyzer/testdata/src/github.com/ringcentral/ringcentral-go
)
