package ringcentral

import "net/http"

// Configuration is the real client configuration.
type Configuration struct {
	BasePath      string            `json:"basePath,omitempty"`
	Host          string            `json:"host,omitempty"`
	Scheme        string            `json:"scheme,omitempty"`
	DefaultHeader map[string]string `json:"defaultHeader,omitempty"`
	UserAgent     string            `json:"userAgent,omitempty"`
	HTTPClient    *http.Client
}

// NewConfiguration returns the real defaults; the SDK points at the sandbox
// unless BasePath is changed.
func NewConfiguration() *Configuration {
	return &Configuration{
		BasePath:      "https://platform.devtest.ringcentral.com",
		DefaultHeader: make(map[string]string),
		UserAgent:     "OpenAPI-Generator/1.0.0/go",
	}
}
