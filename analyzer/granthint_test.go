package analyzer

import (
	"testing"

	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// TestGrantHint: a missing permission's message says to grant it in the
// Developer Console and in the manifest, at the line of its grants when
// the manifest is a file.
func TestGrantHint(t *testing.T) {
	set := func(names ...permissions.Permission) permissions.Set {
		s, unknown := permissions.SetOf(names...)
		if len(unknown) > 0 {
			t.Fatal(unknown)
		}
		return s
	}
	entries := []manifest.Entry{{Permission: "ReadAccounts", Line: 3, Column: 5}, {Permission: "SMS", Line: 4, Column: 5}}
	for _, tt := range []struct {
		name    string
		g       grants
		missing permissions.Set
		want    string
	}{
		{"manifest file", grants{source: "rcperm.yaml", path: "/app/rcperm.yaml", entries: entries}, set("ReadCallLog"),
			"; grant ReadCallLog in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 3"},
		{"two missing", grants{source: "rcperm.yaml", path: "/app/rcperm.yaml", entries: entries}, set("ReadCallLog", "Faxes"),
			"; grant Faxes and ReadCallLog in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 3"},
		{"inline", grants{source: "-permissions", entries: []manifest.Entry{{Permission: "SMS"}}}, set("ReadCallLog"),
			"; grant ReadCallLog in the RingCentral Developer Console (what RingCentral checks) and in -permissions"},
	} {
		if got := tt.g.grantHint(permissionNames(tt.missing)); got != tt.want {
			t.Errorf("%s: grantHint = %q, want %q", tt.name, got, tt.want)
		}
	}
}
