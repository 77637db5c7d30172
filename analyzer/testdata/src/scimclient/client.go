package scimclient

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
)

type APIClient struct {
	cfg     *Configuration
	common  service
	UserApi *UserApiService
}

type service struct {
	client *APIClient
}

func NewAPIClient(cfg *Configuration) *APIClient {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	c := &APIClient{cfg: cfg}
	c.common.client = c
	c.UserApi = (*UserApiService)(&c.common)
	return c
}

func (c *APIClient) callAPI(request *http.Request) (*http.Response, error) {
	return c.cfg.HTTPClient.Do(request)
}

// prepareRequest builds the request from the method's path: url.Parse,
// the query set on the URL, String() at http.NewRequest.
func (c *APIClient) prepareRequest(ctx context.Context, path string, method string, postBody interface{}, headerParams map[string]string, queryParams url.Values) (localVarRequest *http.Request, err error) { // want prepareRequest:`requests\(\{\$2\} \{\$1\}\?\{\}\)`
	var body *bytes.Buffer
	if postBody != nil {
		body = &bytes.Buffer{}
		if err = json.NewEncoder(body).Encode(postBody); err != nil {
			return nil, err
		}
	}
	url, err := url.Parse(path)
	if err != nil {
		return nil, err
	}
	query := url.Query()
	for k, v := range queryParams {
		for _, iv := range v {
			query.Add(k, iv)
		}
	}
	url.RawQuery = query.Encode()
	var reader io.Reader
	if body != nil {
		reader = body
	}
	localVarRequest, err = http.NewRequest(method, url.String(), reader)
	if err != nil {
		return nil, err
	}
	for header, value := range headerParams {
		localVarRequest.Header.Add(header, value)
	}
	for header, value := range c.cfg.DefaultHeader {
		localVarRequest.Header.Add(header, value)
	}
	if ctx != nil {
		localVarRequest = localVarRequest.WithContext(ctx)
	}
	return localVarRequest, nil
}

func parameterToString(obj interface{}, collectionFormat string) string {
	if s, ok := obj.(string); ok {
		return s
	}
	b, _ := json.Marshal(obj)
	return strings.Trim(string(b), `"`)
}
