package manifest

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/permissions"
)

const testManifestPath = "dir/rcperm.yaml"

func TestParse(t *testing.T) {
	type e = Entry
	tests := []struct {
		name    string
		data    string
		app     string
		entries []Entry
	}{
		{
			name:    "flow list",
			data:    "permissions: [ReadCallLog, ReadAccounts]\n",
			entries: []e{{"ReadCallLog", 1, 15, ""}, {"ReadAccounts", 1, 28, ""}},
		},
		{
			name: "block list with app and comments",
			data: "# manifest\napp: Call Log Exporter  # for messages\npermissions:\n  - ReadCallLog   # export\n  - ReadAccounts\n",
			app:  "Call Log Exporter", entries: []e{{"ReadCallLog", 4, 5, ""}, {"ReadAccounts", 5, 5, ""}},
		},
		{
			name:    "block list not indented",
			data:    "permissions:\n- SMS\n- ReadMessages\n",
			entries: []e{{"SMS", 2, 3, ""}, {"ReadMessages", 3, 3, ""}},
		},
		{
			name:    "quoted items",
			data:    "permissions: [\"ReadCallLog\", 'SMS']\n",
			entries: []e{{"ReadCallLog", 1, 15, ""}, {"SMS", 1, 30, ""}},
		},
		{
			name:    "scope quoted",
			data:    "scope: \"ReadCallLog ReadAccounts\"\napp: exporter\n",
			app:     "exporter",
			entries: []e{{"ReadCallLog", 1, 9, ""}, {"ReadAccounts", 1, 21, ""}},
		},
		{
			name:    "scope plain with tabs and runs of spaces",
			data:    "scope: ReadCallLog \t  SMS\n",
			entries: []e{{"ReadCallLog", 1, 8, ""}, {"SMS", 1, 23, ""}},
		},
		{
			name:    "scope block over lines",
			data:    "scope: |\n  ReadCallLog\n  ReadAccounts SMS\n",
			entries: []e{{"ReadCallLog", 2, 3, ""}, {"ReadAccounts", 3, 3, ""}, {"SMS", 3, 16, ""}},
		},
		{
			// The escaped name is not in the source as written, so it gets
			// the place of the string.
			name:    "scope with escape",
			data:    "scope: \"\\x52eadCallLog SMS\"\n",
			entries: []e{{"ReadCallLog", 1, 8, ""}, {"SMS", 1, 24, ""}},
		},
		{
			name:    "byte order mark and CRLF",
			data:    "\ufeffpermissions:\r\n  - SMS\r\n  - Faxes\r\n",
			entries: []e{{"SMS", 2, 5, ""}, {"Faxes", 3, 5, ""}},
		},
		{
			// NBSP is one character in two bytes; columns count characters.
			name:    "scope split at a non-ASCII space",
			data:    "app: Éxporteur\nscope: SMS\u00a0Faxes\n",
			app:     "Éxporteur",
			entries: []e{{"SMS", 2, 8, ""}, {"Faxes", 2, 12, ""}},
		},
		{
			name:    "document markers",
			data:    "---\npermissions: [SMS]\n...\n",
			entries: []e{{"SMS", 2, 15, ""}},
		},
		{
			name:    "app as a number",
			data:    "app: 2024\npermissions: [SMS]\n",
			app:     "2024",
			entries: []e{{"SMS", 2, 15, ""}},
		},
		{
			name:    "a kept grant, keep first",
			data:    "keep:\n  - permission: SMS\n    reason: \" the alerting service sends them \"\npermissions: [ReadCallLog, SMS]\n",
			entries: []e{{"ReadCallLog", 4, 15, ""}, {"SMS", 4, 28, "the alerting service sends them"}},
		},
		{
			name:    "a kept grant in scope, flow style",
			data:    "scope: \"ReadCallLog Faxes\"\nkeep: [{permission: Faxes, reason: the fax gateway}]\n",
			entries: []e{{"ReadCallLog", 1, 9, ""}, {"Faxes", 1, 21, "the fax gateway"}},
		},
		{
			name:    "an empty keep",
			data:    "permissions: [SMS]\nkeep: []\n",
			entries: []e{{"SMS", 1, 15, ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(testManifestPath, []byte(tt.data))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var perms []permissions.Permission
			for _, e := range tt.entries {
				perms = append(perms, e.Permission)
			}
			want := &Manifest{Path: testManifestPath, App: tt.app, Granted: setOf(t, perms...), Entries: tt.entries}
			if !reflect.DeepEqual(m, want) {
				t.Errorf("got  %+v\nwant %+v", m, want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	const empty = "no permissions listed: list the permissions your app has in the RingCentral Developer Console, for example permissions: [ReadCallLog, ReadAccounts]"
	tests := []struct {
		name      string
		data      string
		line, col int
		msg       string
	}{
		// Empty manifests.
		{"empty file", "", 0, 0, empty},
		{"only comments", "# permissions: [ReadCallLog]\n\n# later\n", 0, 0, empty},
		{"null document", "~\n", 1, 1, empty},
		{"empty document", "---\n", 2, 1, empty},
		{"empty list", "permissions: []\n", 1, 14, empty},
		{"null list", "permissions:\n", 1, 13, empty},
		{"empty scope", "scope: \"\"\n", 1, 8, empty},
		{"blank scope", "scope: '  '\n", 1, 8, empty},
		{"null scope", "scope:\n", 1, 7, empty},
		{"app only", "app: exporter\n", 1, 1, empty},

		// Shape.
		{"top level list", "- ReadCallLog\n", 1, 1, "the manifest is a list, want a mapping such as permissions: [ReadCallLog, ReadAccounts]"},
		{"top level string", "ReadCallLog\n", 1, 1, "the manifest is a string, want a mapping such as permissions: [ReadCallLog, ReadAccounts]"},
		{"two documents", "permissions: [ReadCallLog]\n---\npermissions: [SMS]\n", 2, 1, "a second YAML document: a manifest is one document, remove this one or merge it into the first"},
		{"trailing document marker", "permissions: [ReadCallLog]\n---\n", 2, 1, "a second YAML document: a manifest is one document, remove this one or merge it into the first"},
		{"unknown key", "permissions: [ReadCallLog]\nscopes: x\n", 2, 1, `unknown key "scopes": the keys allowed are app, permissions, scope, user-permissions and keep`},
		{"number key", "1: x\n", 1, 1, `unknown key "1": the keys allowed are app, permissions, scope, user-permissions and keep`},
		{"list key", "[a]: b\n", 1, 1, "key is a list, want app, permissions, scope, user-permissions or keep"},
		{"duplicate key", "permissions: [ReadCallLog]\npermissions: [SMS]\n", 2, 1, "duplicate key permissions: first given at line 1, column 1, keep one"},
		{"both forms", "permissions: [ReadCallLog]\nscope: SMS\n", 2, 1, "scope given along with permissions (line 1): list the permissions in one of them, not both"},
		{"both forms scope first", "scope: SMS\n\npermissions: [ReadCallLog]\n", 3, 1, "permissions given along with scope (line 1): list the permissions in one of them, not both"},

		// keep.
		{"keep not a list", "permissions: [SMS]\nkeep: SMS\n", 2, 7, `keep is a string, want a list such as [{permission: ReadAccounts, reason: "the nightly export job uses it"}]`},
		{"keep item a name", "permissions: [SMS]\nkeep: [SMS]\n", 2, 8, `keep item is a string, want {permission: ReadAccounts, reason: "the nightly export job uses it"}`},
		{"keep without a reason", "permissions: [SMS]\nkeep:\n  - permission: SMS\n", 3, 5, `keep SMS without a reason: say why the app keeps it, as in {permission: ReadAccounts, reason: "the nightly export job uses it"}`},
		{"keep with a blank reason", "permissions: [SMS]\nkeep: [{permission: SMS, reason: ' '}]\n", 2, 8, `keep SMS without a reason: say why the app keeps it, as in {permission: ReadAccounts, reason: "the nightly export job uses it"}`},
		{"keep without a permission", "permissions: [SMS]\nkeep: [{reason: alerts}]\n", 2, 8, `keep item without a permission: want {permission: ReadAccounts, reason: "the nightly export job uses it"}`},
		{"keep unknown key", "permissions: [SMS]\nkeep: [{permission: SMS, why: alerts}]\n", 2, 26, `unknown key "why" in a keep item: want permission and reason, as in {permission: ReadAccounts, reason: "the nightly export job uses it"}`},
		{"keep permission not a string", "permissions: [SMS]\nkeep: [{permission: [SMS], reason: x}]\n", 2, 21, "keep item's permission is a list, want a string"},
		{"keep unknown permission", "permissions: [SMS]\nkeep: [{permission: SMSs, reason: x}]\n", 2, 8, `keep: unknown permission "SMSs": did you mean SMS?`},
		{"keep twice", "permissions: [SMS]\nkeep: [{permission: SMS, reason: x}, {permission: SMS, reason: y}]\n", 2, 38, "keep lists SMS twice: first at line 2, keep one"},
		{"keep stale", "permissions: [SMS]\nkeep:\n  - {permission: Faxes, reason: the fax gateway}\n", 3, 5, "keep Faxes, which the manifest does not grant: remove it from keep, or grant it"},

		// Types.
		{"permissions number", "permissions: 5\n", 1, 14, "permissions is a number, want a list of permission names such as [ReadCallLog, ReadAccounts]"},
		{"permissions mapping", "permissions: {a: b}\n", 1, 14, "permissions is a mapping, want a list of permission names such as [ReadCallLog, ReadAccounts]"},
		{"permissions string", "permissions: ReadCallLog, SMS\n", 1, 14, "permissions is a string, want a list of permission names such as [ReadCallLog, ReadAccounts]"},
		{"permissions binary", "permissions: !!binary aGVsbG8=\n", 1, 14, `permissions is a value tagged "!!binary", want a list of permission names such as [ReadCallLog, ReadAccounts]`},
		{"item mapping", "permissions:\n  - ReadCallLog\n  - name: SMS\n", 3, 5, "permissions item is a mapping, want a permission name such as ReadCallLog"},
		{"item flow mapping", "permissions: [ReadCallLog, {a: b}]\n", 1, 28, "permissions item is a mapping, want a permission name such as ReadCallLog"},
		{"item list", "permissions: [[SMS]]\n", 1, 15, "permissions item is a list, want a permission name such as ReadCallLog"},
		{"item number", "permissions: [5]\n", 1, 15, "permissions item is a number, want a permission name such as ReadCallLog"},
		{"item boolean", "permissions: [true]\n", 1, 15, "permissions item is a boolean, want a permission name such as ReadCallLog"},
		{"item null", "permissions: [SMS, ~]\n", 1, 20, "permissions item is empty, want a permission name such as ReadCallLog"},
		{"scope list", "scope: [ReadCallLog]\n", 1, 8, `scope is a list, want your access token's scope string, such as "ReadCallLog ReadAccounts"`},
		{"scope number", "scope: 5\n", 1, 8, `scope is a number, want your access token's scope string, such as "ReadCallLog ReadAccounts"`},
		{"app list", "permissions: [SMS]\napp: [x]\n", 2, 6, "app is a list, want the app's name"},
		{"app empty", "permissions: [SMS]\napp: ''\n", 2, 6, "app is empty: give the app's name or remove the app key"},
		{"app null", "app:\npermissions: [SMS]\n", 1, 5, "app is empty: give the app's name or remove the app key"},

		// Names.
		{"misspelt", "permissions: [ReadCallLogs]\n", 1, 15, `unknown permission "ReadCallLogs": did you mean ReadCallLog?`},
		{"wrong case", "permissions:\n  - readcalllog\n", 2, 5, `unknown permission "readcalllog": permission names are case-sensitive, did you mean ReadCallLog?`},
		{"nothing near", "permissions: [Frobnicate]\n", 1, 15, `unknown permission "Frobnicate": use the names your app's permissions have in the RingCentral Developer Console, such as ReadCallLog`},
		{"quoted number", "permissions: [\"5\"]\n", 1, 15, `unknown permission "5": use the names your app's permissions have in the RingCentral Developer Console, such as ReadCallLog`},
		{"scope misspelt", "scope: ReadCallLog  ReadCallLogs\n", 1, 21, `unknown permission "ReadCallLogs": did you mean ReadCallLog?`},
		{"scope comma", "scope: ReadCallLog,SMS\n", 1, 8, `"ReadCallLog,SMS" holds a comma: separate the names in scope with spaces, as in "ReadCallLog ReadAccounts"`},
		{"scope escaped then unknown", "app: x\nscope: \"ReadCallLog \\x53MS Foo\"\n", 2, 28, `unknown permission "Foo": use the names your app's permissions have in the RingCentral Developer Console, such as ReadCallLog`},
		{"long name clipped", "permissions: [" + strings.Repeat("x", 100) + "]\n", 1, 15, `unknown permission "` + strings.Repeat("x", 64) + `...": use the names your app's permissions have in the RingCentral Developer Console, such as ReadCallLog`},
		{"duplicate", "permissions:\n  - ReadCallLog\n  - SMS\n  - ReadCallLog\n", 4, 5, "permission ReadCallLog listed twice: first at line 2, column 5, list it once"},
		{"scope duplicate", "scope: \"ReadCallLog ReadCallLog\"\n", 1, 21, "permission ReadCallLog listed twice: first at line 1, column 9, list it once"},

		// Syntax and text.
		{"unclosed flow list", "permissions: [ReadCallLog\n", 1, 0, "invalid YAML: did not find expected ',' or ']'"},
		{"tab indent", "permissions:\n\t- ReadCallLog\n", 2, 0, "invalid YAML: found character that cannot start any token"},
		{"bad indent", "app: x\n  permissions: [SMS]\n", 2, 0, "invalid YAML: mapping values are not allowed in this context"},
		{"anchor", "a: &a [x]\nb: *a\n", 1, 4, "YAML anchors and aliases are not allowed in a manifest: write each permission out"},
		{"alias in list", "app: &n SMS\npermissions: [*n]\n", 1, 6, "YAML anchors and aliases are not allowed in a manifest: write each permission out"},
		{"undefined alias", "permissions: *x\n", 0, 0, "invalid YAML: unknown anchor 'x' referenced"},
		{"NUL byte", "permissions: [SMS]\x00\n", 1, 19, "control character U+0000: a manifest is plain text, remove it"},
		{"control on later line", "app: x\r\npermissions:\r\n  - S\x01MS\r\n", 3, 6, "control character U+0001: a manifest is plain text, remove it"},
		{"invalid UTF-8", "app: caf\xe9\n", 1, 9, "invalid UTF-8 byte 0xe9: save the manifest as UTF-8 text"},
		{"UTF-16", "\xff\xfep\x00:\x00", 1, 1, "invalid UTF-8 byte 0xff: save the manifest as UTF-8 text"},
		{"over the size limit", "permissions: [SMS]\n" + strings.Repeat("#", maxSize), 0, 0, "larger than the 1 MiB limit: a manifest is a short list of permissions, check that this is the right file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(testManifestPath, []byte(tt.data))
			if err == nil {
				t.Fatalf("Parse = %+v, want an error", m)
			}
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("error %T %v, want a *Error", err, err)
			}
			want := Error{Path: testManifestPath, Line: tt.line, Column: tt.col, Msg: tt.msg}
			if *me != want {
				t.Errorf("got  %+v\nwant %+v", *me, want)
			}
		})
	}
}

// TestParseHostile feeds input meant to make a YAML parser panic,
// hang or eat memory; each must come back quickly as a *Error.
func TestParseHostile(t *testing.T) {
	lol := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	for c := 'b'; c <= 'i'; c++ {
		prev := string(c - 1)
		lol += string(c) + ": &" + string(c) + " [" + strings.Repeat("*"+prev+",", 8) + "*" + prev + "]\n"
	}
	var indent strings.Builder
	for i := 0; indent.Len() < maxSize/2; i++ {
		indent.WriteString(strings.Repeat(" ", i) + "a:\n")
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7919 + i>>3)
	}
	tests := map[string]string{
		"billion laughs":  lol,
		"alias flood":     "a: &a x\n" + strings.Repeat("b: *a\n", maxSize/8),
		"over the limit":  strings.Repeat("permissions: [SMS]\n", maxSize/19+1),
		"NUL bytes":       strings.Repeat("\x00", 1000),
		"binary junk":     string(junk),
		"deep flow lists": strings.Repeat("[", maxSize-1),
		"deep flow maps":  strings.Repeat("{a: ", maxSize/4-1),
		"deep block list": strings.Repeat("- ", maxSize/2-1),
		"deep indent":     indent.String(),
		"many duplicates": "permissions: [" + strings.Repeat("SMS,", maxSize/4-4) + "]",
		"many keys":       strings.Repeat("? a\n", maxSize/4-1),
		"huge name":       "scope: " + strings.Repeat("x", maxSize-8),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(testManifestPath, []byte(data))
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("error %T %v, want a *Error", err, err)
			}
			if len(me.Msg) > 200 {
				t.Errorf("message is %d bytes long: %.200s", len(me.Msg), me.Msg)
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	for _, tt := range []struct {
		err  Error
		want string
	}{
		{Error{"a/rcperm.yaml", 3, 7, "m", false}, "a/rcperm.yaml:3:7: m"},
		{Error{"a/rcperm.yaml", 3, 0, "m", false}, "a/rcperm.yaml:3: m"},
		{Error{"a/rcperm.yaml", 0, 0, "m", false}, "a/rcperm.yaml: m"},
		{Error{"", 3, 7, "m", false}, ":3:7: m"},
		{Error{"", 0, 0, "m", false}, "m"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// writeFile writes data to a new file in a temporary directory and
// returns its path.
func writeFile(t *testing.T, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	writeAt(t, path, data)
	return path
}

func writeAt(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// setOf is the set of names known to be permissions.
func setOf(t *testing.T, names ...permissions.Permission) permissions.Set {
	t.Helper()
	s, unknown := permissions.SetOf(names...)
	if len(unknown) > 0 {
		t.Fatalf("unknown permissions %v", unknown)
	}
	return s
}
