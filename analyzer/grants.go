package analyzer

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// ManifestFindingPrefix starts the message of every manifest finding, which
// goes on with why the app's permissions cannot be read.
const ManifestFindingPrefix = "cannot check RingCentral permissions: "

// grants is what the app is configured to hold: a manifest file or inline
// permissions.
type grants struct {
	granted permissions.Set
	entries []manifest.Entry // in the order written
	source  string           // for messages: "rcperm.yaml", "-permissions"
	path    string           // the manifest file, "" when inline
	err     error            // why the app's permissions are not known
	// absent is true when no manifest was named and none was found: a
	// package with nothing to check needs none.
	absent bool
	// user is the manifest's user-permissions: what the role of the user
	// the app runs as grants; nil when it declares none.
	user []string
}

// manifestCache holds each manifest read by this process: standalone rcperm
// checks many packages against one file.
var manifestCache sync.Map // absolute path → manifestResult

type manifestResult struct {
	m   *manifest.Manifest
	err error
}

func loadGrants(pass *analysis.Pass, cfg *Config) grants {
	if len(cfg.Permissions) > 0 || cfg.Scope != "" {
		return inlineGrants(cfg)
	}
	path, err := cfg.manifestPath(packageDir(pass))
	if err != nil {
		// No manifest named and none found: a package with nothing to
		// check needs none.
		return grants{err: err, absent: cfg.Manifest == ""}
	}
	res := loadManifest(path)
	if res.err != nil {
		return grants{err: res.err, path: path}
	}
	g := grants{granted: res.m.Granted, entries: res.m.Entries, source: filepath.Base(path), path: path}
	if res.m.DeclaresUser {
		g.user = append([]string{}, res.m.UserPermissions...)
	}
	return g
}

// manifestPath is the manifest file that governs the code in dir: the
// configuration's, or else the nearest rcperm.yaml.
func (c *Config) manifestPath(dir string) (string, error) {
	path := c.Manifest
	switch {
	case path == "":
		return manifest.Find(dir)
	case filepath.IsAbs(path):
	case c.RelativeToModule:
		path = filepath.Join(manifest.ModuleRoot(dir), path)
	}
	return path, nil
}

// loadManifest reads the manifest at path once per process.
func loadManifest(path string) manifestResult {
	abs, err := filepath.Abs(path)
	if err != nil {
		return manifestResult{err: err}
	}
	v, ok := manifestCache.Load(abs)
	if !ok {
		m, err := manifest.Load(path)
		v, _ = manifestCache.LoadOrStore(abs, manifestResult{m, err})
	}
	return v.(manifestResult)
}

// ManifestError is why the app's permissions cannot be read for a package
// in dir, as its manifest finding says, or nil. Errors about a manifest
// file are *manifest.Error, placed in it; a missing manifest's is placed at
// the module root. A driver that sees every package uses it to report each
// problem once, at its place, rather than at a line of every package.
func (c Config) ManifestError(dir string) error {
	if len(c.Permissions) > 0 || c.Scope != "" {
		return inlineGrants(&c).err
	}
	path, err := c.manifestPath(dir)
	if err != nil {
		return err
	}
	return loadManifest(path).err
}

func inlineGrants(cfg *Config) grants {
	g := grants{source: "-permissions"}
	names := cfg.Permissions
	if cfg.Scope != "" {
		g.source = "-scope"
		names = append(names, strings.Fields(cfg.Scope)...)
	}
	for _, name := range names {
		s, unknown := permissions.SetOf(permissions.Permission(name))
		if len(unknown) > 0 {
			return grants{err: fmt.Errorf("%s: %s", g.source, permissions.UnknownPermission(name))}
		}
		g.granted |= s
		g.entries = append(g.entries, manifest.Entry{Permission: permissions.Permission(name)})
	}
	return g
}

// loaded returns the app's grants for the package's Result, reading them
// if no check has yet; nil when they cannot be read, which the check of a
// request reports.
func (r *reporter) loaded() *Grants {
	if r.grants == nil {
		g := loadGrants(r.pass, r.cfg)
		r.grants = &g
	}
	g := r.grants
	if g.err != nil {
		return nil
	}
	return &Grants{Path: g.path, Source: g.source, Granted: g.granted, Entries: g.entries}
}
