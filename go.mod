module github.com/rcperm/rcperm

go 1.26.0

require gopkg.in/yaml.v3 v3.0.1

require (
	github.com/golangci/plugin-module-register v0.1.2
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require golang.org/x/text v0.14.0 // indirect

require (
	golang.org/x/mod v0.42.0
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/tools v0.52.0
)
