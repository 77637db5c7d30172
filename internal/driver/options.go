package driver

import (
	"flag"
	"os"
	"path/filepath"

	"github.com/rcperm/rcperm/internal/buildid"
	"github.com/rcperm/rcperm/internal/resultcache"
)

// Options say which packages a run loads, as the command line chooses them.
type Options struct {
	// Tests also loads the packages' test variants.
	Tests bool
	// AllDeps checks every dependency from source (see program).
	AllDeps bool
	// Tags are comma-separated build tags.
	Tags string
	// Cache reuses the analyses of earlier runs of the same rcperm build
	// and configuration, per package (see analyzeCached), unless the
	// environment has RCPERM_CACHE=off. It is kept in RCPERM_CACHE when
	// that is an absolute directory, else in rcperm under os.UserCacheDir.
	Cache bool
	// CacheSalt identifies what the analyzer's results depend on besides
	// the code and the manifest that governs each package: its
	// configuration, a manifest named on the command line. Without it the
	// run does not use the cache.
	CacheSalt string
}

// RegisterFlags declares the options' flags on fs, with the options'
// values as their defaults.
func (o *Options) RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&o.Tests, "test", o.Tests, "also load and type-check test packages (requests in _test.go files are never reported either way)")
	fs.StringVar(&o.Tags, "tags", o.Tags, "comma-separated build tags")
	fs.BoolVar(&o.AllDeps, "all-deps", o.AllDeps, "follow wrappers in every dependency, checked from source (slower; by default: the modules being analyzed, local replacements and vendored copies)")
	fs.BoolVar(&o.Cache, "cache", o.Cache, "reuse the results of earlier runs for unchanged packages (RCPERM_CACHE=off turns it off, RCPERM_CACHE=dir moves it)")
}

// cacheStore returns the run's cache and the salt of its keys: rcperm's
// build and the caller's salt. ok is false when the run goes without it,
// also when rcperm cannot identify its own build or find a cache
// directory: the cache must never serve another build's results.
func (o Options) cacheStore() (store resultcache.Store, salt string, ok bool) {
	env := os.Getenv("RCPERM_CACHE")
	if !o.Cache || o.CacheSalt == "" || env == "off" {
		return resultcache.Store{}, "", false
	}
	exe, err := os.Executable()
	if err != nil {
		return resultcache.Store{}, "", false
	}
	id, err := buildid.Of(exe)
	if err != nil {
		return resultcache.Store{}, "", false
	}
	dir := env
	if !filepath.IsAbs(dir) {
		base, err := os.UserCacheDir()
		if err != nil {
			return resultcache.Store{}, "", false
		}
		dir = filepath.Join(base, "rcperm")
	}
	return resultcache.NewStore(dir), id + "\n" + o.CacheSalt, true
}
