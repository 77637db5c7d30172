package analyzer

import (
	_ "embed"
	"go/types"
	"strings"
	"sync"
)

// A sink is a function or method that sends (or builds) an HTTP request:
// where a RingCentral route becomes a request.
type sink struct {
	method    string // the HTTP method when the sink fixes it
	methodArg int    // else the argument that gives it
	urlArg    int    // the argument that gives the URL; -1 when path is fixed
	prefix    string // prepended to the URL argument
	path      string // the route, when the sink fixes it (generated SDK methods)
}

// Packages of the public RingCentral Go SDKs rcperm models.
const (
	generatedSDK = "github.com/grokify/go-ringcentral-client/office/v1/client"
	officialSDK  = "github.com/ringcentral/ringcentral-go"
	rcsdkSDK     = "github.com/grokify/ringcentral-sdk-go/rcsdk/platform"
)

// resty is the HTTP client library Go programs use most after net/http.
const resty = "github.com/go-resty/resty/v2"

// handWrittenSinks are the request functions rcperm knows, keyed by
// funcKey. The generated SDK's methods come from sdkroutes.tsv.
var handWrittenSinks = map[string]sink{
	"net/http.NewRequest":            {methodArg: 0, urlArg: 1},
	"net/http.NewRequestWithContext": {methodArg: 1, urlArg: 2},
	"net/http.Get":                   {method: "GET", urlArg: 0},
	"net/http.Head":                  {method: "HEAD", urlArg: 0},
	"net/http.Post":                  {method: "POST", urlArg: 0},
	"net/http.PostForm":              {method: "POST", urlArg: 0},
	"net/http.Client.Get":            {method: "GET", urlArg: 0},
	"net/http.Client.Head":           {method: "HEAD", urlArg: 0},
	"net/http.Client.Post":           {method: "POST", urlArg: 0},
	"net/http.Client.PostForm":       {method: "POST", urlArg: 0},

	// The SDKs send paths to their RingCentral server: a path no operation
	// has is a mistake, whatever its first segment.
	officialSDK + ".RestClient.Get":     {method: "GET", urlArg: 0, prefix: sdkServer},
	officialSDK + ".RestClient.Delete":  {method: "DELETE", urlArg: 0, prefix: sdkServer},
	officialSDK + ".RestClient.Post":    {method: "POST", urlArg: 0, prefix: sdkServer},
	officialSDK + ".RestClient.Put":     {method: "PUT", urlArg: 0, prefix: sdkServer},
	officialSDK + ".RestClient.Patch":   {method: "PATCH", urlArg: 0, prefix: sdkServer},
	officialSDK + ".RestClient.Request": {methodArg: 0, urlArg: 1, prefix: sdkServer},

	// rcsdk's Platform prefixes its paths with the API root and version.
	rcsdkSDK + ".Platform.Get":    {method: "GET", urlArg: 0, prefix: sdkServer + "/restapi/v1.0"},
	rcsdkSDK + ".Platform.Post":   {method: "POST", urlArg: 0, prefix: sdkServer + "/restapi/v1.0"},
	rcsdkSDK + ".Platform.Put":    {method: "PUT", urlArg: 0, prefix: sdkServer + "/restapi/v1.0"},
	rcsdkSDK + ".Platform.Delete": {method: "DELETE", urlArg: 0, prefix: sdkServer + "/restapi/v1.0"},

	// resty builds the request from the Request's fields when it sends it:
	// its send methods are the sinks. SetPathParam fills the "{name}"
	// segments of the route, which the route table reads as parameters.
	resty + ".Request.Get":     {method: "GET", urlArg: 0},
	resty + ".Request.Head":    {method: "HEAD", urlArg: 0},
	resty + ".Request.Post":    {method: "POST", urlArg: 0},
	resty + ".Request.Put":     {method: "PUT", urlArg: 0},
	resty + ".Request.Delete":  {method: "DELETE", urlArg: 0},
	resty + ".Request.Options": {method: "OPTIONS", urlArg: 0},
	resty + ".Request.Patch":   {method: "PATCH", urlArg: 0},
	resty + ".Request.Execute": {methodArg: 0, urlArg: 1},
}

// sdkServer stands for the server an SDK client is configured with, which
// is always RingCentral's.
const sdkServer = "https://platform.ringcentral.com"

// sinkPackages are the packages that hold sinks: a package importing none
// of them, and none with rcperm facts, has nothing to check.
var sinkPackages = map[string]bool{"net/http": true, generatedSDK: true, officialSDK: true, rcsdkSDK: true, resty: true}

//go:embed sdkroutes.tsv
var sdkRoutesTSV string

var loadSinks = sync.OnceValue(func() map[string]sink {
	all := make(map[string]sink, len(handWrittenSinks)+256)
	for k, s := range handWrittenSinks {
		all[k] = s
	}
	for _, line := range strings.Split(sdkRoutesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic("analyzer: malformed sdkroutes.tsv line: " + line)
		}
		all[generatedSDK+"."+f[0]+"."+f[1]] = sink{method: f[2], urlArg: -1, path: sdkServer + f[3]}
	}
	return all
})

// sinkOf returns the sink fn is, if it is one.
func sinkOf(fn *types.Func) (sink, bool) {
	if fn.Pkg() == nil || !sinkPackages[fn.Pkg().Path()] {
		return sink{}, false
	}
	s, ok := loadSinks()[funcKey(fn)]
	return s, ok
}

// funcKey names a function or method as "pkg.Func" or "pkg.Type.Method".
func funcKey(fn *types.Func) string {
	key := fn.Pkg().Path() + "."
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			key += n.Obj().Name() + "."
		}
	}
	return key + fn.Name()
}
