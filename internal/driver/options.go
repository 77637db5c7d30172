package driver

import "flag"

// Options say which packages a run loads, as the command line chooses them.
type Options struct {
	// Tests also loads the packages' test variants.
	Tests bool
	// AllDeps checks every dependency from source (see program).
	AllDeps bool
	// Tags are comma-separated build tags.
	Tags string
}

// RegisterFlags declares the options' flags on fs, with the options'
// values as their defaults.
func (o *Options) RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&o.Tests, "test", o.Tests, "also load test packages (requests in _test.go files are never reported)")
	fs.StringVar(&o.Tags, "tags", o.Tags, "comma-separated build tags")
	fs.BoolVar(&o.AllDeps, "all-deps", o.AllDeps, "follow wrappers in every dependency, checked from source (slower; by default: the modules being analyzed, local replacements and vendored copies)")
}
