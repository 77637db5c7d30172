// Package manifest reads an app's rcperm.yaml, the declaration of the
// RingCentral permissions the app has: it finds the manifest that governs a
// package, parses it, and digests the manifests a cache of rcperm's
// findings depends on. It reads only regular files, never more than a
// manifest's size limit, and never blocks on a FIFO or a device.
package manifest

import (
	"fmt"
	"strings"

	"github.com/rcperm/rcperm/permissions"
)

// FileName is the name of the file in which an app declares the
// permissions it has, so that rcperm can tell which API calls it may make.
const FileName = "rcperm.yaml"

// maxManifestSize bounds what Load reads and Parse accepts.
// A manifest is a short list, so a bigger file is the wrong file; the bound
// also caps the work the YAML parser does on hostile input.
const maxSize = 1 << 20

// Two examples the messages share, so users see one consistent spelling.
const (
	examplePermissions = "[ReadCallLog, ReadAccounts]"
	exampleScope       = `"ReadCallLog ReadAccounts"`
)

// emptyMsg tells the user that the manifest grants nothing and where to
// find what it should grant.
const emptyMsg = "no permissions listed: list the permissions your app has in the RingCentral Developer Console, for example permissions: " + examplePermissions

// A Manifest is an app's declaration of its permissions, read from
// rcperm.yaml, against which rcperm checks the app's API calls.
type Manifest struct {
	// Path is the file the manifest came from, as given to Parse.
	Path string
	// App is the app's name for messages, "" when the manifest gives none.
	App string
	// Granted holds the permissions the manifest lists.
	Granted permissions.Set
	// Entries are the listed permissions in the order written, each with
	// its place in the file, so that diagnostics about a permission (such
	// as one the app never uses) can point at the line that grants it.
	Entries []Entry
	// UserPermissions are the user permissions the optional
	// user-permissions key declares the role of the user the app runs as
	// grants, in the order written. DeclaresUser tells whether the key is
	// given: without it, the user's role is not checked.
	UserPermissions []string
	DeclaresUser    bool
}

// A Entry is one permission in a manifest and where it is written.
type Entry struct {
	Permission permissions.Permission
	// Line and Column are 1-based; Column counts characters, as YAML
	// editors and yaml.v3 do.
	Line, Column int
	// Kept is why the manifest keeps the grant though no code needs it
	// (its keep list), "" when it does not: such a grant is never unused.
	Kept string
}

// A Error is a problem with a manifest file. It carries the place
// separately from the message so that tools can show it as a diagnostic.
type Error struct {
	Path string
	// Line and Column are 1-based, 0 when unknown or when the problem is
	// with the file as a whole.
	Line, Column int
	Msg          string
	// Missing tells that no manifest was found: Path is then the directory
	// where it belongs (see Find).
	Missing bool
}

// Error formats e as "path:line:col: msg", leaving out the line and column
// when they are 0, like the Go tools' messages so editors can jump to it.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}
