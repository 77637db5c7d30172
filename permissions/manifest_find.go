package permissions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// FindManifest returns the path of the manifest that governs the code in
// dir: the nearest rcperm.yaml in dir or a directory above it, up to and
// including the module root (the first directory holding go.mod), so that
// a manifest outside the module never applies to it. The path is absolute.
// The error when there is none names the directories looked in.
func FindManifest(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	var looked []string
	for {
		looked = append(looked, dir)
		path := filepath.Join(dir, ManifestName)
		found, err := exists(path)
		if err != nil {
			return "", err
		}
		if found {
			return path, nil
		}
		atRoot, err := exists(filepath.Join(dir, "go.mod"))
		if err != nil {
			return "", err
		}
		parent := filepath.Dir(dir)
		if atRoot || parent == dir {
			break
		}
		dir = parent
	}
	return "", fmt.Errorf("no %s in %s: create %s at the module root, listing the permissions your app has in the RingCentral Developer Console, or name one (-manifest, or the manifest setting of golangci-lint)",
		ManifestName, strings.Join(looked, ", "), ManifestName)
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
