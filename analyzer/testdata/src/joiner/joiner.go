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
func JoinAbsolute(elem ...string) string { // want JoinAbsolute:`route\(.*\)  \{\$0\} \{\$0\}/\{\$1\}.*`
	return scheme.ReplaceAllString(path.Join(elem...), "${1}/")
}

// Join joins its parts with slashes.
func Join(base string, elem ...string) string { // want Join:`route\(.*`
	return strings.TrimSuffix(base, "/") + "/" + strings.Join(elem, "/")
}

// Presence is a route builder whose variadic parts extend a fixed route:
// called with none, it is that route.
func Presence(ext string, parts ...string) string { // want Presence:`route\(\) /restapi/v1.0/account/~/extension/\{\$0\}/presence /restapi.*`
	return path.Join(append([]string{"/restapi/v1.0/account/~/extension", ext, "presence"}, parts...)...)
}
