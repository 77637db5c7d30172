module example.com/realsdk

go 1.26

require (
	github.com/grokify/go-ringcentral-client v0.3.25
	github.com/grokify/ringcentral-sdk-go v0.3.10
	github.com/ringcentral/ringcentral-go v0.8.0
)

require (
	github.com/antihax/optional v1.0.0 // indirect
	github.com/grokify/mogo v0.70.22 // indirect
	github.com/huandu/xstrings v1.5.0 // indirect
	github.com/json-iterator/go v1.1.12 // indirect
	github.com/modern-go/concurrent v0.0.0-20180306012644-bacd9c7ef1dd // indirect
	github.com/modern-go/reflect2 v1.0.2 // indirect
	golang.org/x/exp v0.0.0-20250911091902-df9299821621 // indirect
	golang.org/x/net v0.44.0 // indirect
	golang.org/x/oauth2 v0.25.0 // indirect
	golang.org/x/text v0.29.0 // indirect
)
