package permissions

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCheckUserReproducesCMN408Body compares with a body built by analogy
// with the seed page's CMN-401 bodies: the seed has no CMN-408 body, and the
// message is the one RingCentral's issue threads quote.
func TestCheckUserReproducesCMN408Body(t *testing.T) {
	const url = "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log?dateFrom=2026-01-01"
	err := CheckUser([]string{"ReadCallLog"}, "GET", url)
	var denied *InsufficientUserPermissionsError
	if !errors.As(err, &denied) {
		t.Fatalf("CheckUser([ReadCallLog], GET, %s) = %v, want *InsufficientUserPermissionsError", url, err)
	}
	if denied.Operation == nil || denied.Operation.ID != "readCompanyCallLog" {
		t.Errorf("operation %v, want readCompanyCallLog", denied.Operation)
	}
	got, err := json.MarshalIndent(denied, "", "    ")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "403-user-FullCompanyCallLog.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got)+"\n" != string(want) {
		t.Errorf("403 body differs from the golden:\ngot:\n%s\nwant:\n%s", got, want)
	}
	if want := "403 InsufficientPermissions (CMN-408): In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource."; denied.Error() != want {
		t.Errorf("Error() = %q, want %q", denied.Error(), want)
	}
}

func TestCheckUser(t *testing.T) {
	tests := []struct {
		name, method, url string
		granted           []string
		want              string // "" nil, "denied", "no such operation"
	}{
		{"role grants it", "GET", "/restapi/v1.0/account/~/call-log", []string{"FullCompanyCallLog"}, ""},
		{"role lacks it", "GET", "/restapi/v1.0/account/~/call-log", nil, "denied"},
		{"no user permission needed", "GET", "/ai/ringsense/v1/public/accounts/~/domains/pbx/records/7/insights", nil, ""},
		{"user call log needs ReadCallLog of the role", "GET", "/restapi/v1.0/account/~/extension/~/call-log", []string{"FullCompanyCallLog"}, "denied"},
		{"not RingCentral", "GET", "https://api.example.com/v1/users", nil, ""},
		{"no such operation", "GET", "/restapi/v1.0/account/~/call-logs", nil, "no such operation"},
		// updateExtension needs "EditUserInfo OR EditUserCredentials":
		// either alone lets the role call it.
		{"first alternative", "PUT", "/restapi/v1.0/account/~/extension/~", []string{"EditUserInfo"}, ""},
		{"second alternative", "PUT", "/restapi/v1.0/account/~/extension/~", []string{"EditUserCredentials"}, ""},
		{"neither alternative", "PUT", "/restapi/v1.0/account/~/extension/~", []string{"EditExtensions"}, "denied"},
	}
	for _, tc := range tests {
		err := CheckUser(tc.granted, tc.method, tc.url)
		var denied *InsufficientUserPermissionsError
		var noSuch *NoSuchOperationError
		got := ""
		switch {
		case errors.As(err, &denied):
			got = "denied"
		case errors.As(err, &noSuch):
			got = "no such operation"
		case err != nil:
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s: CheckUser(%v, %s, %s) = %v, want %s", tc.name, tc.granted, tc.method, tc.url, err, tc.want)
		}
	}
}

func TestUserPermissions(t *testing.T) {
	names := UserPermissions()
	if len(names) != 74 {
		t.Errorf("%d user permissions, want the 66 of operations.tsv (each name of an \"A OR B\" on its own) and 8 more of legacy_operations.tsv", len(names))
	}
	for _, name := range []string{"FullCompanyCallLog", "EditUserInfo", "EditUserCredentials"} {
		if _, found := slices.BinarySearch(names, name); !found {
			t.Errorf("UserPermissions lacks %s", name)
		}
	}
	for _, name := range names {
		if strings.Contains(name, " ") {
			t.Errorf("UserPermissions has %q: a manifest cannot name it", name)
		}
	}
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("UserPermissions is not sorted and distinct: %v", names)
	}
}
