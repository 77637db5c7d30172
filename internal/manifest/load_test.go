package manifest

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	t.Run("fixture", func(t *testing.T) {
		path := filepath.Join("testdata", "manifest", FileName)
		m, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		want := &Manifest{
			Path:    path,
			App:     "Call Log Exporter",
			Granted: setOf(t, "ReadCallLog", "ReadCallRecording", "ReadAccounts"),
			Entries: []Entry{{"ReadCallLog", 5, 5, ""}, {"ReadCallRecording", 6, 5, ""}, {"ReadAccounts", 7, 5, ""}},
		}
		if !reflect.DeepEqual(m, want) {
			t.Errorf("got  %+v\nwant %+v", m, want)
		}
	})
	t.Run("at the size limit", func(t *testing.T) {
		head := "permissions: [SMS]\n#"
		path := writeFile(t, head+strings.Repeat("x", maxSize-len(head)))
		if _, err := Load(path); err != nil {
			t.Fatal(err)
		}
	})

	dir := t.TempDir()
	tooBig := writeFile(t, "permissions: [SMS]\n#"+strings.Repeat("x", maxSize-19))
	// A sparse file: big on paper, cheap on disk, and never read whole.
	huge := filepath.Join(dir, "huge.yaml")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 50<<20); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nope", FileName)
	tests := []struct {
		name, path, msg string
	}{
		{"missing", missing, "file does not exist: create it with the permissions your app has in the RingCentral Developer Console, for example permissions: [ReadCallLog, ReadAccounts], or point rcperm at the right path (-manifest, or the manifest setting of golangci-lint)"},
		{"directory", dir, "is a directory, not a manifest: pass the file itself, such as " + filepath.Join(dir, FileName)},
		{"one byte over the limit", tooBig, "larger than the 1 MiB limit: a manifest is a short list of permissions, check that this is the right file"},
		{"50 MB", huge, "larger than the 1 MiB limit: a manifest is a short list of permissions, check that this is the right file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path)
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("error %T %v, want a *Error", err, err)
			}
			want := Error{Path: tt.path, Msg: tt.msg}
			if *me != want {
				t.Errorf("got  %+v\nwant %+v", *me, want)
			}
		})
	}
}
