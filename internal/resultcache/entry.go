package resultcache

import (
	"encoding/gob"
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/regular"
)

// An Entry is what a later run needs of one package's analysis: its
// diagnostics and result for the output, its facts for its importers.
type Entry struct{ data entry }

// entry is an Entry as the store keeps it, encoded with encoding/gob.
// Positions are kept as file, line and column, as findings show them,
// since token.Pos values do not outlive a process (see Files.pos).
type entry struct {
	Diagnostics []cachedDiagnostic
	Result      *cachedResult // nil when the analyzer returned none
	Facts       []cachedFact
}

type cachedPos struct {
	File         string // "" for token.NoPos
	Line, Column int
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

// A Fact is a fact a package exported, on Object or, when Object is nil,
// on the package.
type Fact struct {
	Object types.Object
	Fact   analysis.Fact
}

// RegisterFacts lets entries carry facts of these types, an analyzer's
// FactTypes: encoding/gob must know every type it decodes into a
// Fact.
func RegisterFacts(types []analysis.Fact) {
	for _, f := range types {
		gob.Register(f)
	}
}

// NewEntry records a package's analysis: the diagnostics it reported, the
// result it returned (nil for none) and the facts it exported, their
// positions in fset. ok is false when it cannot be restored exactly, such
// as a position //line directives move, which a restored file would not
// know.
func NewEntry(fset *token.FileSet, diagnostics []analysis.Diagnostic, result *analyzer.Result, facts []Fact) (e *Entry, ok bool) {
	ok = true
	pos := func(p token.Pos) cachedPos {
		if !p.IsValid() {
			return cachedPos{}
		}
		raw := fset.PositionFor(p, false)
		if fset.Position(p) != raw {
			ok = false
		}
		return cachedPos{File: raw.Filename, Line: raw.Line, Column: raw.Column}
	}
	e = &Entry{}
	for _, d := range diagnostics {
		cd := cachedDiagnostic{Category: d.Category, Message: d.Message, Pos: pos(d.Pos), End: pos(d.End)}
		for _, rel := range d.Related {
			cd.Related = append(cd.Related, cachedRelated{Pos: pos(rel.Pos), Message: rel.Message})
		}
		e.data.Diagnostics = append(e.data.Diagnostics, cd)
	}
	if result != nil {
		e.data.Result = newCachedResult(result, pos)
	}
	var enc objectpath.Encoder
	for _, f := range facts {
		var path objectpath.Path
		if f.Object != nil {
			var err error
			if path, err = enc.For(f.Object); err != nil {
				continue // not reachable from the package's scope: no importer can see it
			}
		}
		e.data.Facts = append(e.data.Facts, cachedFact{Object: string(path), Fact: f.Fact})
	}
	return e, ok
}

// Restore gives back the diagnostics and result of the entry, their
// positions in the file set of files. Any position that does not fall in
// its file, or operation this build does not know, is an error: the
// package is analyzed again.
func (e *Entry) Restore(files *Files) ([]analysis.Diagnostic, *analyzer.Result, error) {
	var diagnostics []analysis.Diagnostic
	for _, cd := range e.data.Diagnostics {
		d := analysis.Diagnostic{Category: cd.Category, Message: cd.Message}
		var err error
		if d.Pos, err = files.pos(cd.Pos); err != nil {
			return nil, nil, err
		}
		if d.End, err = files.pos(cd.End); err != nil {
			return nil, nil, err
		}
		for _, rel := range cd.Related {
			p, err := files.pos(rel.Pos)
			if err != nil {
				return nil, nil, err
			}
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, Message: rel.Message})
		}
		diagnostics = append(diagnostics, d)
	}
	if e.data.Result == nil {
		return diagnostics, nil, nil
	}
	res, err := e.data.Result.restore(files)
	if err != nil {
		return nil, nil, err
	}
	return diagnostics, res, nil
}

// RestoreFacts gives back the entry's facts, on the objects of pkg as the
// run reads it from export data: put receives each with its object, nil
// for a fact on the package. A fact whose object the export data does not
// hold concerns nothing an importer can refer to.
func (e *Entry) RestoreFacts(pkg *types.Package, put func(obj types.Object, f analysis.Fact)) {
	for _, f := range e.data.Facts {
		if f.Object == "" {
			put(nil, f.Fact)
			continue
		}
		if obj, err := objectpath.Object(pkg, objectpath.Path(f.Object)); err == nil {
			put(obj, f.Fact)
		}
	}
}

// Files gives cached positions back their token.Pos: each file is added
// to the file set with the lines of its current content, which the cache
// key vouches is the content the positions were taken in. An entry names
// the files, and a hostile one may name any path: a file is read as
// regular.Read reads, a regular file only (a link is followed to one),
// without blocking on a FIFO, and no more than maxFileSize bytes.
type Files struct {
	fset  *token.FileSet
	files map[string]*token.File
}

// maxFileSize bounds the size of a file a cached position is in: far
// more than any Go file or manifest takes.
const maxFileSize = 256 << 20

// NewFiles returns the Files that restore positions in fset.
func NewFiles(fset *token.FileSet) *Files {
	return &Files{fset: fset, files: map[string]*token.File{}}
}

// pos places a cached position at its line and column in its file. Not
// at a byte offset: the analyzer places a wrapper step by line and column
// in the first file of that name the run's file set holds, which may be
// export data's approximation of the file (one byte a line, the last line
// reaching to 64 KiB), read before the file itself when the run read its
// package on demand or reused it from the cache. The step's line and
// column are right there, its offset is not: kept as the offset, it did
// not restore, and a rerun with no change analyzed everything again. A
// line the file does not have, or a column past the end of its line, is
// an error: the package is analyzed again.
func (rf *Files) pos(cp cachedPos) (token.Pos, error) {
	if cp.File == "" {
		return token.NoPos, nil
	}
	f := rf.files[cp.File]
	if f == nil {
		content, _, err := regular.Read(cp.File, maxFileSize, true)
		if err != nil {
			return token.NoPos, err
		}
		if len(content) > maxFileSize {
			return token.NoPos, fmt.Errorf("cached position %s:%d:%d is in a file of more than %d bytes", cp.File, cp.Line, cp.Column, maxFileSize)
		}
		f = rf.fset.AddFile(cp.File, -1, len(content))
		f.SetLinesForContent(content)
		rf.files[cp.File] = f
	}
	if cp.Line < 1 || cp.Line > f.LineCount() || cp.Column < 1 ||
		cp.Column-1 > f.Size()-f.Offset(f.LineStart(cp.Line)) {
		return token.NoPos, fmt.Errorf("cached position %s:%d:%d is outside the file", cp.File, cp.Line, cp.Column)
	}
	p := f.LineStart(cp.Line) + token.Pos(cp.Column-1)
	if got := f.PositionFor(p, false); got.Line != cp.Line {
		return token.NoPos, fmt.Errorf("cached position %s:%d:%d is past the end of its line", cp.File, cp.Line, cp.Column)
	}
	return p, nil
}
