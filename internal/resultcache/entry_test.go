package resultcache

import (
	"go/token"
	"math"
	"path/filepath"
	"testing"
)

// TestRestoredPosBounds: a cached position is placed at its line and
// column only when the file has them. An entry may come from a shared or
// restored cache directory: any line or column, however large or
// negative, is a miss, never a panic or a position in another file.
func TestRestoredPosBounds(t *testing.T) {
	name := filepath.Join(t.TempDir(), "a.go")
	writeFile(t, name, "package a\n\nvar x = 1\n")
	rf := NewFiles(token.NewFileSet())
	for _, tt := range []struct {
		line, col int
		ok        bool
	}{
		{1, 1, true}, {3, 5, true}, {3, 11, true}, // the end of the file
		{0, 1, false}, {4, 1, false}, {-1, 1, false}, {math.MaxInt, 1, false},
		{2, 2, false}, {1, 0, false}, {1, math.MinInt, false}, {1, math.MaxInt, false}, {3, 12, false},
	} {
		p, err := rf.pos(cachedPos{File: name, Line: tt.line, Column: tt.col})
		if ok := err == nil; ok != tt.ok {
			t.Errorf("%d:%d: err %v, want ok %v", tt.line, tt.col, err, tt.ok)
			continue
		}
		if got := rf.fset.PositionFor(p, false); tt.ok && (got.Line != tt.line || got.Column != tt.col) {
			t.Errorf("%d:%d: restored at %d:%d", tt.line, tt.col, got.Line, got.Column)
		}
	}
}
