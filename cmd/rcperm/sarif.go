package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/mod/semver"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/internal/sarif"
)

// SARIF constants. See https://docs.oasis-open.org/sarif/sarif/v2.1.0/.
const (
	sarifSrcRoot  = "%SRCROOT%"
	rcpermInfoURI = "https://github.com/rcperm/rcperm"
	rcpermHelpURI = "https://pkg.go.dev/github.com/rcperm/rcperm/analyzer"

	// sarifColumnKind is the unit of the columns written. UTF-16 code units
	// is SARIF's default, so consumers that ignore run.columnKind (GitHub
	// code scanning among them) read the columns right too.
	sarifColumnKind = "utf16CodeUnits"

	// fingerprintKey is the partialFingerprints key GitHub code scanning
	// reads to track a result across runs. See fingerprint.
	fingerprintKey = "primaryLocationLineHash"
)

// writeSARIF writes findings to w as a SARIF 2.1.0 log of one run of
// rcperm, for GitHub code scanning and other SARIF consumers.
//
// root is the directory (the repository or module root) that artifact
// URIs are relative to, through the base id %SRCROOT%, which the log
// describes but does not locate: it names no directory of the machine that
// wrote it, and a consumer such as GitHub code scanning takes it to be
// its checkout. A file outside root keeps an absolute file:// URI. Paths
// in messages are relative to root too.
//
// facts, when not nil, gives a result its properties: the finding's facts
// as data. Each related location is linked from the message, as
// "[via Client.Do at rc/client.go:19:9](1)", so viewers show the wrapper
// chain. version is rcperm's version,
// written as tool.driver.version, and also as semanticVersion when it is a
// semantic version ("v1.2.3" or "1.2.3").
//
// The log lists every rule, even when there are no findings, and its
// results are sorted by file, line, column, rule and message; exact
// duplicates are written once. The output depends only on the arguments
// and on the contents of the files named, which are read to convert
// go/token's byte columns into UTF-16 columns.
func writeSARIF(w io.Writer, findings []driver.Finding, root string, version string, facts func(driver.Finding) *findingFacts) error {
	if root != "" {
		abs, err := filepath.Abs(root)
		if err != nil {
			return fmt.Errorf("sarif: root: %v", err)
		}
		root = abs
	}
	sw := &sarifWriter{root: root, lines: map[string][][]byte{}}

	rules := slices.Clone(analyzer.Categories)
	ruleIndex := map[string]int{}
	for i, r := range rules {
		ruleIndex[r.Name] = i
	}
	// A category this writer does not know (one added to the analyzer
	// later) still gets a rule, so that no finding is lost.
	var extra []string
	for _, f := range findings {
		if _, ok := ruleIndex[sarifRuleID(f)]; !ok && !slices.Contains(extra, sarifRuleID(f)) {
			extra = append(extra, sarifRuleID(f))
		}
	}
	slices.Sort(extra)
	for _, id := range extra {
		ruleIndex[id] = len(rules)
		rules = append(rules, analyzer.CategoryInfo{
			Name: id, Level: "warning",
			Summary:     "rcperm finding: " + id,
			Description: "rcperm reports a problem of category " + id + ".",
			Help:        "See the message, and the documentation of the rcperm analyzer.",
		})
	}

	findings = slices.Clone(findings)
	slices.SortFunc(findings, compareFindings)
	findings = slices.CompactFunc(findings, func(a, b driver.Finding) bool { return compareFindings(a, b) == 0 })

	tool := sarif.Driver{
		Name:           "rcperm",
		InformationURI: rcpermInfoURI,
		Version:        version,
		Rules:          make([]sarif.Rule, 0, len(rules)),
	}
	if v := "v" + strings.TrimPrefix(version, "v"); semver.IsValid(v) && semver.Canonical(v)+semver.Build(v) == v {
		// A full semantic version: semver accepts "v1.2" as shorthand,
		// which SARIF's semanticVersion does not.
		tool.SemanticVersion = v[1:]
	}
	for _, r := range rules {
		tool.Rules = append(tool.Rules, sarif.Rule{
			ID:                   r.Name,
			Name:                 camelCase(r.Name),
			ShortDescription:     sarif.Message{Text: r.Summary},
			FullDescription:      sarif.Message{Text: r.Description},
			Help:                 sarif.Message{Text: markdownText(r.Help), Markdown: r.Help},
			HelpURI:              rcpermHelpURI,
			DefaultConfiguration: sarif.Configuration{Level: r.Level},
			Properties:           &sarif.RuleProperties{Tags: []string{"ringcentral", "permissions"}},
		})
	}

	run := sarif.Run{
		Tool:       sarif.Tool{Driver: tool},
		ColumnKind: sarifColumnKind,
		Results:    make([]sarif.Result, 0, len(findings)),
	}
	if root != "" {
		run.OriginalURIBaseIDs = map[string]sarif.ArtifactLocation{
			sarifSrcRoot: {Description: &sarif.Message{Text: "The root of the repository analyzed."}},
		}
	}

	occurrences := map[string]int{}
	for _, f := range findings {
		id := sarifRuleID(f)
		i := ruleIndex[id]
		res := sarif.Result{
			RuleID:    id,
			RuleIndex: i,
			Level:     rules[i].Level,
			Message:   sarif.Message{Text: escapeSARIFText(rewritePaths(f.Message, f, sw.displayPath))},
		}
		if res.Message.Text == "" {
			res.Message.Text = rules[i].Summary
		}
		if facts != nil {
			if ff := facts(f); ff != nil {
				res.Properties = ff
			}
		}
		if loc := sw.physicalLocation(f.Pos, f.End); loc != nil {
			res.Locations = []sarif.Location{{PhysicalLocation: loc}}
		}
		for j, rel := range f.Related {
			id := j + 1
			loc := sarif.Location{ID: &id, PhysicalLocation: sw.physicalLocation(rel.Pos, token.Position{})}
			if rel.Message != "" {
				msg := escapeSARIFText(rewritePaths(rel.Message, f, sw.displayPath))
				loc.Message = &sarif.Message{Text: msg}
				res.Message.Text += fmt.Sprintf("\n[%s](%d)", msg, id)
			}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		fp := sw.fingerprint(id, f)
		occurrences[fp]++
		res.PartialFingerprints = map[string]string{
			fingerprintKey: fmt.Sprintf("%s:%d", fp, occurrences[fp]),
		}
		run.Results = append(run.Results, res)
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sarif.Log{Schema: sarif.Schema, Version: sarif.Version, Runs: []sarif.Run{run}}); err != nil {
		return fmt.Errorf("sarif: %v", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// sarifRuleID is the rule id of a finding: its category.
func sarifRuleID(f driver.Finding) string {
	if f.Category == "" {
		return "rcperm"
	}
	return f.Category
}

// compareFindings orders findings by file, line, column, rule and message,
// then by everything else, so that the order of the input does not show in
// the output.
func compareFindings(a, b driver.Finding) int {
	if c := comparePositions(a.Pos, b.Pos); c != 0 {
		return c
	}
	if c := cmp.Compare(sarifRuleID(a), sarifRuleID(b)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Message, b.Message); c != 0 {
		return c
	}
	if c := comparePositions(a.End, b.End); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Related, b.Related, func(x, y driver.Related) int {
		if c := comparePositions(x.Pos, y.Pos); c != 0 {
			return c
		}
		return cmp.Compare(x.Message, y.Message)
	})
}

func comparePositions(a, b token.Position) int {
	if c := cmp.Compare(a.Filename, b.Filename); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Column, b.Column); c != 0 {
		return c
	}
	return cmp.Compare(a.Offset, b.Offset)
}

// A sarifWriter turns positions into SARIF locations.
type sarifWriter struct {
	root  string              // absolute, or "" for none
	lines map[string][][]byte // the lines of each file read; nil if unreadable
}

// physicalLocation returns the SARIF location of the range [pos, end), or
// nil if pos has no file. end is optional.
func (sw *sarifWriter) physicalLocation(pos, end token.Position) *sarif.PhysicalLocation {
	if pos.Filename == "" {
		return nil
	}
	loc := &sarif.PhysicalLocation{ArtifactLocation: sw.artifactLocation(pos.Filename)}
	if pos.Line < 1 {
		return loc
	}
	r := &sarif.Region{StartLine: pos.Line, StartColumn: sw.column(pos)}
	if end.Line >= 1 && (end.Filename == "" || end.Filename == pos.Filename) &&
		(end.Line > pos.Line || end.Line == pos.Line && end.Column >= pos.Column) {
		r.EndLine = end.Line
		if pos.Column >= 1 {
			r.EndColumn = sw.column(token.Position{Filename: pos.Filename, Line: end.Line, Column: end.Column})
		}
	}
	loc.Region = r
	return loc
}

// artifactLocation returns the location of the named file: relative to
// %SRCROOT% within root, else an absolute file:// URI.
func (sw *sarifWriter) artifactLocation(filename string) sarif.ArtifactLocation {
	if rel, ok := sw.relative(filename); ok {
		return sarif.ArtifactLocation{URI: escapeURIPath(filepath.ToSlash(rel), false), URIBaseID: sarifSrcRoot}
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		abs = filename
	}
	return sarif.ArtifactLocation{URI: fileURI(abs)}
}

// relative returns the path of filename relative to the root, if it is
// inside it.
func (sw *sarifWriter) relative(filename string) (string, bool) {
	if sw.root == "" {
		return "", false
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		return "", false
	}
	inside := func(root, abs string) (string, bool) {
		rel, err := filepath.Rel(root, abs)
		if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
			return "", false
		}
		return rel, true
	}
	if rel, ok := inside(sw.root, abs); ok {
		return rel, true
	}
	// The root or the file may be named through a symbolic link.
	realRoot, err1 := filepath.EvalSymlinks(sw.root)
	realAbs, err2 := filepath.EvalSymlinks(abs)
	if err1 != nil || err2 != nil {
		return "", false
	}
	return inside(realRoot, realAbs)
}

// column converts p's column, a 1-based byte offset in its line, into a
// 1-based column in UTF-16 code units, reading the line from p's file. If
// the file or the line cannot be read, it returns the byte column, which
// is the same for ASCII. It returns 0 for no column.
func (sw *sarifWriter) column(p token.Position) int {
	if p.Column < 1 {
		return 0
	}
	lines, ok := sw.lines[p.Filename]
	if !ok {
		if data, err := os.ReadFile(p.Filename); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		sw.lines[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) {
		return p.Column
	}
	line := lines[p.Line-1]
	if p.Column-1 > len(line) {
		return p.Column
	}
	prefix := line[:p.Column-1]
	units := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRune(prefix)
		prefix = prefix[size:]
		if n := utf16.RuneLen(r); n > 0 {
			units += n
		} else {
			units++ // an invalid byte shows as one U+FFFD
		}
	}
	return units + 1
}

// fingerprint returns a hash identifying a finding across runs: its rule,
// its file relative to the root and its message, with the root removed.
// Neither its line nor its column is part of it, so the finding keeps its
// identity when code above it moves. writeSARIF adds ":n" for the n-th
// finding with the same hash, in file order, as CodeQL does.
func (sw *sarifWriter) fingerprint(ruleID string, f driver.Finding) string {
	file, ok := sw.relative(f.Pos.Filename)
	if !ok {
		file = f.Pos.Filename
	}
	msg := f.Message
	if sw.root != "" {
		msg = strings.ReplaceAll(msg, sw.root+string(filepath.Separator), "")
	}
	h := sha256.New()
	for _, s := range []string{ruleID, filepath.ToSlash(file), msg} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// fileURI returns the file:// URI of an absolute path.
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	return "file://" + escapeURIPath(p, true)
}

// displayPath names a file in a message: relative to the root, with
// slashes, when it is inside it.
func (sw *sarifWriter) displayPath(filename string) string {
	if rel, ok := sw.relative(filename); ok {
		return filepath.ToSlash(rel)
	}
	return filename
}

// escapeSARIFText escapes what SARIF's plain-text messages read as markup:
// brackets, which would start an embedded link, and the backslash.
func escapeSARIFText(s string) string {
	return strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`).Replace(s)
}

// escapeURIPath percent-encodes a slash-separated path for a URI (RFC 3986):
// every byte but the unreserved characters, "/", and the sub-delimiters and
// "@" allowed in a path segment. A colon, which would make the first segment
// of a relative reference look like a scheme, is kept only if colonOK.
func escapeURIPath(p string, colonOK bool) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~/!$&'()*+,;=@", c) >= 0,
			c == ':' && colonOK:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	return b.String()
}

// markdownText returns the plain text of the markdown of a rule's help: the
// same without backquotes, and with code blocks indented instead of fenced.
func markdownText(md string) string {
	return strings.NewReplacer("\n```yaml\n", "\n    ", "\n```\n", "\n", "`", "").Replace(md)
}

// camelCase turns a rule id such as "missing-permission" into the rule's
// name, "MissingPermission".
func camelCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		r, size := utf8.DecodeRuneInString(part)
		b.WriteString(strings.ToUpper(string(r)))
		b.WriteString(part[size:])
	}
	return b.String()
}
