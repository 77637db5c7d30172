package main

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sdkVersion is the go-ringcentral-client version analyzer/sdkroutes.tsv is
// generated from; keep it in step with the Makefile's generate target.
const sdkVersion = "v0.3.25"

// header is what every inline source in TestExtractFile starts with.
const header = `package ringcentral

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

type CallLogApiService service
`

func TestExtractFile(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []route
		skipped int
		wantErr string // substring of the error; "" means no error
	}{
		{
			name: "endpoint",
			src: `
func (a *CallLogApiService) LoadAccountCallLog(ctx context.Context, accountId string) (*http.Response, error) {
	var (
		localVarHttpMethod = strings.ToUpper("Get")
		localVarPostBody   interface{}
	)
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/{accountId}/call-log"
	localVarPath = strings.Replace(localVarPath, "{"+"accountId"+"}", fmt.Sprintf("%v", accountId), -1)
	return a.client.call(ctx, localVarHttpMethod, localVarPath, localVarPostBody)
}`,
			want: []route{{"CallLogApiService", "LoadAccountCallLog", "GET", "/restapi/v1.0/account/{accountId}/call-log"}},
		},
		{
			name: "two path parameters, substituted in another order",
			src: `
func (a *CallLogApiService) DeleteAccountCallLogRecord(ctx context.Context, accountId string, callRecordId int32) (*http.Response, error) {
	var (
		localVarHttpMethod = strings.ToUpper("Delete")
	)
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/{accountId}/call-log/{callRecordId}"
	localVarPath = strings.Replace(localVarPath, "{"+"callRecordId"+"}", fmt.Sprintf("%v", callRecordId), -1)
	localVarPath = strings.Replace(localVarPath, "{"+"accountId"+"}", fmt.Sprintf("%v", accountId), -1)
	return a.client.call(ctx, localVarHttpMethod, localVarPath, nil)
}`,
			want: []route{{"CallLogApiService", "DeleteAccountCallLogRecord", "DELETE", "/restapi/v1.0/account/{accountId}/call-log/{callRecordId}"}},
		},
		{
			name: "non-endpoint method and methods of other types are not rows",
			src: `
func (a *CallLogApiService) String() string { return "call log" }

type helper struct{}

func (h *helper) Do() { localVarPath := "/not/an/endpoint"; _ = localVarPath }`,
			skipped: 1,
		},
		{
			name: "path not a literal",
			src: `
func (a *CallLogApiService) LoadCallLog(ctx context.Context, p string) (*http.Response, error) {
	localVarHttpMethod := strings.ToUpper("Get")
	localVarPath := a.client.cfg.BasePath + p
	return a.client.call(ctx, localVarHttpMethod, localVarPath, nil)
}`,
			wantErr: "api_test_src.go:14:18: CallLogApiService.LoadCallLog: localVarPath is not BasePath plus a string literal",
		},
		{
			name: "path changed other than by substitution",
			src: `
func (a *CallLogApiService) LoadCallLog(ctx context.Context) (*http.Response, error) {
	localVarHttpMethod := strings.ToUpper("Get")
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/~/call-log"
	localVarPath += "/sync"
	return a.client.call(ctx, localVarHttpMethod, localVarPath, nil)
}`,
			wantErr: "CallLogApiService.LoadCallLog: unexpected assignment to localVarPath",
		},
		{
			name: "path parameter never substituted",
			src: `
func (a *CallLogApiService) LoadCallLog(ctx context.Context) (*http.Response, error) {
	localVarHttpMethod := strings.ToUpper("Get")
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/{accountId}/call-log"
	return a.client.call(ctx, localVarHttpMethod, localVarPath, nil)
}`,
			wantErr: "CallLogApiService.LoadCallLog: path parameter {accountId}",
		},
		{
			name: "method not a literal",
			src: `
func (a *CallLogApiService) LoadCallLog(ctx context.Context, m string) (*http.Response, error) {
	localVarHttpMethod := strings.ToUpper(m)
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/~/call-log"
	return a.client.call(ctx, localVarHttpMethod, localVarPath, nil)
}`,
			wantErr: "CallLogApiService.LoadCallLog: localVarHttpMethod is not set from a string literal",
		},
		{
			name: "no method",
			src: `
func (a *CallLogApiService) LoadCallLog(ctx context.Context) (*http.Response, error) {
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/~/call-log"
	return a.client.call(ctx, "GET", localVarPath, nil)
}`,
			wantErr: "CallLogApiService.LoadCallLog: no localVarHttpMethod",
		},
		{
			name: "value receiver",
			src: `
func (a CallLogApiService) LoadCallLog(ctx context.Context) (*http.Response, error) {
	localVarHttpMethod := strings.ToUpper("Get")
	localVarPath := a.client.cfg.BasePath + "/restapi/v1.0/account/~/call-log"
	return a.client.call(ctx, localVarHttpMethod, localVarPath, nil)
}`,
			wantErr: "CallLogApiService.LoadCallLog: endpoint method without a named pointer receiver",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "api_test_src.go", header+tt.src, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			got, skipped, err := extractFile(fset, f)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) || skipped != tt.skipped {
				t.Errorf("got %v, %d skipped; want %v, %d skipped", got, skipped, tt.want, tt.skipped)
			}
		})
	}
}

// TestCommittedTable regenerates the table from the real SDK in the module
// cache and checks that the committed ../../sdkroutes.tsv is identical.
func TestCommittedTable(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "github.com", "grokify", "go-ringcentral-client@"+sdkVersion)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SDK source not in the module cache (%v); get it with: go mod download github.com/grokify/go-ringcentral-client@%s", err, sdkVersion)
	}
	got, _, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "sdkroutes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("analyzer/sdkroutes.tsv is not what gensdk derives from %s; run make generate", dir)
	}
}
