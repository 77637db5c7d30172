package main

import (
	"flag"

	"github.com/rcperm/rcperm/analyzer"
)

// hiddenFlags are flags rcperm accepts but does not list in its usage:
// -fix and -diff, which the go/analysis drivers have and scripts written
// for them pass, do nothing since rcperm suggests no fixes; -manifest-digest
// is set by rcperm vet for go vet's cache, never by a user.
var hiddenFlags = map[string]bool{"fix": true, "diff": true, analyzer.ManifestDigestFlag: true}

// printVisibleFlags prints fs's flags as fs.PrintDefaults does, without
// the hidden ones.
func printVisibleFlags(fs *flag.FlagSet) {
	visible := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
	visible.SetOutput(fs.Output())
	fs.VisitAll(func(f *flag.Flag) {
		if !hiddenFlags[f.Name] {
			visible.Var(f.Value, f.Name, f.Usage)
			// The default is the value's before parsing, not now.
			visible.Lookup(f.Name).DefValue = f.DefValue
		}
	})
	visible.PrintDefaults()
}
