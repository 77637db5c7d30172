package resultcache

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"time"

	"github.com/rcperm/rcperm/internal/regular"
)

// A Store is the directory of cache entries, one file per key, all in the
// directory itself. A first run writes an entry for each package it
// analyzes, and creating a file costs the kernel several times more in a
// new directory: spread over 256 subdirectories by the key's first byte,
// as the go command's build cache is, the entries of golangci-lint's 187
// packages cost a tenth of the floor's CPU on a first run.
type Store struct{ dir string }

// NewStore returns the store kept in dir, which need not exist yet.
func NewStore(dir string) Store { return Store{dir} }

func (c Store) path(key string) string { return filepath.Join(c.dir, key) }

// maxEntrySize bounds the size of a cache entry read: far more than the
// diagnostics, result and facts of any package take.
const maxEntrySize = 256 << 20

// Get returns the entry of key, marking it used (see Trim). Any error
// reading or decoding it is a miss: the package is analyzed again. The
// cache directory is the user's, but may be shared, or restored from a CI
// cache that a pull request's job wrote: an entry is read as
// regular.Read reads, a regular file only, not through a link, without
// blocking on a FIFO, and no more than maxEntrySize bytes.
func (c Store) Get(key string) (*Entry, bool) {
	path := c.path(key)
	data, _, err := regular.Read(path, maxEntrySize, false)
	if err != nil || len(data) > maxEntrySize {
		return nil, false
	}
	var e Entry
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&e.data); err != nil {
		return nil, false
	}
	markUsed(path, time.Now())
	return &e, true
}

// Put stores the entry of key, written whole or not at all.
func (c Store) Put(key string, e *Entry) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&e.data); err != nil {
		return err
	}
	path := c.path(key)
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return err
	}
	return replaceFile(path, buf.Bytes())
}

// replaceFile writes a file of the cache whole or not at all, in place of
// whatever is at path: written through a temporary file and renamed, it
// never opens what is there, which may be a FIFO (an open for writing
// waits for a reader) or a link to anywhere.
func replaceFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
