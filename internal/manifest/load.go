package manifest

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/rcperm/rcperm/internal/regular"
)

// Load reads and parses the manifest at path. Every error it returns is a
// *Error.
func Load(path string) (*Manifest, error) {
	data, _, err := read(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// read returns the content of the manifest file at path, at most one byte
// more than the size limit (enough for Parse to reject it), and the file's
// size. It reads regular files only, without blocking (regular.Read),
// following a link: a manifest may be one. Every read of a manifest, to
// parse or to digest it, goes through here. Every error it returns is a
// *Error.
func read(path string) (data []byte, size int64, err error) {
	data, size, err = regular.Read(path, maxSize, true)
	var nr *regular.NotRegularError
	if errors.As(err, &nr) {
		return nil, 0, &Error{Path: path, Msg: notRegular(path, nr.Mode)}
	}
	if err != nil {
		return nil, 0, loadError(path, err)
	}
	return data, size, nil
}

// notRegular says what the file at path is instead of a manifest.
func notRegular(path string, mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return fmt.Sprintf("is a directory, not a manifest: pass the file itself, such as %s", filepath.Join(path, FileName))
	case mode&fs.ModeNamedPipe != 0:
		return "is a named pipe (FIFO), not a manifest file: rcperm reads manifests from regular files only, point it at the file itself"
	case mode&fs.ModeDevice != 0:
		return "is a device, not a manifest file: rcperm reads manifests from regular files only, point it at the file itself"
	}
	return fmt.Sprintf("is not a regular file (%s): rcperm reads manifests from regular files only, point it at the file itself", mode.Type())
}

// loadError explains why the manifest at path could not be read.
func loadError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return &Error{Path: path, Msg: "file does not exist: create it with the permissions your app has in the RingCentral Developer Console, for example permissions: " + examplePermissions + ", or point rcperm at the right path (-manifest, or the manifest setting of golangci-lint)"}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: path, Msg: "cannot read the file: " + err.Error()}
}
