package analyzer

import (
	"flag"
	"strings"
)

// Config configures an rcperm analyzer. The zero value finds rcperm.yaml
// next to the code, walking up from each package's directory to its module
// root.
type Config struct {
	// Manifest is the path of the manifest to check against. A relative
	// path is taken from the current directory, or from each package's
	// module root with RelativeToModule.
	Manifest string
	// Permissions, when not empty, are the app's permissions given inline
	// instead of a manifest file (for hosts that cannot read files, such as
	// Bazel nogo).
	Permissions []string
	// Scope is the app's permissions as an OAuth scope string, inline: an
	// alternative to Permissions.
	Scope string
	// RelativeToModule takes a relative Manifest from each package's module
	// root: go vet runs vet tools, and editors run golangci-lint, in the
	// package's directory, where a path relative to the current directory
	// would name a different file for each package.
	RelativeToModule bool
	// NolintByHost leaves //nolint directives to the host, which applies
	// them itself: golangci-lint does, and its nolintlint reports a
	// directive that silenced none of its issues, which it would be if
	// rcperm had silenced the finding first. Every other host gets them
	// applied by rcperm.
	NolintByHost bool
	// Enable, when not empty, lists the only categories of findings to
	// report; Disable lists categories not to report. Findings of category
	// manifest are always reported (see CheckCategories).
	Enable, Disable []string
}

// ManifestDigestFlag is the flag that `rcperm vet` sets to the digest of
// the manifests: go vet keys its cache on the tool's flags, not on
// rcperm.yaml, so the digest makes an edit re-run rcperm. The analysis
// ignores it.
const ManifestDigestFlag = "manifest-digest"

// RegisterFlags declares the configuration's flags on fs, with the
// configuration's values as their defaults: the analyzer's own flags, and
// those of every command line that configures one.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Manifest, "manifest", c.Manifest, "path of the app's `rcperm.yaml` (default: the nearest one above each package, up to its module root)")
	fs.Var((*listFlag)(&c.Permissions), "permissions", "the app's permissions, comma separated, instead of a manifest file")
	fs.StringVar(&c.Scope, "scope", c.Scope, "the app's permissions as an OAuth scope string, instead of a manifest file")
	fs.Var((*categoriesFlag)(&c.Enable), "enable", "report only these categories of findings, comma separated (default: all; see rcperm help)")
	fs.Var((*categoriesFlag)(&c.Disable), "disable", "categories of findings not to report, comma separated, such as unused-permission in a library")
	fs.String(ManifestDigestFlag, "", "the manifests' content `digest`, set by rcperm vet for go vet's cache; ignored by the analysis")
}

// listFlag is a comma-separated flag value.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = nil
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

var _ flag.Value = (*listFlag)(nil)
