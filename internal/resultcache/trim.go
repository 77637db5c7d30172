package resultcache

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rcperm/rcperm/internal/regular"
)

// The cache is trimmed as the go command trims its build cache: an entry
// unused for trimAge is removed, at most once a trimInterval, and a hit
// marks an entry used when its mark is older than useMark, so that
// reading stays cheap.
const (
	trimAge      = 5 * 24 * time.Hour
	trimInterval = 24 * time.Hour
	useMark      = time.Hour
)

// trimStamp is the file in the cache directory that holds the Unix time of
// the last trim.
const trimStamp = "trim.txt"

// markUsed records that the entry at path was just read (see Store.Get).
func markUsed(path string, now time.Time) {
	if info, err := os.Stat(path); err == nil && now.Sub(info.ModTime()) > useMark {
		os.Chtimes(path, now, now)
	}
}

// Trim removes the entries unused for trimAge, when the last trim was
// trimInterval ago or more. Trimming is housekeeping: an error leaves
// entries in place, and a run never fails for it.
func (c Store) Trim(now time.Time) {
	stamp := filepath.Join(c.dir, trimStamp)
	if data, _, err := regular.Read(stamp, 64, false); err == nil {
		if last, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && now.Sub(time.Unix(last, 0)) < trimInterval {
			return
		}
	}
	// Write the stamp first: concurrent runs then do not all walk.
	if err := replaceFile(stamp, []byte(strconv.FormatInt(now.Unix(), 10)+"\n")); err != nil {
		return
	}
	filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path == stamp {
			return nil
		}
		if info, err := d.Info(); err == nil && now.Sub(info.ModTime()) > trimAge {
			os.Remove(path)
		}
		return nil
	})
}
