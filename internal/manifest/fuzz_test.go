package manifest

import (
	"errors"
	"testing"

	"github.com/rcperm/rcperm/permissions"
)

// FuzzParseManifest checks that whatever the bytes, Parse neither
// panics nor hangs, and returns either a *Error or a manifest that
// grants something, and only known permissions. The seeds are in
// testdata/fuzz/FuzzParseManifest.
func FuzzParseManifest(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(FileName, data)
		if err != nil {
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("error %T %v, want a *Error", err, err)
			}
			if me.Line < 0 || me.Column < 0 || me.Path != FileName || me.Msg == "" {
				t.Fatalf("bad error %+v", *me)
			}
			if m != nil {
				t.Fatalf("Parse returned both %+v and %v", m, err)
			}
			return
		}
		if m.Granted.Len() == 0 || len(m.Entries) != m.Granted.Len() {
			t.Fatalf("manifest grants %v with %d entries", m.Granted, len(m.Entries))
		}
		for _, e := range m.Entries {
			if !permissions.Known(e.Permission) || !m.Granted.Has(e.Permission) || e.Line < 1 || e.Column < 1 {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}
