package manifest

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// Parse parses data, the contents of the manifest file at path, in
// either of its two forms:
//
//	permissions: [ReadCallLog, ReadAccounts]
//	scope: "ReadCallLog ReadAccounts"
//
// the second being an access token's scope string, verbatim. An optional
// "app: name" names the app; the optional user-permissions and keep lists
// are userPermissionsKey's and keepKey's. Every error it returns is a *Error
// that says where the problem is and what to do about it; a manifest that
// grants nothing is an error too, since checking against it is pointless.
func Parse(path string, data []byte) (*Manifest, error) {
	p := &manifestParser{path: path, data: data, m: &Manifest{Path: path}}
	if err := p.parse(); err != nil {
		return nil, err
	}
	return p.m, nil
}

// manifestParser holds what parsing one manifest needs.
type manifestParser struct {
	path string
	data []byte
	m    *Manifest
	// seen maps each permission listed so far to its entry, to report a
	// duplicate along with where it was first listed.
	seen map[permissions.Permission]Entry
	// kept are the items of keep, checked against the grants at the end.
	kept []keepItem
}

func (p *manifestParser) errAt(line, col int, format string, args ...any) *Error {
	return &Error{Path: p.path, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

func (p *manifestParser) errAtNode(n *yaml.Node, format string, args ...any) *Error {
	return p.errAt(n.Line, n.Column, format, args...)
}

func (p *manifestParser) parse() error {
	if len(p.data) > maxSize {
		return p.errAt(0, 0, "larger than the %d MiB limit: a manifest is a short list of permissions, check that this is the right file", maxSize>>20)
	}
	// yaml.v3 reports bad characters without a position, so find them first.
	if err := p.checkText(); err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(p.data))
	var doc yaml.Node
	switch err := dec.Decode(&doc); {
	case err == io.EOF:
		return p.errAt(0, 0, emptyMsg)
	case err != nil:
		return p.yamlError(err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return p.errAtNode(&next, "a second YAML document: a manifest is one document, remove this one or merge it into the first")
	case err != io.EOF:
		return p.yamlError(err)
	}
	if err := p.checkNoAnchors(&doc); err != nil {
		return err
	}
	if len(doc.Content) == 0 {
		return p.errAt(0, 0, emptyMsg)
	}
	return p.top(doc.Content[0])
}

// yamlError turns an error of yaml.v3, whose text may hold "line N: ", into
// a *Error with that line.
func (p *manifestParser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil && n > 0 {
				line, msg = n, after
			}
		}
	}
	return p.errAt(line, 0, "invalid YAML: %s", msg)
}

// checkText rejects what yaml.v3 rejects as text, invalid UTF-8 and control
// characters, at the place of the first offending character.
func (p *manifestParser) checkText() error {
	for c := startCursor(p.data); c.off < len(p.data); {
		line, col, off := c.line, c.col, c.off
		r, size := c.next(p.data)
		switch {
		case r == utf8.RuneError && size == 1:
			return p.errAt(line, col, "invalid UTF-8 byte %#x: save the manifest as UTF-8 text", p.data[off])
		case !yamlChar(r):
			return p.errAt(line, col, "control character %U: a manifest is plain text, remove it", r)
		}
	}
	return nil
}

// yamlChar reports whether YAML allows r in a document (YAML 1.2 c-printable).
func yamlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r == 0x85 ||
		0x20 <= r && r <= 0x7e || 0xa0 <= r && r <= 0xd7ff ||
		0xe000 <= r && r <= 0xfffd || 0x10000 <= r && r <= 0x10ffff
}

// checkNoAnchors rejects anchors and aliases anywhere in the document. A
// manifest never needs them, and rejecting them outright keeps alias bombs
// away from any code that might expand them.
func (p *manifestParser) checkNoAnchors(doc *yaml.Node) error {
	stack := []*yaml.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode || n.Anchor != "" {
			return p.errAtNode(n, "YAML anchors and aliases are not allowed in a manifest: write each permission out")
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	return nil
}

// top reads the top-level mapping.
func (p *manifestParser) top(root *yaml.Node) error {
	if isNull(root) {
		return p.errAtNode(root, emptyMsg)
	}
	if root.Kind != yaml.MappingNode {
		return p.errAtNode(root, "the manifest is %s, want a mapping such as permissions: %s", describe(root), examplePermissions)
	}
	keys := map[string]*yaml.Node{}
	var list *yaml.Node // the permissions or scope key, whichever comes first
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return p.errAtNode(k, "key is %s, want app, permissions, scope, user-permissions or keep", describe(k))
		}
		switch k.Value {
		case "app", "permissions", "scope", userPermissionsKey, keepKey:
		default:
			return p.errAtNode(k, "unknown key %q: the keys allowed are app, permissions, scope, user-permissions and keep", clip.String(k.Value))
		}
		if first, dup := keys[k.Value]; dup {
			return p.errAtNode(k, "duplicate key %s: first given at line %d, column %d, keep one", k.Value, first.Line, first.Column)
		}
		keys[k.Value] = k
		if k.Value == userPermissionsKey || k.Value == keepKey {
			read := p.userPermissions
			if k.Value == keepKey {
				read = p.keep
			}
			if err := read(v); err != nil {
				return err
			}
			continue
		}
		if k.Value != "app" && list != nil {
			return p.errAtNode(k, "%s given along with %s (line %d): list the permissions in one of them, not both", k.Value, list.Value, list.Line)
		}
		var err error
		switch k.Value {
		case "app":
			err = p.app(v)
		case "permissions":
			list, err = k, p.permissions(v)
		case "scope":
			list, err = k, p.scope(v)
		}
		if err != nil {
			return err
		}
	}
	if list == nil {
		return p.errAtNode(root, emptyMsg)
	}
	return p.checkKept()
}

func (p *manifestParser) app(v *yaml.Node) error {
	switch {
	case v.Kind != yaml.ScalarNode:
		return p.errAtNode(v, "app is %s, want the app's name", describe(v))
	case isNull(v) || strings.TrimSpace(v.Value) == "":
		return p.errAtNode(v, "app is empty: give the app's name or remove the app key")
	}
	p.m.App = v.Value
	return nil
}

// permissions reads the list form, one permission name per item.
func (p *manifestParser) permissions(v *yaml.Node) error {
	if isNull(v) || v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
		return p.errAtNode(v, emptyMsg)
	}
	if v.Kind != yaml.SequenceNode {
		return p.errAtNode(v, "permissions is %s, want a list of permission names such as %s", describe(v), examplePermissions)
	}
	for _, item := range v.Content {
		if !isString(item) {
			return p.errAtNode(item, "permissions item is %s, want a permission name such as ReadCallLog", describe(item))
		}
		if err := p.add(item.Value, item.Line, item.Column); err != nil {
			return err
		}
	}
	return nil
}

// scope reads the scope-string form: names separated by white space, as in
// an access token's scope. yaml.v3 gives the place of the string only, so
// each name is found in the source text from the end of the one before; a
// name written with an escape is not found there and gets the string's place.
func (p *manifestParser) scope(v *yaml.Node) error {
	if isNull(v) {
		return p.errAtNode(v, emptyMsg)
	}
	if !isString(v) {
		return p.errAtNode(v, "scope is %s, want your access token's scope string, such as %s", describe(v), exampleScope)
	}
	names := strings.Fields(v.Value)
	if len(names) == 0 {
		return p.errAtNode(v, emptyMsg)
	}
	c := startCursor(p.data)
	c.seek(p.data, v.Line, v.Column)
	for _, name := range names {
		line, col := v.Line, v.Column
		if i := bytes.Index(p.data[c.off:], []byte(name)); i >= 0 {
			c.advanceTo(p.data, c.off+i)
			line, col = c.line, c.col
			c.advanceTo(p.data, c.off+len(name))
		}
		if strings.Contains(name, ",") {
			return p.errAt(line, col, "%q holds a comma: separate the names in scope with spaces, as in %s", clip.String(name), exampleScope)
		}
		if err := p.add(name, line, col); err != nil {
			return err
		}
	}
	return nil
}

// add grants the permission name written at line and col.
func (p *manifestParser) add(name string, line, col int) error {
	perm := permissions.Permission(name)
	granted, unknown := permissions.SetOf(perm)
	if len(unknown) > 0 {
		return p.errAt(line, col, "%s", permissions.UnknownPermission(name))
	}
	if first, dup := p.seen[perm]; dup {
		return p.errAt(line, col, "permission %s listed twice: first at line %d, column %d, list it once", perm, first.Line, first.Column)
	}
	e := Entry{Permission: perm, Line: line, Column: col}
	if p.seen == nil {
		p.seen = map[permissions.Permission]Entry{}
	}
	p.seen[perm] = e
	p.m.Entries = append(p.m.Entries, e)
	p.m.Granted |= granted
	return nil
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func isString(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str"
}

// describe names the kind of YAML value n is, for "is X, want Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch tag := n.ShortTag(); tag {
	case "!!str":
		return "a string"
	case "!!int", "!!float":
		return "a number"
	case "!!bool":
		return "a boolean"
	case "!!null":
		return "empty"
	default:
		return fmt.Sprintf("a value tagged %q", clip.String(tag))
	}
}

// A textCursor walks manifest text keeping the line and column as yaml.v3
// counts them: lines end at \n, \r\n, \r, NEL, LS or PS; columns count
// characters; a leading byte order mark takes no column.
type textCursor struct {
	off, line, col int
}

func startCursor(data []byte) textCursor {
	c := textCursor{line: 1, col: 1}
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		c.off = len("\ufeff")
	}
	return c
}

// next moves c past the character at c.off and returns it and its size in
// bytes, utf8.RuneError and 1 for an invalid byte.
func (c *textCursor) next(data []byte) (rune, int) {
	r, size := utf8.DecodeRune(data[c.off:])
	c.off += size
	switch r {
	case '\r':
		if c.off < len(data) && data[c.off] == '\n' {
			c.col++ // the \n that follows ends the line
			break
		}
		fallthrough
	case '\n', 0x85, 0x2028, 0x2029:
		c.line++
		c.col = 1
	default:
		c.col++
	}
	return r, size
}

// seek moves c forward to line and col, or to the end of data.
func (c *textCursor) seek(data []byte, line, col int) {
	for c.off < len(data) && (c.line < line || c.line == line && c.col < col) {
		c.next(data)
	}
}

// advanceTo moves c forward to the byte offset off.
func (c *textCursor) advanceTo(data []byte, off int) {
	for c.off < off && c.off < len(data) {
		c.next(data)
	}
}
