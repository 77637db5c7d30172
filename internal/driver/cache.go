package driver

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/rcperm/rcperm/internal/regular"
)

// A cacheEntry is what a later run needs of one package's analysis: its
// diagnostics and result for the output, its facts for its importers.
// Positions are kept as file offsets, checked against line and column when
// restored, since token.Pos values do not outlive a process.
type cacheEntry struct {
	Diagnostics []cachedDiagnostic
	Result      *cachedResult // nil when the analyzer returned none
	Facts       []cachedFact
}

type cachedPos struct {
	File                 string // "" for token.NoPos
	Offset, Line, Column int
}

type cachedDiagnostic struct {
	Category, Message string
	Pos, End          cachedPos
	Related           []cachedRelated
}

type cachedRelated struct {
	Pos     cachedPos
	Message string
}

// A cachedFact is a fact the package exported: on the object at Object, a
// path from objectpath, or on the package when Object is "".
type cachedFact struct {
	Object string
	Fact   analysis.Fact
}

// A cacheStore is the directory of cache entries, one file per key, all
// in the directory itself. A first run writes an entry for each package it
// analyzes, and creating a file costs the kernel several times more in a
// new directory: spread over 256 subdirectories by the key's first byte,
// as the go command's build cache is, the entries of golangci-lint's 187
// packages cost a tenth of the floor's CPU on a first run.
type cacheStore struct{ dir string }

func (c cacheStore) path(key string) string { return filepath.Join(c.dir, key) }

// maxEntrySize bounds the size of a cache entry read: far more than the
// diagnostics, result and facts of any package take.
const maxEntrySize = 256 << 20

// get returns the entry of key, marking it used (see trim). Any error
// reading or decoding it is a miss: the package is analyzed again. The
// cache directory is the user's, but may be shared, or restored from a CI
// cache that a pull request's job wrote: an entry is read as
// regular.Read reads, a regular file only, not through a link, without
// blocking on a FIFO, and no more than maxEntrySize bytes.
func (c cacheStore) get(key string) (*cacheEntry, bool) {
	path := c.path(key)
	data, _, err := regular.Read(path, maxEntrySize, false)
	if err != nil || len(data) > maxEntrySize {
		return nil, false
	}
	var e cacheEntry
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&e); err != nil {
		return nil, false
	}
	markUsed(path, time.Now())
	return &e, true
}

// put stores the entry of key, written whole or not at all.
func (c cacheStore) put(key string, e *cacheEntry) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(e); err != nil {
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

// newCacheEntry records a package's analysis. ok is false when it cannot
// be restored exactly, such as a position //line directives move, which a
// restored file would not know.
func newCacheEntry(fset *token.FileSet, r *packageRun) (e *cacheEntry, ok bool) {
	ok = true
	pos := func(p token.Pos) cachedPos {
		if !p.IsValid() {
			return cachedPos{}
		}
		raw := fset.PositionFor(p, false)
		if fset.Position(p) != raw {
			ok = false
		}
		return cachedPos{File: raw.Filename, Offset: raw.Offset, Line: raw.Line, Column: raw.Column}
	}
	e = &cacheEntry{}
	for _, d := range r.diagnostics {
		cd := cachedDiagnostic{Category: d.Category, Message: d.Message, Pos: pos(d.Pos), End: pos(d.End)}
		for _, rel := range d.Related {
			cd.Related = append(cd.Related, cachedRelated{Pos: pos(rel.Pos), Message: rel.Message})
		}
		e.Diagnostics = append(e.Diagnostics, cd)
	}
	if r.result != nil {
		e.Result = newCachedResult(r.result, pos)
	}
	var enc objectpath.Encoder
	for _, f := range r.exported {
		var path objectpath.Path
		if f.obj != nil {
			var err error
			if path, err = enc.For(f.obj); err != nil {
				continue // not reachable from the package's scope: no importer can see it
			}
		}
		e.Facts = append(e.Facts, cachedFact{Object: string(path), Fact: f.fact})
	}
	return e, ok
}

// restore makes the packageRun of a root package from its entry, its
// positions in fset through files.
func (e *cacheEntry) restore(files *restoredFiles, sp *sourcePackage) (*packageRun, error) {
	r := &packageRun{sp: sp}
	for _, cd := range e.Diagnostics {
		d := analysis.Diagnostic{Category: cd.Category, Message: cd.Message}
		var err error
		if d.Pos, err = files.pos(cd.Pos); err != nil {
			return nil, err
		}
		if d.End, err = files.pos(cd.End); err != nil {
			return nil, err
		}
		for _, rel := range cd.Related {
			p, err := files.pos(rel.Pos)
			if err != nil {
				return nil, err
			}
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, Message: rel.Message})
		}
		r.diagnostics = append(r.diagnostics, d)
	}
	if e.Result != nil {
		res, err := e.Result.restore(files)
		if err != nil {
			return nil, err
		}
		r.result = res
	}
	return r, nil
}

// restoreFacts puts the entry's facts in the store, on the objects of pkg
// as the run reads it from export data. A fact whose object the export
// data does not hold concerns nothing an importer can refer to.
func (e *cacheEntry) restoreFacts(pkg *types.Package, facts *factStore) {
	for _, f := range e.Facts {
		if f.Object == "" {
			facts.put(packageFactKey{pkg, reflect.TypeOf(f.Fact)}, f.Fact)
			continue
		}
		if obj, err := objectpath.Object(pkg, objectpath.Path(f.Object)); err == nil {
			facts.put(objectFactKey{obj, reflect.TypeOf(f.Fact)}, f.Fact)
		}
	}
}

// restoredFiles gives cached positions back their token.Pos: each file is
// added to the file set with the lines of its current content, which the
// cache key vouches is the content the positions were taken in.
type restoredFiles struct {
	fset  *token.FileSet
	files map[string]*token.File
}

func (rf *restoredFiles) pos(cp cachedPos) (token.Pos, error) {
	if cp.File == "" {
		return token.NoPos, nil
	}
	f := rf.files[cp.File]
	if f == nil {
		content, err := os.ReadFile(cp.File)
		if err != nil {
			return token.NoPos, err
		}
		f = rf.fset.AddFile(cp.File, -1, len(content))
		f.SetLinesForContent(content)
		rf.files[cp.File] = f
	}
	if cp.Offset < 0 || cp.Offset > f.Size() {
		return token.NoPos, fmt.Errorf("cached position %s:%d is outside the file", cp.File, cp.Offset)
	}
	p := f.Pos(cp.Offset)
	if got := f.PositionFor(p, false); got.Line != cp.Line || got.Column != cp.Column {
		return token.NoPos, fmt.Errorf("cached position %s:%d:%d is at %d:%d now", cp.File, cp.Line, cp.Column, got.Line, got.Column)
	}
	return p, nil
}
