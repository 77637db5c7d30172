package traps

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Tests talk to test servers: their requests are not the app's.
func TestAgainstMock(t *testing.T) { // want TestAgainstMock:`requests\(.*`
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	http.Get(srv.URL + "/restapi/v1.0/account/~/call-log")
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")
}
