package resultcache

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestCacheTrim: a trim removes the entries unused for trimAge and keeps
// the rest, at most once a trimInterval; a hit marks an entry used.
func TestCacheTrim(t *testing.T) {
	now := time.Now()
	store := NewStore(t.TempDir())
	entry := func(key string, age time.Duration) string {
		if err := store.Put(key, &Entry{}); err != nil {
			t.Fatal(err)
		}
		path := store.path(key)
		if err := os.Chtimes(path, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
		return path
	}
	exists := func(path string) bool {
		_, err := os.Stat(path)
		return err == nil
	}
	old := entry("aa01", trimAge+time.Hour)
	fresh := entry("aa02", trimAge-time.Hour)
	read := entry("bb03", trimAge+time.Hour)
	if _, ok := store.Get("bb03"); !ok {
		t.Fatal("get bb03: miss")
	}

	// A trim less than trimInterval ago: nothing is removed.
	stamp := filepath.Join(store.dir, trimStamp)
	if err := os.WriteFile(stamp, []byte(strconv.FormatInt(now.Add(-trimInterval+time.Hour).Unix(), 10)), 0o666); err != nil {
		t.Fatal(err)
	}
	store.Trim(now)
	if !exists(old) {
		t.Errorf("trimmed %s although the last trim was less than %v ago", old, trimInterval)
	}

	if err := os.WriteFile(stamp, []byte(strconv.FormatInt(now.Add(-trimInterval-time.Hour).Unix(), 10)), 0o666); err != nil {
		t.Fatal(err)
	}
	store.Trim(now)
	if exists(old) {
		t.Errorf("kept %s, unused for more than %v", old, trimAge)
	}
	if !exists(fresh) {
		t.Errorf("trimmed %s, used less than %v ago", fresh, trimAge)
	}
	if !exists(read) {
		t.Errorf("trimmed %s, which get had just read", read)
	}
	data, err := os.ReadFile(stamp)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), strconv.FormatInt(now.Unix(), 10)+"\n"; got != want {
		t.Errorf("trim stamp = %q, want %q", got, want)
	}
}
