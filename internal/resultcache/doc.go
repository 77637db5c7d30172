// Package resultcache keeps rcperm's analysis of a package from one run to
// the next, so that a rerun with no change (and the unchanged packages of
// a rerun after an edit) costs a listing, not an analysis. The driver
// (internal/driver) decides what to reuse; this package says under which
// key an analysis is kept (Keys: everything it can depend on), what is
// kept (an Entry: diagnostics, result and facts, positions as file, line
// and column) and where (a Store: one file per key under a directory,
// trimmed of entries unused for days).
//
// The directory is the user's, but may be shared, or restored from a CI
// cache a pull request's job wrote: entries are read as regular.Read
// reads, regular files only, never through a link, and no more than a
// size limit, and so are the files their positions name (through a link,
// to a regular file); entries are written whole or not at all, never
// opening what is in their place.
package resultcache
