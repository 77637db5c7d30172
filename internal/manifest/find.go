package manifest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Find returns the path of the manifest that governs the code in dir: the
// nearest rcperm.yaml in dir or a directory above it, up to and including
// the module root (the first directory holding go.mod), so that a manifest
// outside the module never applies to it. The path is absolute. When there
// is none, the error is a *Error placed at the module root, where the
// manifest belongs (outside a module, at dir), that says how to write one.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	dirs, inModule, err := governingDirs(dir)
	if err != nil {
		return "", err
	}
	for _, d := range dirs {
		path := filepath.Join(d, FileName)
		found, err := exists(path)
		if err != nil {
			return "", err
		}
		if found {
			return path, nil
		}
	}
	return "", missingError(dirs, inModule)
}

// missingError says that none of dirs, nearest first, holds a manifest,
// and how to write one: the first thing a new user of rcperm meets.
func missingError(dirs []string, inModule bool) *Error {
	const write = ": run 'rcperm manifest -w ./...' here to write one from the code, review it and grant the same " +
		"permissions to the app in the RingCentral Developer Console; or name one (-manifest, or the manifest setting of golangci-lint)"
	if !inModule {
		return &Error{Path: dirs[0], Msg: fmt.Sprintf("no %s here or above, and no go.mod", FileName) + write, Missing: true}
	}
	root, below := dirs[len(dirs)-1], dirs[:len(dirs)-1]
	msg := fmt.Sprintf("no %s at this module root", FileName)
	if len(below) > 0 {
		msg += " nor in " + strings.Join(below, ", ")
	}
	return &Error{Path: root, Msg: msg + write, Missing: true}
}

// ModuleRoot is the directory of the go.mod at or above dir, or dir itself
// when there is none: what a relative -manifest is taken from under go vet,
// which runs its tool in each package's directory.
func ModuleRoot(dir string) string {
	dirs, inModule, err := governingDirs(dir)
	if err != nil || !inModule {
		return dir
	}
	return dirs[len(dirs)-1]
}

// governingDirs lists the directories whose rcperm.yaml may govern the code
// in dir, nearest first: dir and those above it up to its module root, or
// up to the file system's root outside a module (inModule false). This is
// the one place rcperm looks for go.mod.
func governingDirs(dir string) (dirs []string, inModule bool, err error) {
	for {
		dirs = append(dirs, dir)
		atRoot, err := exists(filepath.Join(dir, "go.mod"))
		if err != nil {
			return nil, false, err
		}
		if atRoot {
			return dirs, true, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return dirs, false, nil
		}
		dir = parent
	}
}

// exists reports whether path exists; an error other than its absence is
// returned, since a manifest that cannot be seen must not be skipped.
func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, err
}
