package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// A snippet is a fenced block of README.md or docs/*.md and the marker
// before it, <!-- snippet: KIND ARGS -->, which says how it is checked:
//
//	run DIR            each line is a command that runs in DIR, with the
//	                   built rcperm first on PATH, GOBIN a temporary
//	                   directory and the tests' rcperm cache, and ends as
//	                   rcperm's runs do: 0, 3 (findings), or 1 for go
//	                   vet's findings (not under -short)
//	quickstart DIR     the commands run in order on a fresh copy of the app
//	                   in DIR without its manifest, and end in a clean
//	                   check (not under -short; see runQuickStart)
//	output DIR CMD...  each line of the block is a line of CMD's output
//	file PATH          the block's YAML, without comments, is in PATH
//	manifest           the block is a manifest rcperm accepts
//	action             the block's steps that use rcperm's action give
//	                   only inputs that action.yml declares
//	vscode-vet DIR     the go vet that VS Code runs with the block's
//	                   go.vetFlags works in DIR
//	ci PATH            copied from PATH, a script CI runs (make
//	                   golangci-test, make precommit-test)
//	release            needs a release of rcperm: not checked
//	dev                development commands (make targets, fuzzing):
//	                   each make target named exists
//	illustration       not meant to be copied as is: not checked
type snippet struct {
	file string // relative to the repository, such as docs/hosts.md
	line int
	kind string
	args []string
	body string
}

var snippetRE = regexp.MustCompile("(?m)^<!-- snippet: ([^>]*) -->\n```[a-z]*\n((?s:.*?))```\n")

// readmeSnippets returns the snippets of README.md and of the documents
// in docs/, where the README's details live.
func readmeSnippets(t *testing.T, repo string) []snippet {
	docs, err := filepath.Glob(filepath.Join(repo, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []snippet
	for _, path := range append([]string{filepath.Join(repo, "README.md")}, docs...) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(repo, path)
		text := string(data)
		marked := 0
		for _, m := range snippetRE.FindAllStringSubmatchIndex(text, -1) {
			f := strings.Fields(text[m[2]:m[3]])
			out = append(out, snippet{file: name, line: strings.Count(text[:m[0]], "\n") + 1, kind: f[0], args: f[1:], body: text[m[4]:m[5]]})
			marked++
		}
		if fences := strings.Count(text, "\n```") / 2; fences != marked {
			t.Errorf("%s has %d fenced blocks, %d of them marked <!-- snippet: KIND -->: mark every block", name, fences, marked)
		}
	}
	return out
}

// commandLines are a shell snippet's commands, comments dropped.
func commandLines(body string) []string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if i := strings.Index(l, "  #"); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// yamlLines are a YAML snippet's lines without comments and blank lines.
func yamlLines(body string) []string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimRight(l, " "); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestREADMESnippets checks every fenced block of README.md and docs/*.md
// as its marker says: those that need no release run here, or match the
// file they were copied from.
func TestREADMESnippets(t *testing.T) {
	t.Parallel()
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := os.Symlink(rcpermBin, filepath.Join(bin, "rcperm")); err != nil {
		t.Fatal(err)
	}
	// The commands share the tests' rcperm cache (commandEnv), as a user
	// who follows the README has one: the cache's cold and warm runs are
	// TestCacheWarmSameOutput's. The README's go install finds rcperm up to
	// date in GOBIN.
	gobin := t.TempDir()
	seedBinary(t, filepath.Join(gobin, "rcperm"))
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "GOBIN=" + gobin}
	makefile, err := os.ReadFile(filepath.Join(repo, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range readmeSnippets(t, repo) {
		where := s.file + ":" + strconv.Itoa(s.line)
		switch s.kind {
		case "run":
			// Under -short the commands are not run: each command's
			// behaviour has tests of its own, and the README's runs over the
			// example (net/http) cost about 5 s of CPU, its go vet runs more
			// (see skipVetOverNetHTTPInShort). .ci/run runs them in a step of
			// their own.
			if testing.Short() {
				t.Logf("%s: the commands are not run under -short", where)
				continue
			}
			dir := filepath.Join(repo, s.args[0])
			for _, cmd := range commandLines(s.body) {
				vet := strings.HasPrefix(cmd, "go vet") || strings.HasPrefix(cmd, "rcperm vet")
				before := untracked(t, dir)
				out, code := run(t, dir, env, "bash", "-c", cmd)
				if !(code == 0 || code == 3 && !vet || code == 1 && vet) || strings.Contains(out, "rcperm: ") {
					t.Errorf("%s: %s = exit %d\n%s", where, cmd, code, out)
				}
				removeNew(t, dir, before)
			}
		case "quickstart":
			if testing.Short() {
				t.Logf("%s: the quick start is not run under -short", where)
				continue
			}
			runQuickStart(t, where, filepath.Join(repo, s.args[0]), env, commandLines(s.body))
		case "output":
			out, _ := run(t, filepath.Join(repo, s.args[0]), env, "bash", "-c", strings.Join(s.args[1:], " "))
			for _, l := range strings.Split(strings.TrimSuffix(s.body, "\n"), "\n") {
				if !strings.Contains(out, l+"\n") {
					t.Errorf("%s: the output of %s lacks %q:\n%s", where, strings.Join(s.args[1:], " "), l, out)
				}
			}
		case "file":
			data, err := os.ReadFile(filepath.Join(repo, s.args[0]))
			if err != nil {
				t.Fatal(err)
			}
			if want, got := strings.Join(yamlLines(s.body), "\n"), strings.Join(yamlLines(string(data)), "\n"); !strings.Contains(got, want) {
				t.Errorf("%s: the snippet is not what %s says:\n%s\n\n%s", where, s.args[0], want, got)
			}
		case "manifest":
			manifest := filepath.Join(t.TempDir(), "rcperm.yaml")
			if err := os.WriteFile(manifest, []byte(s.body), 0o644); err != nil {
				t.Fatal(err)
			}
			// A package with a request, so that rcperm reads the manifest:
			// one on the SDK stand-in, lighter than the example.
			app := t.TempDir()
			writeModule(t, app, "", callLogApp)
			if out, code := run(t, app, env, rcpermBin, "-manifest="+manifest, "./..."); code != 0 && code != 3 || strings.Contains(out, "cannot check") {
				t.Errorf("%s: the manifest is not accepted: exit %d\n%s", where, code, out)
			}
		case "action":
			checkActionSnippet(t, where, repo, s.body)
		case "vscode-vet":
			if testing.Short() {
				t.Logf("%s: not run under -short (see skipVetOverNetHTTPInShort)", where)
				continue
			}
			var settings struct {
				VetFlags []string `json:"go.vetFlags"`
			}
			if err := json.Unmarshal([]byte(s.body), &settings); err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			args := []string{"vet"}
			for _, f := range settings.VetFlags {
				if strings.HasPrefix(f, "-vettool=") {
					f = "-vettool=" + rcpermBin
				}
				args = append(args, f)
			}
			pkgDir := filepath.Join(repo, s.args[0])
			for _, c := range []struct{ dir, pattern string }{{pkgDir, "."}, {filepath.Dir(pkgDir), "./..."}} {
				out, code := run(t, c.dir, env, "go", append(args, c.pattern)...)
				if code != 1 || !strings.Contains(out, "needs [ReadCallRecording]") {
					t.Errorf("%s: go %s %s in %s = exit %d\n%s\nwant the finding", where, strings.Join(args, " "), c.pattern, c.dir, code, out)
				}
			}
		case "ci":
			if _, err := os.Stat(filepath.Join(repo, s.args[0])); err != nil || !strings.Contains(string(makefile), s.args[0]) {
				t.Errorf("%s: %s is not a script the Makefile runs", where, s.args[0])
			}
		case "dev":
			for _, m := range regexp.MustCompile(`make ([a-z-]+)`).FindAllStringSubmatch(s.body, -1) {
				if !regexp.MustCompile("(?m)^" + m[1] + ":").Match(makefile) {
					t.Errorf("%s: make %s: no such target", where, m[1])
				}
			}
		case "release", "illustration":
		default:
			t.Errorf("%s: unknown snippet kind %q", where, s.kind)
		}
	}
}

// checkActionSnippet checks that a workflow snippet's steps that use
// rcperm/rcperm give only inputs action.yml declares.
func checkActionSnippet(t *testing.T, where, repo, body string) {
	var a action
	data, err := os.ReadFile(filepath.Join(repo, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	// A snippet is a whole workflow or a list of steps.
	var steps []map[string]any
	var workflow struct {
		Jobs map[string]struct {
			Steps []map[string]any `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(body), &workflow); err == nil && len(workflow.Jobs) > 0 {
		for _, j := range workflow.Jobs {
			steps = append(steps, j.Steps...)
		}
	} else if err := yaml.Unmarshal([]byte(strings.ReplaceAll(body, "\n      ", "\n")[6:]), &steps); err != nil {
		t.Fatalf("%s: neither a workflow nor steps: %v", where, err)
	}
	used := false
	for _, step := range steps {
		uses, _ := step["uses"].(string)
		if !strings.HasPrefix(uses, "rcperm/rcperm@") {
			continue
		}
		used = true
		with, _ := step["with"].(map[string]any)
		for name := range with {
			if _, ok := a.Inputs[name]; !ok {
				t.Errorf("%s: input %s is not one of action.yml's", where, name)
			}
		}
	}
	if !used {
		t.Errorf("%s: no step uses rcperm/rcperm", where)
	}
}

// untracked lists the files below dir that git does not track.
func untracked(t *testing.T, dir string) map[string]bool {
	out, _ := run(t, dir, nil, "git", "ls-files", "--others", "--exclude-standard")
	m := map[string]bool{}
	for _, l := range strings.Fields(out) {
		m[l] = true
	}
	return m
}

// removeNew removes the files a snippet wrote below dir (rcperm.sarif).
func removeNew(t *testing.T, dir string, before map[string]bool) {
	for name := range untracked(t, dir) {
		if !before[name] {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// runQuickStart follows the README's quick start on a fresh copy of the
// example app in src without its manifest, as a new user does on their
// own app: the first check says how to write a manifest; the commands
// write it and check, each exiting 0 or 3; after the one fix a manifest
// cannot make (the example's misspelt route, which its golden expects),
// the last command, the check, is clean.
func runQuickStart(t *testing.T, where, src string, env, commands []string) {
	app := t.TempDir()
	if err := os.CopyFS(app, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"rcperm.yaml", "rcperm.golden"} {
		if err := os.Remove(filepath.Join(app, name)); err != nil {
			t.Fatal(err)
		}
	}
	// The example's replacements are relative to its place in the
	// repository.
	gomod := filepath.Join(app, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	data = regexp.MustCompile(`=> (\.\./\S+)`).ReplaceAllFunc(data, func(m []byte) []byte {
		return []byte("=> " + filepath.Join(src, string(m[3:])))
	})
	if err := os.WriteFile(gomod, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, app, env, "bash", "-c", "rcperm ./..."); code != 3 || !strings.Contains(out, "run 'rcperm manifest -w ./...' here") {
		t.Errorf("%s: rcperm ./... without a manifest = exit %d\n%s\nwant exit 3 and how to write one", where, code, out)
	}
	for _, cmd := range commands {
		if out, code := run(t, app, env, "bash", "-c", cmd); code != 0 && code != 3 {
			t.Errorf("%s: %s = exit %d\n%s", where, cmd, code, out)
		}
	}
	main := filepath.Join(app, "cmd", "callcenter", "main.go")
	code, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	fixed := strings.Replace(string(code), `"/restapi/v1.0/account/~/active-call"`, `"/restapi/v1.0/account/~/active-calls"`, 1)
	if fixed == string(code) {
		t.Fatalf("%s: the example's misspelt route is gone: update runQuickStart", where)
	}
	if err := os.WriteFile(main, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	last := commands[len(commands)-1]
	if out, code := run(t, app, env, "bash", "-c", last); code != 0 || out != "" {
		t.Errorf("%s: %s after the quick start = exit %d\n%s\nwant a clean check", where, last, code, out)
	}
}
