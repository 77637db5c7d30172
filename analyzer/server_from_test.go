package analyzer

import "testing"

// TestCallerServer checks which URLs take their server from a parameter,
// and which server a caller's instance names.
func TestCallerServer(t *testing.T) {
	param := Part{IsParam: true, Param: 256}
	for _, tc := range []struct {
		name string
		url  Value
		want bool
	}{
		{"base field + route", Value{param, {Lit: "/restapi/v1.0/account/~/extension"}}, true},
		{"scheme + host field + route", Value{{Lit: "https://"}, param, {Lit: "/restapi/v1.0/account/~/extension"}}, true},
		{"a path parameter", Value{param}, false},
		{"a server known", Value{{Lit: "https://platform.ringcentral.com/restapi/v1.0/"}, param}, false},
		{"a parameter inside a segment", Value{param, {Lit: "v1.0/account"}}, false},
	} {
		if got := callerServer(tc.url); got != tc.want {
			t.Errorf("%s: callerServer = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		url    Value
		server string
		known  bool
	}{
		{Value{{Lit: "https://archive.example.com/restapi/v1.0/account/~/extension"}}, "https://archive.example.com", true},
		{Value{{Lit: "https://archive."}, {Unknown: true}, {Lit: "/restapi"}}, "", false},
		{Value{{Unknown: true}, {Lit: "/restapi"}}, "", false},
		{Value{{Lit: "/restapi/v1.0"}}, "", false},
	} {
		if server, known := serverOf(tc.url); server != tc.server || known != tc.known {
			t.Errorf("serverOf(%s) = %q, %v; want %q, %v", tc.url.render(), server, known, tc.server, tc.known)
		}
	}
}
