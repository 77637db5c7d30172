package manifest

import (
	"errors"
	"reflect"
	"testing"
)

func TestParseUserPermissions(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		declares bool
		want     []string
	}{
		{"absent", "permissions: [ReadCallLog]\n", false, nil},
		{"listed", "permissions: [ReadCallLog]\nuser-permissions: [ReadCallLog, FullCompanyCallLog]\n", true, []string{"ReadCallLog", "FullCompanyCallLog"}},
		{"none", "user-permissions: []\npermissions: [ReadCallLog]\n", true, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(testManifestPath, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if m.DeclaresUser != tt.declares || !reflect.DeepEqual(m.UserPermissions, tt.want) {
				t.Errorf("DeclaresUser %v, UserPermissions %#v; want %v, %#v", m.DeclaresUser, m.UserPermissions, tt.declares, tt.want)
			}
		})
	}
}

func TestParseUserPermissionsErrors(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		line, col int
		msg       string
	}{
		{"misspelled", "permissions: [SMS]\nuser-permissions: [FullCompanyCallLogs]\n", 2, 20, `unknown user permission "FullCompanyCallLogs": did you mean FullCompanyCallLog?`},
		{"nothing near", "permissions: [SMS]\nuser-permissions:\n  - Xyzzy\n", 3, 5, `unknown user permission "Xyzzy": use the names of the permissions of the user's role, as RingCentral's CMN-408 errors name them, such as ReadCallLog`},
		{"twice", "permissions: [SMS]\nuser-permissions: [ReadCallLog, ReadCallLog]\n", 2, 33, "user permission ReadCallLog listed twice: first at line 2, column 20, list it once"},
		{"null", "permissions: [SMS]\nuser-permissions:\n", 2, 18, "user-permissions is empty: list the permissions of the role of the user your app runs as, such as [ReadCallLog, FullCompanyCallLog], or [] for none"},
		{"string", "permissions: [SMS]\nuser-permissions: ReadCallLog\n", 2, 19, "user-permissions is a string, want a list of user permission names such as [ReadCallLog, FullCompanyCallLog]"},
		{"number item", "permissions: [SMS]\nuser-permissions: [1]\n", 2, 20, "user-permissions item is a number, want a user permission name such as FullCompanyCallLog"},
		{"only user permissions", "user-permissions: [ReadCallLog]\n", 1, 1, emptyMsg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(testManifestPath, []byte(tt.data))
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("Parse = %+v, %v; want a *Error", m, err)
			}
			want := Error{Path: testManifestPath, Line: tt.line, Column: tt.col, Msg: tt.msg}
			if *me != want {
				t.Errorf("got  %+v\nwant %+v", *me, want)
			}
		})
	}
}
