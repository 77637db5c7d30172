package openapiclient // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Package openapiclient is shaped like the client openapi-generator writes
// for Go: rcperm has no model of it. Its methods fix their routes and hand
// them to prepareRequest, which sends them through a *url.URL.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

type Configuration struct {
	BasePath   string
	HTTPClient *http.Client
}

type APIClient struct {
	cfg        *Configuration
	CallLogApi *CallLogApiService
}

type service struct{ client *APIClient }

type CallLogApiService service

// prepareRequest builds the request: the path goes through url.Parse, its
// query is set, and String() gives the URL back.
func (c *APIClient) prepareRequest(ctx context.Context, path string, method string, body io.Reader, queryParams url.Values) (localVarRequest *http.Request, err error) { // want prepareRequest:`requests\(\{\$2\} \{\$1\}\?\{\}\)`
	url, err := url.Parse(path) // the variable shadows the package, as generated
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
	if body != nil {
		localVarRequest, err = http.NewRequest(method, url.String(), body)
	} else {
		localVarRequest, err = http.NewRequest(method, url.String(), nil)
	}
	if err != nil {
		return nil, err
	}
	return localVarRequest.WithContext(ctx), nil
}

func (c *APIClient) callAPI(request *http.Request) (*http.Response, error) {
	return c.cfg.HTTPClient.Do(request)
}

// ReadCompanyCallLog is a generated method: BasePath, a templated path
// filled with strings.Replace, and the method from strings.ToUpper.
func (a *CallLogApiService) ReadCompanyCallLog(ctx context.Context, accountId string, view string) (*http.Response, error) { // want ReadCompanyCallLog:`requests\(GET \{\}/restapi/v1.0/account/\{\$1\}/call-log\?\{\}\)`
	var (
		localVarHttpMethod = strings.ToUpper("Get")
	)
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/{accountId}/call-log"
	localVarPath = strings.Replace(localVarPath, "{"+"accountId"+"}", fmt.Sprintf("%v", accountId), -1)
	localVarQueryParams := url.Values{}
	if view != "" {
		localVarQueryParams.Add("view", view)
	}
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, nil, localVarQueryParams) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant`
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}

// ReadAccountInfo is granted: checked, not reported.
func (a *CallLogApiService) ReadAccountInfo(ctx context.Context, accountId string) (*http.Response, error) { // want ReadAccountInfo:`requests\(GET \{\}/restapi/v1.0/account/\{\$1\}\?\{\}\)`
	localVarHttpMethod := strings.ToUpper("Get")
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/{accountId}"
	localVarPath = strings.Replace(localVarPath, "{"+"accountId"+"}", fmt.Sprintf("%v", accountId), -1)
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, nil, url.Values{})
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}
