package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// action is the part of action.yml a runner reads to run a composite
// action.
type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

// actionStep is one step of a composite action.
type actionStep struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	Shell            string            `yaml:"shell"`
	WorkingDirectory string            `yaml:"working-directory"`
	Env              map[string]string `yaml:"env"`
	Run              string            `yaml:"run"`
}

var expressionRE = regexp.MustCompile(`\$\{\{\s*([a-z_.-]+)\s*\}\}`)

// runAction runs the shell steps of the repository's action.yml as a
// runner does (bash -eo pipefail, expressions replaced, RUNNER_TEMP and
// GITHUB_OUTPUT set), with the given inputs over the defaults, and returns
// the output and exit code of the last step run and GITHUB_OUTPUT's
// content. runnerTemp is the job's RUNNER_TEMP, which a runner keeps for
// every step of a job: a job that uses the action twice finds rcperm built
// the first time up to date the second. With built, the steps before the
// check (the build) are not run again: they are the same for any inputs.
// runnerEnv is the runner's environment, under each step's.
func runAction(t *testing.T, runnerTemp string, built bool, inputs map[string]string, runnerEnv ...string) (string, int, string) {
	t.Helper()
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(repo, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml runs using %q, want composite", a.Runs.Using)
	}
	values := map[string]string{"github.action_path": repo}
	for name, in := range a.Inputs {
		values["inputs."+name] = in.Default
	}
	for name, v := range inputs {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("action.yml has no input %s", name)
		}
		values["inputs."+name] = v
	}
	expand := func(s string) string {
		return expressionRE.ReplaceAllStringFunc(s, func(e string) string {
			v, ok := values[expressionRE.FindStringSubmatch(e)[1]]
			if !ok {
				t.Fatalf("action.yml: unknown expression %s", e)
			}
			return v
		})
	}
	tmp := t.TempDir()
	output := filepath.Join(tmp, "github_output")
	var out string
	code := 0
	steps := a.Runs.Steps
	if built {
		i := slices.IndexFunc(steps, func(s actionStep) bool { return s.ID == "check" })
		if i < 0 {
			t.Fatal("action.yml has no step with id check")
		}
		steps = steps[i:]
	}
	for i, step := range steps {
		if step.Shell != "bash" || strings.Contains(step.Run, "${{") {
			t.Fatalf("step %q: want shell bash and no expression in the script (inputs go through env)", step.Name)
		}
		script := filepath.Join(tmp, "step.sh")
		if err := os.WriteFile(script, []byte(step.Run), 0o644); err != nil {
			t.Fatal(err)
		}
		env := append([]string{"RUNNER_TEMP=" + runnerTemp, "GITHUB_OUTPUT=" + output, "GITHUB_WORKSPACE=" + repo}, runnerEnv...)
		for k, v := range step.Env {
			env = append(env, k+"="+expand(v))
		}
		dir := expand(step.WorkingDirectory)
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(repo, dir)
		}
		out, code = run(t, dir, env, "bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		if code != 0 && i < len(steps)-1 {
			t.Fatalf("step %q = exit %d\n%s", step.Name, code, out)
		}
	}
	written, _ := os.ReadFile(output)
	return out, code, string(written)
}

// TestAction runs the action's shell steps on the example app, in each
// format: the step fails on findings, GitHub annotations name files from
// the repository root, and sarif writes the log and names it as an output.
// The runs share a RUNNER_TEMP, as the steps of one job do: the first runs
// every step, the others the check only.
func TestAction(t *testing.T) {
	t.Parallel()
	runnerTemp := t.TempDir()
	// The action's first step finds rcperm up to date where it builds it.
	seedBinary(t, filepath.Join(runnerTemp, "rcperm-bin", "rcperm"))
	out, code, _ := runAction(t, runnerTemp, false, map[string]string{"working-directory": "testdata/example"})
	if code != 3 || !strings.Contains(out, "::error file=testdata/example/calllog/calllog.go,line=16,col=12,title=rcperm missing-permission::") {
		t.Errorf("format github = exit %d\n%s\nwant exit 3 and annotations", code, out)
	}

	sarifFile := filepath.Join(t.TempDir(), "out.sarif")
	out, code, outputs := runAction(t, runnerTemp, true, map[string]string{"working-directory": "testdata/example", "format": "sarif", "sarif-file": sarifFile, "packages": "./calllog ./rc"})
	if code != 3 || outputs != "sarif-file="+sarifFile+"\n" || !regexp.MustCompile(`(?m)^\d+ findings?: `).MatchString(out) {
		t.Errorf("format sarif = exit %d, outputs %q\n%s\nwant exit 3, the sarif-file output and the summary in the log", code, outputs, out)
	}
	if data, err := os.ReadFile(sarifFile); err != nil || !strings.Contains(string(data), `"uri": "testdata/example/calllog/calllog.go"`) {
		t.Errorf("format sarif: log %s (%v) lacks the finding in calllog.go", data, err)
	}

	manifest := filepath.Join(t.TempDir(), "rcperm.yaml")
	if err := os.WriteFile(manifest, []byte("permissions: [ReadCallRecording]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code, _ = runAction(t, runnerTemp, true, map[string]string{"working-directory": "testdata/example", "format": "text", "manifest": manifest, "packages": "./calllog"})
	if code != 0 {
		t.Errorf("format text, manifest granting what ./calllog needs = exit %d\n%s\nwant 0", code, out)
	}

	out, code, _ = runAction(t, runnerTemp, true, map[string]string{"format": "html"})
	if code != 2 || !strings.Contains(out, "::error title=rcperm::format is text, github or sarif, not html") {
		t.Errorf("format html = exit %d\n%s\nwant exit 2 and an error annotation", code, out)
	}
}

// TestActionFlags: the flags input reaches rcperm as arguments, split on
// white space and never read by a shell, so that it can choose categories,
// build tags and test files but not run a command.
func TestActionFlags(t *testing.T) {
	t.Parallel()
	runnerTemp := t.TempDir()
	seedBinary(t, filepath.Join(runnerTemp, "rcperm-bin", "rcperm"))
	for i, tc := range []struct {
		flags string
		code  int
		want  string
	}{
		{"-enable=unknown-operation", 3, "1 finding: 1 unknown-operation\n"},
		{"  -disable=missing-permission,unknown-operation,unused-permission   -test ", 0, ""},
		{"-tags=integration", 3, " 6 missing-permission"},
		{"-nosuchflag", 2, "flag provided but not defined: -nosuchflag"},
		// Shell syntax is text: rcperm is given "$(touch", "pwned)", ... as
		// package patterns, which do not load.
		{"$(touch pwned) ; touch pwned `touch pwned`", 1, ""},
	} {
		out, code, _ := runAction(t, runnerTemp, i > 0, map[string]string{"working-directory": "testdata/example", "format": "text", "flags": tc.flags})
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("flags %q = exit %d\n%s\nwant exit %d and %q", tc.flags, code, out, tc.code, tc.want)
		}
		if _, err := os.Stat(filepath.Join("..", "..", "testdata", "example", "pwned")); err == nil {
			t.Fatalf("flags %q ran a command", tc.flags)
		}
	}
}
