package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
)

// The SARIF log as a test reads it back: only what the tests look at.
type (
	testLog struct {
		Schema  string    `json:"$schema"`
		Version string    `json:"version"`
		Runs    []testRun `json:"runs"`
	}
	testRun struct {
		Tool struct {
			Driver struct {
				Name            string     `json:"name"`
				InformationURI  string     `json:"informationUri"`
				Version         string     `json:"version"`
				SemanticVersion string     `json:"semanticVersion"`
				Rules           []testRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]struct {
			URI         string       `json:"uri"`
			Description *testMessage `json:"description"`
		} `json:"originalUriBaseIds"`
		ColumnKind string       `json:"columnKind"`
		Results    []testResult `json:"results"`
	}
	testRule struct {
		ID                   string                  `json:"id"`
		Name                 string                  `json:"name"`
		ShortDescription     testMessage             `json:"shortDescription"`
		FullDescription      testMessage             `json:"fullDescription"`
		Help                 testMessage             `json:"help"`
		HelpURI              string                  `json:"helpUri"`
		DefaultConfiguration *struct{ Level string } `json:"defaultConfiguration"`
	}
	testMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	testResult struct {
		RuleID              *string           `json:"ruleId"`
		RuleIndex           *int              `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             *testMessage      `json:"message"`
		Locations           []testLocation    `json:"locations"`
		RelatedLocations    []testLocation    `json:"relatedLocations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	testLocation struct {
		ID               *int         `json:"id"`
		Message          *testMessage `json:"message"`
		PhysicalLocation *struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region *testRegion `json:"region"`
		} `json:"physicalLocation"`
	}
	testRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
)

// allCategories are the analyzer's categories, each of which needs a rule.
var allCategories = []struct{ id, name, level string }{
	{analyzer.CategoryMissingPermission, "MissingPermission", "error"},
	{analyzer.CategoryUnknownOperation, "UnknownOperation", "error"},
	{analyzer.CategoryDeprecatedOperation, "DeprecatedOperation", "warning"},
	{analyzer.CategoryAmbiguousRoute, "AmbiguousRoute", "warning"},
	{analyzer.CategoryUnusedPermission, "UnusedPermission", "warning"},
	{analyzer.CategoryManifest, "Manifest", "error"},
	{analyzer.CategoryIgnore, "Ignore", "warning"},
	{analyzer.CategoryMissingUserPermission, "MissingUserPermission", "error"},
	{analyzer.CategoryUnknownEventFilter, "UnknownEventFilter", "error"},
	{analyzer.CategoryUnresolvedRequest, "UnresolvedRequest", "warning"},
}

// writeLog runs writeSARIF and returns its output, checked against the
// SARIF rules of checkLog, and the log read back.
func writeLog(t *testing.T, findings []driver.Finding, root, version string) ([]byte, testLog) {
	t.Helper()
	var buf bytes.Buffer
	if err := writeSARIF(&buf, findings, root, version, nil); err != nil {
		t.Fatalf("writeSARIF: %v", err)
	}
	var log testLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.Bytes())
	}
	checkLog(t, log)
	return buf.Bytes(), log
}

// checkLog checks what SARIF 2.1.0 requires of a log, and what rcperm
// promises of its logs on top.
func checkLog(t *testing.T, log testLog) {
	t.Helper()
	if log.Version != "2.1.0" {
		t.Errorf("version = %q, want 2.1.0", log.Version)
	}
	if log.Schema != "https://json.schemastore.org/sarif-2.1.0.json" {
		t.Errorf("$schema = %q", log.Schema)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "rcperm" || d.InformationURI != "https://github.com/rcperm/rcperm" {
		t.Errorf("driver name %q, informationUri %q", d.Name, d.InformationURI)
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q, want utf16CodeUnits", run.ColumnKind)
	}
	if run.Results == nil {
		t.Errorf("results is null or missing, want an array")
	}
	rules := map[string]int{}
	for i, r := range d.Rules {
		if r.ID == "" || r.Name == "" || r.ShortDescription.Text == "" || r.FullDescription.Text == "" ||
			r.Help.Text == "" || r.Help.Markdown == "" || r.DefaultConfiguration == nil ||
			r.HelpURI != "https://pkg.go.dev/github.com/rcperm/rcperm/analyzer" {
			t.Errorf("rule %d is incomplete: %+v", i, r)
		}
		if _, dup := rules[r.ID]; dup {
			t.Errorf("rule %q listed twice", r.ID)
		}
		rules[r.ID] = i
	}
	for _, c := range allCategories {
		if _, ok := rules[c.id]; !ok {
			t.Errorf("no rule for category %q", c.id)
		}
	}
	validLevels := []string{"none", "note", "warning", "error"}
	checkPhysical := func(what string, loc testLocation) {
		pl := loc.PhysicalLocation
		if pl == nil {
			return
		}
		uri := pl.ArtifactLocation.URI
		if uri == "" || strings.Contains(uri, `\`) || strings.ContainsAny(uri, " #?") {
			t.Errorf("%s: bad uri %q", what, uri)
		}
		u, err := url.Parse(uri)
		if err != nil {
			t.Errorf("%s: uri %q: %v", what, uri, err)
		}
		switch base := pl.ArtifactLocation.URIBaseID; base {
		case "":
			if err == nil && u.Scheme != "file" {
				t.Errorf("%s: uri %q without uriBaseId is not a file URI", what, uri)
			}
		default:
			if _, ok := run.OriginalURIBaseIDs[base]; !ok {
				t.Errorf("%s: uriBaseId %q not in originalUriBaseIds", what, base)
			}
			if err == nil && (u.IsAbs() || strings.HasPrefix(uri, "/")) {
				t.Errorf("%s: uri %q with a base is not relative", what, uri)
			}
		}
		if r := pl.Region; r != nil {
			if r.StartLine < 1 || r.StartColumn < 0 || r.EndLine < 0 || r.EndColumn < 0 {
				t.Errorf("%s: bad region %+v", what, *r)
			}
			if r.EndLine != 0 && (r.EndLine < r.StartLine || r.EndLine == r.StartLine && r.EndColumn < r.StartColumn) {
				t.Errorf("%s: region ends before it starts: %+v", what, *r)
			}
		}
	}
	for i, res := range run.Results {
		what := fmt.Sprintf("result %d", i)
		if res.Message == nil || res.Message.Text == "" {
			t.Errorf("%s: no message.text", what)
		}
		if res.RuleID == nil || res.RuleIndex == nil {
			t.Errorf("%s: no ruleId or ruleIndex", what)
			continue
		}
		idx, ok := rules[*res.RuleID]
		if !ok {
			t.Errorf("%s: ruleId %q has no rule", what, *res.RuleID)
		} else if *res.RuleIndex != idx {
			t.Errorf("%s: ruleIndex %d, but rule %q is at %d", what, *res.RuleIndex, *res.RuleID, idx)
		}
		if !slices.Contains(validLevels, res.Level) {
			t.Errorf("%s: level %q", what, res.Level)
		}
		if ok && res.Level != d.Rules[idx].DefaultConfiguration.Level {
			t.Errorf("%s: level %q, rule's %q", what, res.Level, d.Rules[idx].DefaultConfiguration.Level)
		}
		if len(res.PartialFingerprints[fingerprintKey]) == 0 {
			t.Errorf("%s: no partialFingerprints.%s", what, fingerprintKey)
		}
		for _, loc := range res.Locations {
			checkPhysical(what, loc)
		}
		ids := map[int]bool{}
		for j, loc := range res.RelatedLocations {
			if loc.ID == nil || *loc.ID < 0 || ids[*loc.ID] {
				t.Errorf("%s: related location %d: missing, negative or repeated id", what, j)
			} else {
				ids[*loc.ID] = true
			}
			checkPhysical(fmt.Sprintf("%s related %d", what, j), loc)
		}
	}
	// The log names no directory of the machine that wrote it: the
	// consumer locates the base ids.
	for base, loc := range run.OriginalURIBaseIDs {
		if loc.URI != "" || loc.Description == nil || loc.Description.Text == "" {
			t.Errorf("originalUriBaseIds[%s] = %+v: want a description and no uri", base, loc)
		}
	}
}

// writeFile writes a file under dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func pos(file string, line, col int) token.Position {
	return token.Position{Filename: file, Line: line, Column: col}
}

func TestSARIFEmpty(t *testing.T) {
	for _, findings := range [][]driver.Finding{nil, {}} {
		out, log := writeLog(t, findings, t.TempDir(), "devel")
		if !bytes.Contains(out, []byte(`"results": []`)) {
			t.Errorf("want \"results\": [], got\n%s", out)
		}
		if got := len(log.Runs[0].Tool.Driver.Rules); got != len(allCategories) {
			t.Errorf("%d rules, want %d", got, len(allCategories))
		}
	}
}

func TestSARIFRules(t *testing.T) {
	_, log := writeLog(t, nil, t.TempDir(), "devel")
	rules := log.Runs[0].Tool.Driver.Rules
	for i, c := range allCategories {
		if i >= len(rules) {
			t.Fatalf("only %d rules", len(rules))
		}
		r := rules[i]
		if r.ID != c.id || r.Name != c.name || r.DefaultConfiguration.Level != c.level {
			t.Errorf("rule %d = %s %s %s, want %s %s %s", i, r.ID, r.Name, r.DefaultConfiguration.Level, c.id, c.name, c.level)
		}
		if strings.Contains(r.Help.Text, "`") {
			t.Errorf("rule %s: help.text has markdown: %q", r.ID, r.Help.Text)
		}
	}
	help := map[string]string{}
	for _, r := range rules {
		help[r.ID] = r.Help.Markdown
	}
	for id, want := range map[string][]string{
		analyzer.CategoryMissingPermission: {"403 InsufficientPermissions", "CMN-401", "Developer Console", "rcperm.yaml", "remove the call"},
		analyzer.CategoryUnknownOperation:  {"nearest operation"},
		analyzer.CategoryAmbiguousRoute:    {"run time"},
		analyzer.CategoryUnusedPermission:  {"Least privilege"},
		analyzer.CategoryManifest:          {"fails", "closed"},
		analyzer.CategoryIgnore:            {"//rcperm:ignore <reason>"},
	} {
		for _, w := range want {
			if !strings.Contains(help[id], w) {
				t.Errorf("help of %s does not say %q", id, w)
			}
		}
	}
}

func TestSARIFVersion(t *testing.T) {
	for _, tc := range []struct{ version, semantic string }{
		{"devel", ""},
		{"(devel)", ""},
		{"", ""},
		{"v1.2.3", "1.2.3"},
		{"0.4.0", "0.4.0"},
		{"v1.2.3-rc.1+build.5", "1.2.3-rc.1+build.5"},
		{"v0.0.0-20260101120000-abcdef123456", "0.0.0-20260101120000-abcdef123456"},
		{"v1.2", ""},
		{"v01.2.3", ""},
		{"v1.2.3 dirty", ""},
	} {
		_, log := writeLog(t, nil, t.TempDir(), tc.version)
		d := log.Runs[0].Tool.Driver
		if d.Version != tc.version || d.SemanticVersion != tc.semantic {
			t.Errorf("version %q: got version %q, semanticVersion %q; want semanticVersion %q", tc.version, d.Version, d.SemanticVersion, tc.semantic)
		}
	}
}

// TestSARIFLocations checks the location of one finding in several places.
func TestSARIFLocations(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	src := "package p\n\nfunc f() {\n\tcall()\n}\n"
	for _, tc := range []struct {
		name     string
		file     string // under root, or under outside if it starts with "../"
		pos, end [2]int
		wantURI  string // "" for a file:// URI of the outside directory
		region   testRegion
	}{
		{"simple", "main.go", [2]int{4, 2}, [2]int{4, 8}, "main.go", testRegion{4, 2, 4, 8}},
		{"subdir", "internal/rc/rc.go", [2]int{4, 2}, [2]int{}, "internal/rc/rc.go", testRegion{4, 2, 0, 0}},
		{"space", "my dir/a file.go", [2]int{4, 2}, [2]int{4, 8}, "my%20dir/a%20file.go", testRegion{4, 2, 4, 8}},
		{"reserved", "50%/x#y?.go", [2]int{4, 2}, [2]int{}, "50%25/x%23y%3F.go", testRegion{4, 2, 0, 0}},
		{"colon", "a:b/c.go", [2]int{4, 2}, [2]int{}, "a%3Ab/c.go", testRegion{4, 2, 0, 0}},
		{"non-ASCII", "café/x.go", [2]int{4, 2}, [2]int{}, "caf%C3%A9/x.go", testRegion{4, 2, 0, 0}},
		{"module cache", "../pkg/mod/github.com/x/y@v1.0.0/y.go", [2]int{4, 2}, [2]int{5, 2}, "", testRegion{4, 2, 5, 2}},
		{"line only", "main.go", [2]int{3, 0}, [2]int{}, "main.go", testRegion{3, 0, 0, 0}},
		{"end before start", "main.go", [2]int{4, 8}, [2]int{4, 2}, "main.go", testRegion{4, 8, 0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, name := root, tc.file
			if rest, ok := strings.CutPrefix(name, "../"); ok {
				dir, name = outside, rest
			}
			file := writeFile(t, dir, name, src)
			f := driver.Finding{Category: analyzer.CategoryMissingPermission, Message: "m", Pos: pos(file, tc.pos[0], tc.pos[1])}
			if tc.end[0] != 0 {
				f.End = pos(file, tc.end[0], tc.end[1])
			}
			_, log := writeLog(t, []driver.Finding{f}, root, "devel")
			run := log.Runs[0]
			loc := run.Results[0].Locations[0].PhysicalLocation
			al := loc.ArtifactLocation
			if tc.wantURI == "" {
				want := "file://" + filepath.ToSlash(filepath.Join(outside, name))
				if al.URI != want || al.URIBaseID != "" {
					t.Errorf("outside root: uri %q base %q, want %q and no base", al.URI, al.URIBaseID, want)
				}
			} else {
				if al.URI != tc.wantURI || al.URIBaseID != "%SRCROOT%" {
					t.Errorf("uri %q base %q, want %q %%SRCROOT%%", al.URI, al.URIBaseID, tc.wantURI)
				}
				// The URI, resolved against the root, names the file.
				base, _ := url.Parse("file://" + filepath.ToSlash(root) + "/")
				ref, err := url.Parse(al.URI)
				if err != nil {
					t.Fatal(err)
				}
				if got := base.ResolveReference(ref).Path; got != filepath.ToSlash(file) {
					t.Errorf("uri resolves to %q, want %q", got, filepath.ToSlash(file))
				}
			}
			if loc.Region == nil || *loc.Region != tc.region {
				t.Errorf("region = %+v, want %+v", loc.Region, tc.region)
			}
		})
	}
}

// TestSARIFRelatedLocations checks that the call chain of a finding is
// written as related locations, in order.
func TestSARIFRelatedLocations(t *testing.T) {
	root := t.TempDir()
	mainFile := writeFile(t, root, "cmd/app/main.go", "package main\n\nfunc main() { rc.Sync() }\n")
	lib := writeFile(t, root, "rc/rc.go", "package rc\n\nfunc Sync() { get(\"/restapi/v1.0/account/~/call-log\") }\n")
	f := driver.Finding{
		Category: analyzer.CategoryMissingPermission,
		Message:  "GET /restapi/v1.0/account/~/call-log (readUserCallLog) needs ReadCallLog, which rcperm.yaml does not grant",
		Pos:      pos(mainFile, 3, 15), End: pos(mainFile, 3, 24),
		Related: []driver.Related{
			{Pos: pos(lib, 3, 15), Message: "via rc.Sync"},
			{Pos: pos(lib, 3, 15), Message: "via rc.get"},
			{Message: "via a step with no position"},
		},
	}
	_, log := writeLog(t, []driver.Finding{f}, root, "devel")
	rel := log.Runs[0].Results[0].RelatedLocations
	if len(rel) != 3 {
		t.Fatalf("%d related locations, want 3", len(rel))
	}
	for i, want := range []string{"via rc.Sync", "via rc.get", "via a step with no position"} {
		if *rel[i].ID != i+1 || rel[i].Message == nil || rel[i].Message.Text != want {
			t.Errorf("related %d: id %d message %+v, want id %d %q", i, *rel[i].ID, rel[i].Message, i+1, want)
		}
	}
	pl := rel[0].PhysicalLocation
	if pl == nil || pl.ArtifactLocation.URI != "rc/rc.go" || pl.Region == nil || pl.Region.StartLine != 3 || pl.Region.StartColumn != 15 {
		t.Errorf("related 0 at %+v, want rc/rc.go:3:15", pl)
	}
	if rel[2].PhysicalLocation != nil {
		t.Errorf("related 2 has a physical location without a position")
	}
}

// TestSARIFColumns checks the conversion of go/token's byte columns into
// UTF-16 code units.
func TestSARIFColumns(t *testing.T) {
	root := t.TempDir()
	// Line 3: "é" is 2 bytes and 1 unit, "日本" 6 bytes and 2 units, "😀"
	// 4 bytes and 2 units (a surrogate pair).
	line3 := "\ts := \"é日本😀\"; call(x)"
	file := writeFile(t, root, "u.go", "package p\n\n"+line3+"\n\x80\xffcall()\r\nlast")
	callByte := strings.Index(line3, "call") + 1 // 1-based byte column
	for _, tc := range []struct {
		name       string
		file       string
		line, col  int
		want       int
		endCol     int
		wantEndCol int
	}{
		{"ASCII before", file, 3, 2, 2, 0, 0},
		{"after multi-byte", file, 3, callByte, callByte - (1 + 4 + 2), callByte + 7, callByte + 7 - (1 + 4 + 2)},
		{"end of line", file, 3, len(line3) + 1, len(line3) + 1 - 7, 0, 0},
		{"invalid UTF-8", file, 4, 3, 3, 0, 0},
		{"past the line", file, 5, 10, 10, 0, 0},
		{"past the file", file, 9, 4, 4, 0, 0},
		{"missing file", filepath.Join(root, "gone.go"), 3, callByte, callByte, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := driver.Finding{Category: analyzer.CategoryMissingPermission, Message: "m", Pos: pos(tc.file, tc.line, tc.col)}
			if tc.endCol != 0 {
				f.End = pos(tc.file, tc.line, tc.endCol)
			}
			_, log := writeLog(t, []driver.Finding{f}, root, "devel")
			r := log.Runs[0].Results[0].Locations[0].PhysicalLocation.Region
			if r.StartColumn != tc.want || r.EndColumn != tc.wantEndCol {
				t.Errorf("columns %d-%d, want %d-%d", r.StartColumn, r.EndColumn, tc.want, tc.wantEndCol)
			}
		})
	}
}

// sampleFindings returns findings of every category in two files under root.
func sampleFindings(t *testing.T, root string) []driver.Finding {
	t.Helper()
	a := writeFile(t, root, "a.go", strings.Repeat("package p // line\n", 20))
	b := writeFile(t, root, "sub dir/b.go", strings.Repeat("package p // line\n", 20))
	yaml := writeFile(t, root, "rcperm.yaml", "permissions: [ReadAccounts]\n")
	chain := []driver.Related{{Pos: pos(b, 2, 1), Message: "via b.f"}, {Pos: pos(b, 7, 3), Message: "via b.g"}}
	return []driver.Finding{
		{Category: analyzer.CategoryMissingPermission, Message: "GET x needs ReadCallLog", Pos: pos(a, 5, 2), End: pos(a, 5, 9), Related: chain},
		{Category: analyzer.CategoryMissingPermission, Message: "GET x needs ReadCallLog", Pos: pos(a, 5, 2), End: pos(a, 5, 9)},
		{Category: analyzer.CategoryUnknownOperation, Message: "no operation GET y; nearest: GET z", Pos: pos(a, 5, 2)},
		{Category: analyzer.CategoryAmbiguousRoute, Message: "GET {x} may need EditCallLog", Pos: pos(a, 5, 1)},
		{Category: analyzer.CategoryUnusedPermission, Message: "ReadAccounts is granted but not used", Pos: pos(b, 1, 9)},
		{Category: analyzer.CategoryManifest, Message: "cannot check RingCentral permissions: rcperm.yaml: bad", Pos: pos(yaml, 1, 1)},
		{Category: analyzer.CategoryIgnore, Message: "rcperm:ignore needs a reason", Pos: pos(b, 12, 2)},
		{Category: analyzer.CategoryMissingPermission, Message: "POST w needs EditMessages", Pos: pos(b, 12, 2), End: pos(b, 13, 3)},
		{Category: analyzer.CategoryMissingPermission, Message: "POST w needs EditMessages", Pos: pos(b, 18, 2)},
	}
}

// TestSARIFDeterministic checks that the order of the findings does not
// show in the output, which is sorted by file, line, column and rule.
func TestSARIFDeterministic(t *testing.T) {
	root := t.TempDir()
	findings := sampleFindings(t, root)
	want, log := writeLog(t, findings, root, "v1.0.0")
	rng := rand.New(rand.NewSource(1))
	for i := range 20 {
		shuffled := slices.Clone(findings)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, _ := writeLog(t, shuffled, root, "v1.0.0")
		if !bytes.Equal(got, want) {
			t.Fatalf("shuffle %d: output differs:\n%s\nwant:\n%s", i, got, want)
		}
	}
	type key struct {
		uri       string
		line, col int
		rule      string
	}
	var keys []key
	for _, r := range log.Runs[0].Results {
		pl := r.Locations[0].PhysicalLocation
		keys = append(keys, key{pl.ArtifactLocation.URI, pl.Region.StartLine, pl.Region.StartColumn, *r.RuleID})
	}
	wantKeys := []key{
		{"a.go", 5, 1, analyzer.CategoryAmbiguousRoute},
		{"a.go", 5, 2, analyzer.CategoryMissingPermission},
		{"a.go", 5, 2, analyzer.CategoryMissingPermission},
		{"a.go", 5, 2, analyzer.CategoryUnknownOperation},
		{"rcperm.yaml", 1, 1, analyzer.CategoryManifest},
		{"sub%20dir/b.go", 1, 9, analyzer.CategoryUnusedPermission},
		{"sub%20dir/b.go", 12, 2, analyzer.CategoryIgnore},
		{"sub%20dir/b.go", 12, 2, analyzer.CategoryMissingPermission},
		{"sub%20dir/b.go", 18, 2, analyzer.CategoryMissingPermission},
	}
	if !slices.Equal(keys, wantKeys) {
		t.Errorf("results in order\n%v\nwant\n%v", keys, wantKeys)
	}
}

// TestSARIFDuplicates checks that a finding reported twice (as for a
// package and its test variant) is written once.
func TestSARIFDuplicates(t *testing.T) {
	root := t.TempDir()
	findings := sampleFindings(t, root)
	once, _ := writeLog(t, findings, root, "devel")
	twice, _ := writeLog(t, append(slices.Clone(findings), findings...), root, "devel")
	if !bytes.Equal(once, twice) {
		t.Errorf("duplicated findings change the output:\n%s\nwant:\n%s", twice, once)
	}
}

// TestSARIFFingerprints checks that results keep their fingerprints when
// lines move or the checkout moves, and that distinct results on the same
// file with the same message get distinct ones.
func TestSARIFFingerprints(t *testing.T) {
	fingerprints := func(root string, lineShift int) map[string]string {
		findings := sampleFindings(t, root)
		for i := range findings {
			findings[i].Pos.Line += lineShift
			if findings[i].End.Line != 0 {
				findings[i].End.Line += lineShift
			}
		}
		_, log := writeLog(t, findings, root, "devel")
		fps := map[string]string{}
		for _, r := range log.Runs[0].Results {
			fp := r.PartialFingerprints[fingerprintKey]
			if !regexp.MustCompile(`^[0-9a-f]{16}:[1-9][0-9]*$`).MatchString(fp) {
				t.Errorf("fingerprint %q is not <16 hex digits>:<n>", fp)
			}
			k := fmt.Sprintf("%s %s %s", r.Locations[0].PhysicalLocation.ArtifactLocation.URI, *r.RuleID, r.Message.Text)
			for n := 1; ; n++ {
				if _, dup := fps[fmt.Sprint(k, n)]; !dup {
					fps[fmt.Sprint(k, n)] = fp
					break
				}
			}
		}
		return fps
	}
	base := fingerprints(t.TempDir(), 0)
	if got := fingerprints(t.TempDir(), 0); !equalMaps(got, base) {
		t.Errorf("another checkout directory changes fingerprints:\n%v\nwant\n%v", got, base)
	}
	if got := fingerprints(t.TempDir(), 3); !equalMaps(got, base) {
		t.Errorf("moving the lines changes fingerprints:\n%v\nwant\n%v", got, base)
	}
	seen := map[string]string{}
	for k, fp := range base {
		if other, dup := seen[fp]; dup {
			t.Errorf("%q and %q share fingerprint %s", k, other, fp)
		}
		seen[fp] = k
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestSARIFUnknownCategory checks that a category without a rule of its
// own still gets one, so no finding is lost.
func TestSARIFUnknownCategory(t *testing.T) {
	root := t.TempDir()
	file := writeFile(t, root, "a.go", "package p\n")
	_, log := writeLog(t, []driver.Finding{
		{Category: "new-check", Message: "m", Pos: pos(file, 1, 1)},
		{Message: "no category", Pos: pos(file, 1, 1)},
	}, root, "devel")
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != len(allCategories)+2 || rules[len(rules)-2].Name != "NewCheck" {
		t.Errorf("rules %+v", rules)
	}
}

func TestSARIFEscapeURIPath(t *testing.T) {
	for _, tc := range []struct {
		in, relative, absolute string
	}{
		{"a/b_c-d.e~f.go", "a/b_c-d.e~f.go", "a/b_c-d.e~f.go"},
		{"my dir/x.go", "my%20dir/x.go", "my%20dir/x.go"},
		{"C:/x/y.go", "C%3A/x/y.go", "C:/x/y.go"},
		{"mod/x@v1.0.0/!foo/a+b.go", "mod/x@v1.0.0/!foo/a+b.go", "mod/x@v1.0.0/!foo/a+b.go"},
		{`a\b%c#d?e[f].go`, "a%5Cb%25c%23d%3Fe%5Bf%5D.go", "a%5Cb%25c%23d%3Fe%5Bf%5D.go"},
		{"ü.go", "%C3%BC.go", "%C3%BC.go"},
	} {
		if got := escapeURIPath(tc.in, false); got != tc.relative {
			t.Errorf("escapeURIPath(%q, false) = %q, want %q", tc.in, got, tc.relative)
		}
		if got := escapeURIPath(tc.in, true); got != tc.absolute {
			t.Errorf("escapeURIPath(%q, true) = %q, want %q", tc.in, got, tc.absolute)
		}
		if u, err := url.Parse(escapeURIPath(tc.in, false)); err != nil || u.Path != tc.in || u.Scheme != "" {
			t.Errorf("%q does not parse back as a relative path to %q: %v %v", escapeURIPath(tc.in, false), tc.in, u, err)
		}
	}
}

// sarifSchemaFile is the official SARIF 2.1.0 JSON schema (OASIS errata 01),
// as gosec v2.30.0 ships it in report/sarif/testdata.
const sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"

// TestSARIFSchema validates logs against the SARIF 2.1.0 JSON schema, and
// checks that the validation rejects logs that break it.
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", sarifSchemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri and uri-reference, as code scanning checks them
	if err := c.AddResource(sarifSchemaFile, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(sarifSchemaFile)
	if err != nil {
		t.Fatalf("%s: %v", sarifSchemaFile, err)
	}
	validate := func(log []byte) error {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
		if err != nil {
			t.Fatal(err)
		}
		return schema.Validate(v)
	}

	root := t.TempDir()
	outside := writeFile(t, t.TempDir(), "x.go", "package x\n")
	var sample []byte
	for name, findings := range map[string][]driver.Finding{
		"empty":   nil,
		"sample":  sampleFindings(t, root),
		"outside": {{Category: analyzer.CategoryManifest, Message: "m", Pos: pos(outside, 1, 1), Related: []driver.Related{{Message: "no position"}}}},
	} {
		var buf bytes.Buffer
		if err := writeSARIF(&buf, findings, root, "v1.2.3", nil); err != nil {
			t.Fatal(err)
		}
		if err := validate(buf.Bytes()); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if name == "sample" {
			sample = buf.Bytes()
		}
	}

	// Logs that break the schema fail the validation.
	for name, log := range map[string]string{
		"wrong version":      `{"version": "2.0.0", "runs": []}`,
		"run without driver": `{"version": "2.1.0", "runs": [{"tool": {}}]}`,
		"line 0":             strings.Replace(string(sample), `"startLine": `, `"startLine": -`, 1),
		"unknown level":      strings.Replace(string(sample), `"level": "error"`, `"level": "fatal"`, 1),
		"bad location URI":   strings.Replace(string(sample), `"uri": "`, `"uri": "::`, 1),
	} {
		if log == string(sample) {
			t.Fatalf("%s: the sample log has nothing to break", name)
		}
		if err := validate([]byte(log)); err == nil {
			t.Errorf("%s: the invalid log passes the schema validation", name)
		}
	}
}
