module github.com/grokify/go-ringcentral-client

go 1.26

require github.com/antihax/optional v1.0.0

replace github.com/antihax/optional => ../../antihax/optional
