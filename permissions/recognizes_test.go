package permissions

import "testing"

// TestRecognizes: a route, a RingCentral prefix or a path on a RingCentral
// host is recognized; a generic path on an unknown server, or another
// host, is not.
func TestRecognizes(t *testing.T) {
	for url, want := range map[string]bool{
		"/restapi/v1.0/account/~/call-log":               true,
		"{}/restapi/v1.0":                                true,
		"https://platform.ringcentral.com/scim/v2/Users": true,
		"{server}/scim/v2/Users":                         false,
		"https://api.example.com/restapi/v1.0/account/~": false,
		"{}":                               false,
		"https://platform.ringcentral.com": false,
		"/analytics/calls/v1/accounts/~/timeline/fetch": true,
		"/analytics/unknown":                            false,
	} {
		if got := Recognizes(url); got != want {
			t.Errorf("Recognizes(%q) = %v, want %v", url, got, want)
		}
	}
}

// TestOtherServer: a server known to be another's, as an origin or a host
// alone; RingCentral's, one known only at run time, or no server text at
// all, is not.
func TestOtherServer(t *testing.T) {
	for server, want := range map[string]bool{
		"https://presence-cache.internal.example.com": true,
		"directory-cache.internal.example.com":        true,
		"http://localhost:8080":                       true,
		"https://platform.ringcentral.com":            false,
		"platform.devtest.ringcentral.com":            false,
		"https://{}":                                  false,
		"https://ringcentral.invalid":                 false,
		"":                                            false,
		"/restapi/v1.0":                               false,
		"not a host":                                  false,
	} {
		if got := OtherServer(server); got != want {
			t.Errorf("OtherServer(%q) = %v, want %v", server, got, want)
		}
	}
}
