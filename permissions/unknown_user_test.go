package permissions

import (
	"strings"
	"testing"
)

func TestUnknownUserPermission(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"FullCompanyCallLogs", "did you mean FullCompanyCallLog?"},
		{"fullcompanycalllog", "case-sensitive, did you mean FullCompanyCallLog?"},
		{"Xyzzy", "such as ReadCallLog"},
	} {
		if got := UnknownUserPermission(tt.name); !strings.HasSuffix(got, tt.want) {
			t.Errorf("UnknownUserPermission(%q) = %q, want it to end %q", tt.name, got, tt.want)
		}
	}
	if !KnownUserPermission("FullCompanyCallLog") || KnownUserPermission("ReadCallLogs") {
		t.Error("KnownUserPermission: FullCompanyCallLog is one, ReadCallLogs is not")
	}
}
