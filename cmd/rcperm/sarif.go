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
	"regexp"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rcperm/rcperm/analyzer"
)

// A finding is one diagnostic of a run, with positions resolved.
type finding struct {
	Category string // one of the analyzer's Category constants
	Message  string
	Pos      token.Position // Filename absolute
	End      token.Position // may be zero
	Related  []relatedInfo
}

// A relatedInfo is a position that explains a finding, such as a step of
// the call chain that leads to the request reported.
type relatedInfo struct {
	Pos     token.Position
	Message string
}

// SARIF constants. See https://docs.oasis-open.org/sarif/sarif/v2.1.0/.
const (
	sarifSchema   = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion  = "2.1.0"
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

// A sarifRuleInfo describes one category of finding as a SARIF rule.
type sarifRuleInfo struct {
	id, level   string
	short, full string
	help        string // markdown; see markdownText for the plain text
}

// sarifRules are rcperm's rules in the order of the log's rule indexes.
var sarifRules = []sarifRuleInfo{
	{
		id:    analyzer.CategoryMissingPermission,
		level: "error",
		short: "Call needs an app permission that rcperm.yaml does not grant",
		full: "The RingCentral API operation this call reaches needs an app permission (OAuth scope) " +
			"that the app's rcperm.yaml does not grant. At run time RingCentral answers " +
			"403 InsufficientPermissions (CMN-401).",
		help: "The RingCentral API operation this call reaches needs an app permission that the app " +
			"does not have, according to its `rcperm.yaml`. RingCentral will refuse the request with " +
			"`403 InsufficientPermissions` (error code `CMN-401`).\n\n" +
			"To fix it, either:\n\n" +
			"- grant the permission: add it to the app in the RingCentral Developer Console and to the " +
			"`permissions` (or `scope`) of `rcperm.yaml`; or\n" +
			"- remove the call, if the app should not make it.\n\n" +
			"If the finding is wrong, silence it with `//rcperm:ignore <reason>` on the line of the call " +
			"or the line above.",
	},
	{
		id:    analyzer.CategoryUnknownOperation,
		level: "error",
		short: "Request to a RingCentral route that no API operation has",
		full: "The request goes to a RingCentral API path that no operation has, or uses a method " +
			"the path does not support. RingCentral will answer it with an error. The message " +
			"suggests the nearest operation.",
		help: "The request's path is under RingCentral's API, but no operation of the API has this " +
			"path, or the path has no operation for this HTTP method. The request will fail at run " +
			"time (typically `404` or `405`).\n\n" +
			"To fix it, correct the path or the method: the message names the nearest operation. " +
			"If the route is right and rcperm's operation table is out of date, silence the finding " +
			"with `//rcperm:ignore <reason>` and report it.",
	},
	{
		id:    analyzer.CategoryAmbiguousRoute,
		level: "warning",
		short: "Route may reach operations needing permissions the app does not grant",
		full: "Parts of the route known only at run time leave several RingCentral operations that " +
			"need different permissions, and the app does not grant some of them.",
		help: "rcperm could not tell which RingCentral operation the request reaches: parts of its " +
			"route are known only at run time (a variable segment, a computed path), and the " +
			"operations it may reach need different permissions, some of which `rcperm.yaml` does " +
			"not grant. Depending on the run-time value, RingCentral may answer " +
			"`403 InsufficientPermissions`.\n\n" +
			"To fix it, build the route from constants so rcperm can resolve it, grant the " +
			"permissions of every operation it may reach, or, if the run-time value never reaches " +
			"those operations, silence it with `//rcperm:ignore <reason>`.",
	},
	{
		id:    analyzer.CategoryUnusedPermission,
		level: "warning",
		short: "Granted permission that no request of the program needs",
		full: "rcperm.yaml grants a permission that no RingCentral request of the program needs, " +
			"or one broader than what the program uses it for.",
		help: "The app is granted a permission that no RingCentral request of this program needs, or " +
			"a broader permission than the one its requests need (for example `EditCallLog` where " +
			"only `ReadCallLog` is used). Least privilege: an app should hold only the permissions " +
			"it uses.\n\n" +
			"To fix it, remove the permission (or replace it with the narrower one) in `rcperm.yaml` " +
			"and in the app's settings in the RingCentral Developer Console. If another program of " +
			"the same app needs it, keep it and silence the finding with `//rcperm:ignore <reason>`.",
	},
	{
		id:    analyzer.CategoryManifest,
		level: "error",
		short: "App permissions cannot be read: rcperm.yaml is missing, unreadable or invalid",
		full: "rcperm cannot read the app's permissions: rcperm.yaml is missing, unreadable or " +
			"invalid. rcperm fails closed and reports every package it cannot check.",
		help: "rcperm reads the app's permissions from the nearest `rcperm.yaml` above the package, up " +
			"to its module root, or from `-manifest`, `-permissions` or `-scope`. It could not: the " +
			"file is missing, unreadable, or invalid (bad YAML, an unknown permission). rcperm fails " +
			"closed: it reports this instead of passing code it cannot check.\n\n" +
			"To fix it, create or correct `rcperm.yaml`, for example\n\n" +
			"```yaml\npermissions: [ReadCallLog, ReadAccounts]\n```\n\n" +
			"with the permissions of the app in the RingCentral Developer Console. This finding " +
			"cannot be silenced with `//rcperm:ignore`.",
	},
	{
		id:    analyzer.CategoryIgnore,
		level: "warning",
		short: "//rcperm:ignore directive without a reason, or that silences nothing",
		full: "An //rcperm:ignore directive has no reason, or silences no finding on its line or " +
			"the next.",
		help: "A `//rcperm:ignore` directive silences the findings of its line and the line below, " +
			"and must say why: `//rcperm:ignore <reason>`. This one either has no reason (and " +
			"silences nothing) or has no finding to silence (the code changed, or the directive " +
			"is misplaced).\n\n" +
			"To fix it, write the reason after the directive, move it to the line of the finding or " +
			"the line above, or remove it.",
	},
}

// SARIF 2.1.0 object model: only the properties rcperm writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                           `json:"columnKind"`
		Results            []sarifResult                    `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		InformationURI  string      `json:"informationUri"`
		Version         string      `json:"version,omitempty"`
		SemanticVersion string      `json:"semanticVersion,omitempty"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string               `json:"id"`
		Name                 string               `json:"name"`
		ShortDescription     sarifMessage         `json:"shortDescription"`
		FullDescription      sarifMessage         `json:"fullDescription"`
		Help                 sarifMessage         `json:"help"`
		HelpURI              string               `json:"helpUri"`
		DefaultConfiguration sarifConfiguration   `json:"defaultConfiguration"`
		Properties           *sarifRuleProperties `json:"properties,omitempty"`
	}
	sarifRuleProperties struct {
		Tags []string `json:"tags,omitempty"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	// sarifMessage is a message or a multiformatMessageString.
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations,omitempty"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	}
	sarifLocation struct {
		ID               *int                   `json:"id,omitempty"`
		PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
		Message          *sarifMessage          `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

// writeSARIF writes findings to w as a SARIF 2.1.0 log of one run of
// rcperm, for GitHub code scanning and other SARIF consumers.
//
// root is the absolute directory (the repository or module root) that
// artifact URIs are relative to, through the base id %SRCROOT%; a file
// outside root keeps an absolute file:// URI. version is rcperm's version,
// written as tool.driver.version, and also as semanticVersion when it is a
// semantic version ("v1.2.3" or "1.2.3").
//
// The log lists every rule, even when there are no findings, and its
// results are sorted by file, line, column, rule and message; exact
// duplicates are written once. The output depends only on the arguments
// and on the contents of the files named, which are read to convert
// go/token's byte columns into UTF-16 columns.
func writeSARIF(w io.Writer, findings []finding, root string, version string) error {
	if root != "" {
		abs, err := filepath.Abs(root)
		if err != nil {
			return fmt.Errorf("sarif: root: %v", err)
		}
		root = abs
	}
	sw := &sarifWriter{root: root, lines: map[string][][]byte{}}

	rules := slices.Clone(sarifRules)
	ruleIndex := map[string]int{}
	for i, r := range rules {
		ruleIndex[r.id] = i
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
		rules = append(rules, sarifRuleInfo{
			id: id, level: "warning",
			short: "rcperm finding: " + id,
			full:  "rcperm reports a problem of category " + id + ".",
			help:  "See the message, and the documentation of the rcperm analyzer.",
		})
	}

	findings = slices.Clone(findings)
	slices.SortFunc(findings, compareFindings)
	findings = slices.CompactFunc(findings, func(a, b finding) bool { return compareFindings(a, b) == 0 })

	driver := sarifDriver{
		Name:           "rcperm",
		InformationURI: rcpermInfoURI,
		Version:        version,
		Rules:          make([]sarifRule, 0, len(rules)),
	}
	if semverRE.MatchString(version) {
		driver.SemanticVersion = strings.TrimPrefix(version, "v")
	}
	for _, r := range rules {
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.id,
			Name:                 camelCase(r.id),
			ShortDescription:     sarifMessage{Text: r.short},
			FullDescription:      sarifMessage{Text: r.full},
			Help:                 sarifMessage{Text: markdownText(r.help), Markdown: r.help},
			HelpURI:              rcpermHelpURI,
			DefaultConfiguration: sarifConfiguration{Level: r.level},
			Properties:           &sarifRuleProperties{Tags: []string{"ringcentral", "permissions"}},
		})
	}

	run := sarifRun{
		Tool:       sarifTool{Driver: driver},
		ColumnKind: sarifColumnKind,
		Results:    make([]sarifResult, 0, len(findings)),
	}
	if root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			sarifSrcRoot: {URI: fileURI(root, true)},
		}
	}

	occurrences := map[string]int{}
	for _, f := range findings {
		id := sarifRuleID(f)
		i := ruleIndex[id]
		res := sarifResult{
			RuleID:    id,
			RuleIndex: i,
			Level:     rules[i].level,
			Message:   sarifMessage{Text: f.Message},
		}
		if res.Message.Text == "" {
			res.Message.Text = rules[i].short
		}
		if loc := sw.physicalLocation(f.Pos, f.End); loc != nil {
			res.Locations = []sarifLocation{{PhysicalLocation: loc}}
		}
		for j, rel := range f.Related {
			id := j + 1
			loc := sarifLocation{ID: &id, PhysicalLocation: sw.physicalLocation(rel.Pos, token.Position{})}
			if rel.Message != "" {
				loc.Message = &sarifMessage{Text: rel.Message}
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
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("sarif: %v", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// sarifRuleID is the rule id of a finding: its category.
func sarifRuleID(f finding) string {
	if f.Category == "" {
		return "rcperm"
	}
	return f.Category
}

// compareFindings orders findings by file, line, column, rule and message,
// then by everything else, so that the order of the input does not show in
// the output.
func compareFindings(a, b finding) int {
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
	return slices.CompareFunc(a.Related, b.Related, func(x, y relatedInfo) int {
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
func (sw *sarifWriter) physicalLocation(pos, end token.Position) *sarifPhysicalLocation {
	if pos.Filename == "" {
		return nil
	}
	loc := &sarifPhysicalLocation{ArtifactLocation: sw.artifactLocation(pos.Filename)}
	if pos.Line < 1 {
		return loc
	}
	r := &sarifRegion{StartLine: pos.Line, StartColumn: sw.column(pos)}
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
func (sw *sarifWriter) artifactLocation(filename string) sarifArtifactLocation {
	if rel, ok := sw.relative(filename); ok {
		return sarifArtifactLocation{URI: escapeURIPath(filepath.ToSlash(rel), false), URIBaseID: sarifSrcRoot}
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		abs = filename
	}
	return sarifArtifactLocation{URI: fileURI(abs, false)}
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
func (sw *sarifWriter) fingerprint(ruleID string, f finding) string {
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

// fileURI returns the file:// URI of an absolute path; dir adds the final
// slash that a SARIF base URI needs.
func fileURI(abs string, dir bool) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + escapeURIPath(p, true)
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

// semverRE matches a semantic version (https://semver.org), with Go's
// leading "v" allowed.
var semverRE = regexp.MustCompile(`^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)
