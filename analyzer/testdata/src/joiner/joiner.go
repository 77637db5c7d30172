package joiner // want package:`needs\(\[\]\) wrappers=true module=""`

// Package joiner joins URL parts with a variadic function, as URL helper
// libraries do: its routes are summarized for each number of parts.

import (
	"path"
	"regexp"
	"strings"
)

var scheme = regexp.MustCompile(`^([A-Za-z]+:/)`)

// JoinAbsolute joins its parts as a path, keeping the scheme's "//".
func JoinAbsolute(elem ...string) string { // want JoinAbsolute:`route\(.*\) \{\$0\} \{\$0\}/\{\$1\}.*`
	return scheme.ReplaceAllString(path.Join(elem...), "${1}/")
}

// Join joins its parts with slashes.
func Join(base string, elem ...string) string { // want Join:`route\(.*`
	return strings.TrimSuffix(base, "/") + "/" + strings.Join(elem, "/")
}
