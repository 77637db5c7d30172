package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/tools/go/packages"
)

// The cache keys need what the go command's configuration does to a
// listing beyond the files it names: the target and cgo's settings, and
// which directories hold files that never change under their names. rcperm
// takes them from what the go command itself reads and from the listing,
// not from `go env`: a subprocess on every run cost a small module's first
// run more than the rest of the cache did.

// goEnvironment describes the go command's configuration as the go
// command reads it: the process environment's variables of the go command
// and of cgo, and the go env file (go env -w). With GOROOT's go.env and
// the toolchain, which the listing names (see listedToolchain), that
// determines every setting go env would print. Naming more than the
// settings that matter only costs a rerun after an unrelated change.
func goEnvironment(tags string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "tags %q\n", tags)
	env := os.Environ()
	slices.Sort(env)
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "GO") || strings.HasPrefix(name, "CGO_") || name == "CC" || name == "CXX" || name == "PKG_CONFIG" {
			fmt.Fprintf(&b, "env %q\n", kv)
		}
	}
	fmt.Fprintf(&b, "go env file %s\n", fileState(goEnvFile()))
	return b.String()
}

// goEnvFile is the file go env -w writes, as the go command finds it.
func goEnvFile() string {
	if file, ok := os.LookupEnv("GOENV"); ok {
		if file == "off" {
			return ""
		}
		return file
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "go", "env")
}

// fileState is the content of a small configuration file, or why there is
// none.
func fileState(name string) string {
	if name == "" {
		return "none"
	}
	content, err := os.ReadFile(name)
	if err != nil {
		return fmt.Sprintf("%q: %v", name, err)
	}
	return fmt.Sprintf("%q %q", name, content)
}

// A toolchain is what the cache keys take from the listing about the go
// command's installation.
type toolchain struct {
	// target names the Go installation whose std the listing holds: its
	// GOROOT, its version and the time it was installed, and its go.env,
	// the defaults under the environment (see goEnvironment).
	target string
	// immutable are the directories whose files do not change under a
	// name the key holds: the module cache, which the go command fills
	// once per module version, read-only (go mod verify checks it), and
	// the std sources of a released Go, whose GOROOT, version and
	// installation time the target holds. A development Go's std is
	// hashed like any file.
	immutable []string
}

// listedToolchain finds the Go installation and the module cache from
// where the listing's files are.
func listedToolchain(l *listing) *toolchain {
	tc := &toolchain{target: "no std"}
	if root := listedGOROOT(l); root != "" {
		version := filepath.Join(root, "VERSION")
		content, err := os.ReadFile(version)
		tc.target = fmt.Sprintf("GOROOT %q\nversion %q %v %s\ngo.env %s", root, content, err, modTime(version), fileState(filepath.Join(root, "go.env")))
		if err == nil && strings.HasPrefix(string(content), "go1.") {
			tc.immutable = append(tc.immutable, filepath.Join(root, "src"))
		}
	}
	if dir := listedModCache(l); dir != "" {
		tc.immutable = append(tc.immutable, dir)
	}
	return tc
}

// listedGOROOT is the GOROOT of the listing's std: the directory above
// src/runtime or src/unsafe, which a user package cannot be.
func listedGOROOT(l *listing) string {
	for _, p := range l.order {
		if p.Module != nil || p.PkgPath != "runtime" && p.PkgPath != "unsafe" || len(p.GoFiles) == 0 {
			continue
		}
		dir := filepath.Dir(p.GoFiles[0])
		if filepath.Base(dir) == p.PkgPath && filepath.Base(filepath.Dir(dir)) == "src" {
			return filepath.Dir(filepath.Dir(dir))
		}
	}
	return ""
}

// listedModCache is the module cache the listing's modules were read
// from: a downloaded module's directory is the cache's, then its escaped
// path and version. "" when no listed module comes from it.
func listedModCache(l *listing) string {
	for _, p := range l.order {
		m := p.Module
		if m == nil {
			continue
		}
		if m.Replace != nil {
			m = m.Replace
		}
		if dir := modCacheOf(m); dir != "" {
			return dir
		}
	}
	return ""
}

// modCacheOf is the module cache m's directory lies in, or "" when m is
// not a downloaded module.
func modCacheOf(m *packages.Module) string {
	if m.Version == "" || m.Dir == "" {
		return ""
	}
	escaped, err := module.EscapePath(m.Path)
	if err != nil {
		return ""
	}
	ev, err := module.EscapeVersion(m.Version)
	if err != nil {
		return ""
	}
	suffix := string(filepath.Separator) + filepath.FromSlash(escaped) + "@" + ev
	if dir, ok := strings.CutSuffix(m.Dir, suffix); ok && filepath.IsAbs(dir) {
		return dir
	}
	return ""
}

// modTime is a file's modification time, which an installation in place
// of another of the same version changes.
func modTime(name string) string {
	info, err := os.Stat(name)
	if err != nil {
		return "no time"
	}
	return info.ModTime().UTC().Format("2006-01-02T15:04:05.000000000Z")
}
