package analyzer

import "testing"

// TestGenericOnRingCentral: a request whose server is known only at run
// time, or a bare path sent to a base URL, under a root other servers
// have too, may go to RingCentral when the path is one of its operations.
func TestGenericOnRingCentral(t *testing.T) {
	for _, tc := range []struct {
		name string
		url  Value
		want bool
	}{
		{"bare SCIM path", lit("/scim/v2/Users"), true},
		{"SCIM after a run-time server", concat(unknown(), lit("/scim/v2/Users")), true},
		{"SCIM path RingCentral does not serve", lit("/scim/v2/Widgets"), false},
		{"another host's SCIM", lit("https://okta.example.com/scim/v2/Users"), false},
		{"a well-known path", lit("/.well-known/openid-configuration"), false},
	} {
		r := RequestTemplate{Method: lit("GET"), URL: tc.url}
		if got := genericOnRingCentral(r); got != tc.want {
			t.Errorf("%s: genericOnRingCentral(%s) = %v, want %v", tc.name, tc.url, got, tc.want)
		}
	}
}

// TestEmptySegment: an empty segment inside the path is a blank ID; a
// doubled slash after the server is none.
func TestEmptySegment(t *testing.T) {
	for _, tc := range []struct {
		url  Value
		want bool
	}{
		{lit("https://platform.ringcentral.com/restapi/v1.0/account//extension"), true},
		{lit("/restapi/v1.0/account//call-log"), true},
		{lit("https://platform.ringcentral.com//restapi/v1.0/subscription"), false},
		{concat(unknown(), lit("//restapi/v1.0/account/~/extension/~/fax")), false},
		{lit("/restapi/v1.0/account/~/call-log?view=a//b"), false},
	} {
		if got := emptySegment(tc.url); got != tc.want {
			t.Errorf("emptySegment(%s) = %v, want %v", tc.url, got, tc.want)
		}
	}
}
