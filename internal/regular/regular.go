// Package regular reads files that someone other than the user may have put
// in place: a manifest of the code under review, an entry of rcperm's cache.
// Such a path may be a FIFO, which an ordinary open waits on for a writer
// forever, or a device such as /dev/zero, which never ends; Read opens
// without blocking, accepts regular files only and reads a bounded amount.
package regular

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// NotRegularError is the error of Read for a path that is not a regular
// file: Mode says what it is.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s: not a regular file (%s)", e.Path, e.Mode.Type())
}

// Read returns the content of the regular file at path, at most limit+1
// bytes (enough for a caller to tell that it is over its limit), and the
// file's size. With follow false a symbolic link is refused (O_NOFOLLOW)
// rather than followed: for files only rcperm writes, such as its cache
// entries, a link is never its own. A path that is not a regular file
// gives a *NotRegularError; other errors are those of os.
func Read(path string, limit int64, follow bool) (data []byte, size int64, err error) {
	flags := os.O_RDONLY | syscall.O_NONBLOCK
	if !follow {
		flags |= syscall.O_NOFOLLOW
	}
	f, err := os.OpenFile(path, flags, 0)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, &NotRegularError{Path: path, Mode: fi.Mode()}
	}
	data, err = io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, 0, err
	}
	return data, fi.Size(), nil
}
