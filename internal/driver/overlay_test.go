package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefuseOverlay: -overlay is refused wherever the go command takes
// GOFLAGS from, in either of its spellings; other flags are not.
func TestRefuseOverlay(t *testing.T) {
	tests := []struct {
		name, env, file string
		want            string // in the error; "" for none
	}{
		{"none", "", "", ""},
		{"other flags", "-mod=readonly -trimpath", "", ""},
		{"overlay", "-mod=readonly -overlay=/tmp/o.json", "", "GOFLAGS sets -overlay=/tmp/o.json"},
		{"two dashes", "--overlay=/tmp/o.json", "", "GOFLAGS sets --overlay=/tmp/o.json"},
		{"go env -w", "", "GOFLAGS=-overlay=/tmp/o.json\n", "GOFLAGS (go env -w) sets -overlay=/tmp/o.json"},
		{"environment over go env -w", "-trimpath", "GOFLAGS=-overlay=/tmp/o.json\n", ""},
		{"a path named overlay", "-modfile=overlay", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			envFile := filepath.Join(t.TempDir(), "env")
			if err := os.WriteFile(envFile, []byte(tt.file), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Setenv("GOENV", envFile)
			t.Setenv("GOFLAGS", tt.env)
			err := RefuseOverlay()
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("RefuseOverlay() = %v, want an error holding %q", err, tt.want)
			}
		})
	}
}
