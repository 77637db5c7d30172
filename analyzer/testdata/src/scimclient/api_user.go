package scimclient // want package:`needs\(\[EditAccounts, ReadAccounts\]\) wrappers=true module=""`

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type UserApiService service

type User struct {
	UserName string `json:"userName"`
}

// SearchViaGet lists users: granted, checked, not reported.
func (a *UserApiService) SearchViaGet(ctx context.Context, localVarOptionals map[string]interface{}) (*http.Response, error) { // want SearchViaGet:`requests\(GET https://platform.ringcentral.com/scim/v2/Users\?\{\}\)`
	var (
		localVarHttpMethod = strings.ToUpper("Get")
		localVarPostBody   interface{}
	)
	localVarPath := a.client.cfg.BasePath + "/Users"
	localVarHeaderParams := make(map[string]string)
	localVarQueryParams := url.Values{}
	if v, ok := localVarOptionals["filter"].(string); ok {
		localVarQueryParams.Add("filter", parameterToString(v, ""))
	}
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, localVarPostBody, localVarHeaderParams, localVarQueryParams)
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}

func (a *UserApiService) GetUserById(ctx context.Context, id string) (*http.Response, error) { // want GetUserById:`requests\(GET https://platform.ringcentral.com/scim/v2/Users/\{\$1\}\?\{\}\)`
	localVarHttpMethod := strings.ToUpper("Get")
	localVarPath := a.client.cfg.BasePath + "/Users/{id}"
	localVarPath = strings.Replace(localVarPath, "{"+"id"+"}", fmt.Sprintf("%v", id), -1)
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, nil, map[string]string{}, url.Values{})
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}

func (a *UserApiService) CreateUser(ctx context.Context, body User) (*http.Response, error) { // want CreateUser:`requests\(POST https://platform.ringcentral.com/scim/v2/Users\?\{\}\)`
	localVarHttpMethod := strings.ToUpper("Post")
	localVarPath := a.client.cfg.BasePath + "/Users"
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, &body, map[string]string{}, url.Values{}) // want `POST /scim/v2/Users \(scimCreateUser2\) needs \[EditAccounts\], which rcperm.yaml does not grant`
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}

func (a *UserApiService) ReplaceUser(ctx context.Context, id string, body User) (*http.Response, error) { // want ReplaceUser:`requests\(PUT https://platform.ringcentral.com/scim/v2/Users/\{\$1\}\?\{\}\)`
	localVarHttpMethod := strings.ToUpper("Put")
	localVarPath := a.client.cfg.BasePath + "/Users/{id}"
	localVarPath = strings.Replace(localVarPath, "{"+"id"+"}", fmt.Sprintf("%v", id), -1)
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, &body, map[string]string{}, url.Values{}) // want `PUT /scim/v2/Users/\{scimUserId\} \(scimUpdateUser2\) needs \[EditAccounts\]`
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}

func (a *UserApiService) DeleteUser(ctx context.Context, id string) (*http.Response, error) { // want DeleteUser:`requests\(DELETE https://platform.ringcentral.com/scim/v2/Users/\{\$1\}\?\{\}\)`
	localVarHttpMethod := strings.ToUpper("Delete")
	localVarPath := a.client.cfg.BasePath + "/Users/{id}"
	localVarPath = strings.Replace(localVarPath, "{"+"id"+"}", fmt.Sprintf("%v", id), -1)
	r, err := a.client.prepareRequest(ctx, localVarPath, localVarHttpMethod, nil, map[string]string{}, url.Values{}) // want `DELETE /scim/v2/Users/\{scimUserId\} \(scimDeleteUser2\) needs \[EditAccounts\]`
	if err != nil {
		return nil, err
	}
	return a.client.callAPI(r)
}
