package scimclient

// Package scimclient is shaped like the Go client swagger-codegen and
// openapi-generator write for RingCentral's SCIM API: rcperm has no model
// of it. Its server is the configuration's BasePath, whose default is
// RingCentral's; its methods append the operation's path and send it
// through prepareRequest, as the generated RingCentral clients do.

import "net/http"

type Configuration struct {
	BasePath      string            `json:"basePath,omitempty"` // want BasePath:`field stores\(1\)`
	Host          string            `json:"host,omitempty"`
	Scheme        string            `json:"scheme,omitempty"`
	DefaultHeader map[string]string `json:"defaultHeader,omitempty"`
	UserAgent     string            `json:"userAgent,omitempty"`
	HTTPClient    *http.Client
}

func NewConfiguration() *Configuration {
	cfg := &Configuration{
		BasePath:      "https://platform.ringcentral.com/scim/v2",
		DefaultHeader: make(map[string]string),
		UserAgent:     "Swagger-Codegen/1.0.0/go",
	}
	return cfg
}
