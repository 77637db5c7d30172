package analyzer

import (
	"fmt"
	"sort"
	"strings"
)

// An SDKMethod is a function or method of a RingCentral Go SDK that rcperm
// models as a request, for `rcperm routes -sdk`.
type SDKMethod struct {
	Func string // "package.Type.Method"
	// Method is the HTTP method, or "{argument N}" when an argument
	// gives it.
	Method string
	// Route is the path it requests, or where an argument's path goes:
	// "/restapi/v1.0{argument 0}".
	Route string
}

// SDKMethods returns the SDK methods rcperm models, sorted by name.
func SDKMethods() []SDKMethod {
	var out []SDKMethod
	for key, s := range loadSinks() {
		if s.path == "" && s.prefix == "" {
			continue // net/http: the URL says where it goes
		}
		m := SDKMethod{Func: key, Method: s.method, Route: strings.TrimPrefix(s.path, sdkServer)}
		if s.method == "" {
			m.Method = fmt.Sprintf("{argument %d}", s.methodArg)
		}
		if s.path == "" {
			m.Route = strings.TrimPrefix(s.prefix, sdkServer) + fmt.Sprintf("{argument %d}", s.urlArg)
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Func < out[j].Func })
	return out
}
