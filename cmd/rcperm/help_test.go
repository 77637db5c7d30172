package main_test

import (
	"debug/buildinfo"
	"runtime"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/permissions"
)

// TestHelpSubcommand: rcperm help SUBCOMMAND prints that command's usage
// and flags on standard output and exits 0.
func TestHelpSubcommand(t *testing.T) {
	t.Parallel()
	for cmd, want := range map[string]string{
		"sarif":   "usage: rcperm sarif [flags] [packages]\n\nWrites rcperm's findings as a SARIF 2.1.0 log.\n",
		"vet":     "usage: rcperm vet [go vet flags] packages\n",
		"version": "usage: rcperm version\n",
	} {
		out, code := run(t, t.TempDir(), nil, rcpermBin, "help", cmd)
		if code != 0 || !strings.HasPrefix(out, want) {
			t.Errorf("rcperm help %s = exit %d\n%s\nwant exit 0 and %q first", cmd, code, out, want)
		}
	}
}

// TestHelpCategory: rcperm help CATEGORY says what a finding of the
// category means, how to fix it and how to suppress it, for every
// category of the analyzer's table.
func TestHelpCategory(t *testing.T) {
	t.Parallel()
	suppress := map[string]string{
		analyzer.CategoryManifest:         "This finding cannot be silenced",
		analyzer.CategoryUnusedPermission: "keep:\n    - {permission:",
	}
	for _, cat := range analyzer.Categories {
		out, code := run(t, t.TempDir(), nil, rcpermBin, "help", cat.Name)
		want := []string{cat.Name + " (" + cat.Level + "): " + cat.Summary + ".\n", "To fix it"}
		if s, ok := suppress[cat.Name]; ok {
			want = append(want, s)
		} else {
			want = append(want, "//rcperm:ignore <reason>, or //nolint:rcperm // <reason>", "-disable="+cat.Name)
		}
		for _, w := range want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("rcperm help %s = exit %d\n%s\nwant exit 0 and %q", cat.Name, code, out, w)
			}
		}
	}
}

// TestUnknownCommand: a mistyped subcommand is named as such with the
// nearest command, while a bare word that is a package (std's net, a
// directory) is still checked as one.
func TestUnknownCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"explian", "ReadCallLog"}, 2, `unknown command "explian": did you mean "explain"?`},
		{[]string{"srif"}, 2, `unknown command "srif": did you mean "sarif"?`},
		{[]string{"help", "nosuch"}, 2, `unknown command "nosuch"`},
		{[]string{"net"}, 0, ""},
	} {
		out, code := run(t, dir, nil, rcpermBin, tc.args...)
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("rcperm %s = exit %d\n%s\nwant exit %d and %q", strings.Join(tc.args, " "), code, out, tc.code, tc.want)
		}
	}
	// A directory named like a command is a package to check.
	writeFiles(t, dir, map[string]string{"vat/vat.go": strings.Replace(callLogApp, "package app", "package vat", 1)})
	if out, code := run(t, dir, nil, rcpermBin, "vat"); code != 1 || strings.Contains(out, "unknown command") {
		t.Errorf("rcperm vat (a directory) = exit %d\n%s\nwant it loaded as a package pattern (an error: a bare directory name is not a relative pattern)", code, out)
	}
}

// TestBareUsage: rcperm with no arguments prints its usage and exits 2.
func TestBareUsage(t *testing.T) {
	t.Parallel()
	out, code := run(t, testdataDir(t, "example"), nil, rcpermBin)
	if code != 2 || !strings.Contains(out, "usage: rcperm [flags] packages\n") || !strings.Contains(out, "  -manifest rcperm.yaml") {
		t.Errorf("rcperm = exit %d\n%s\nwant exit 2 and the usage", code, out)
	}
}

// TestVersion: rcperm version and -version name the build's VCS revision,
// the permission table's spec and the Go version; -V=full keeps go vet's
// protocol.
func TestVersion(t *testing.T) {
	t.Parallel()
	// The tests' binary is stamped with the revision where the go command
	// finds the repository, unless GOFLAGS has -buildvcs=false; each form
	// of stamp is TestVersionOf's.
	bin := rcpermBin
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	// Go stamps a clone's build with a pseudo-version naming the revision
	// (+dirty included); a build it cannot stamp that way names the
	// revision alone, or nothing.
	revision := "devel"
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			revision = s.Value
		}
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.modified" && s.Value == "true" {
			revision += "+dirty"
		}
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		revision = v
	}
	first := "rcperm " + revision
	if revision == "devel" {
		first += " (no version: install a release with go install github.com/rcperm/rcperm/cmd/rcperm@latest, or build from a git checkout)"
	}
	want := first + "\npermission table: RingCentral OpenAPI spec " + permissions.SpecDate + " (commit " + permissions.SpecCommit + ")\n" +
		runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + "\n"
	for _, args := range [][]string{{"version"}, {"-version"}} {
		if out, code := run(t, t.TempDir(), nil, bin, args...); code != 0 || out != want {
			t.Errorf("rcperm %s = exit %d\n%s\nwant exit 0 and\n%s", args[0], code, out, want)
		}
	}
	if out, code := run(t, t.TempDir(), nil, bin, "-V=full"); code != 0 || !strings.HasPrefix(out, "rcperm version devel ") || !strings.Contains(out, "buildID=") {
		t.Errorf("rcperm -V=full = exit %d %q, want go vet's form: rcperm version devel ... buildID=...", code, out)
	}
}
