package main

import (
	"errors"
	"go/token"
	"path/filepath"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	rcmanifest "github.com/rcperm/rcperm/internal/manifest"
)

// oneManifestFinding reports each manifest problem once, where it is: the
// analyzer, which sees one package at a time, reports it in every package
// the manifest governs, at a line of the package's code that has nothing
// wrong with it. A problem with a manifest file goes to the file (at its
// line when known); a missing manifest goes to the rcperm.yaml of the
// module root, where it belongs: a file, not a directory, so that SARIF
// viewers and GitHub annotations can place it. Inline permissions'
// problems stay at the first package that reports them.
func oneManifestFinding(findings []driver.Finding, cfg analyzer.Config) []driver.Finding {
	var out []driver.Finding
	seen := map[string]bool{}
	for _, f := range findings {
		if f.Category != analyzer.CategoryManifest {
			out = append(out, f)
			continue
		}
		key := f.Message // inline permissions: the same problem in every package
		var me *rcmanifest.Error
		if err := cfg.ManifestError(filepath.Dir(f.Pos.Filename)); errors.As(err, &me) && me.Path != "" {
			if me.Missing {
				// What the module root's own packages are told, which
				// names no directory below it.
				dir := me.Path
				if err := cfg.ManifestError(dir); errors.As(err, &me) {
					me.Path = filepath.Join(dir, rcmanifest.FileName)
				}
			}
			abs, err := filepath.Abs(me.Path)
			if err != nil {
				abs = me.Path
			}
			f.Pos, f.End, f.Related = token.Position{Filename: abs, Line: me.Line, Column: me.Column}, token.Position{}, nil
			f.Message = analyzer.ManifestFindingPrefix + me.Msg
			key = f.Pos.String() + "\x00" + f.Message
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}
