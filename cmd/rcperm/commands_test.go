package main_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestHelp: rcperm help prints what rcperm reports once, the usage of
// every command, the flags, the subcommands, the categories of findings
// from the analyzer's table and the exit codes.
func TestHelp(t *testing.T) {
	t.Parallel()
	out, code := run(t, t.TempDir(), nil, rcpermBin, "help")
	if code != 0 {
		t.Fatalf("rcperm help = exit %d\n%s", code, out)
	}
	want := []string{
		"rcperm reports the RingCentral API calls a Go program makes without the\n",
		"usage: rcperm [flags] packages\n",
		"       rcperm vet [go vet flags] packages\n",
		"       rcperm sarif [flags] [packages]\n",
		"       rcperm manifest [flags] [packages]\n",
		"       rcperm explain PERMISSION [flags] [packages]\n",
		"       rcperm routes [-sdk] [PATTERN]\n",
		"       rcperm version\n",
		"       rcperm help [SUBCOMMAND|CATEGORY]\n",
		"       go vet -vettool=$(which rcperm) packages\n",
		"  -manifest rcperm.yaml\n",
		"  -all-deps\n",
		"  -json\n",
		"  -version\n",
		"\ncommands:\n  vet       Runs go vet",
		"  version   Prints rcperm's version",
		"exit codes:\n  0  no findings",
		// A manifest that cannot be read is a finding, not an error.
		"  3  findings, a manifest that cannot be read among them",
	}
	// The categories' table lines up: every level starts in one column.
	width := 0
	for _, c := range analyzer.Categories {
		width = max(width, len(c.Name))
	}
	for _, c := range analyzer.Categories {
		want = append(want, fmt.Sprintf("  %s%s  %-7s  %s\n", c.Name, strings.Repeat(" ", width-len(c.Name)), c.Level, c.Summary))
	}
	if n := strings.Count(out, "rcperm reports the RingCentral API calls"); n != 1 {
		t.Errorf("rcperm help prints its summary %d times, want once:\n%s", n, out)
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("rcperm help lacks %q:\n%s", w, out)
		}
	}
	// Flags that do nothing, or that only rcperm vet sets, are not offered.
	for _, hidden := range []string{"  -fix\n", "  -diff\n", "  -manifest-digest"} {
		if strings.Contains(out, hidden) {
			t.Errorf("rcperm help lists %q:\n%s", hidden, out)
		}
	}
}

// TestHiddenFlagsAccepted: the flags help does not list still parse, for
// scripts written for the go/analysis drivers and for rcperm vet.
func TestHiddenFlagsAccepted(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	out, code := run(t, dir, nil, rcpermBin, "-fix", "-diff", "-manifest-digest=abc", "./...")
	if code != 0 {
		t.Errorf("rcperm -fix -diff -manifest-digest=abc ./... = exit %d\n%s\nwant 0", code, out)
	}
}

// TestSubcommandUsage: each subcommand that loads packages shares the flags
// that load them and configure the analyzer, says what it does, and exits
// 2 on a bad command line.
func TestSubcommandUsage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"sarif", "-h"}, "usage: rcperm sarif [flags] [packages]\n\nWrites rcperm's findings as a SARIF 2.1.0 log.\n"},
		{[]string{"manifest", "-nosuchflag"}, "usage: rcperm manifest [flags] [packages]\n"},
		{[]string{"explain"}, "usage: rcperm explain PERMISSION [flags] [packages]\n"},
		{[]string{"explain", "-scope=SMS"}, "usage: rcperm explain PERMISSION [flags] [packages]\n"},
	} {
		out, code := run(t, t.TempDir(), nil, rcpermBin, tc.args...)
		if code != 2 || !strings.Contains(out, tc.want) {
			t.Errorf("rcperm %s = exit %d\n%s\nwant exit 2 and %q", strings.Join(tc.args, " "), code, out, tc.want)
		}
		for _, flag := range []string{"-manifest", "-permissions", "-scope", "-test", "-tags", "-all-deps"} {
			if !strings.Contains(out, "  "+flag) {
				t.Errorf("rcperm %s: usage lacks %s:\n%s", strings.Join(tc.args, " "), flag, out)
			}
		}
	}
}

// TestFlagsBeforeCommand: flags written before a command are the
// command's, as if written after it (and after its operand).
func TestFlagsBeforeCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", callLogApp)
	for _, tc := range []struct{ before, after []string }{
		{[]string{"-cache=false", "explain", "-unresolved", "./..."}, []string{"explain", "-unresolved", "-cache=false", "./..."}},
		{[]string{"-scope=ReadCallLog", "explain", "ReadCallLog"}, []string{"explain", "ReadCallLog", "-scope=ReadCallLog"}},
		{[]string{"-cache=false", "manifest", "./..."}, []string{"manifest", "-cache=false", "./..."}},
	} {
		got, gotCode := run(t, dir, nil, rcpermBin, tc.before...)
		want, wantCode := run(t, dir, nil, rcpermBin, tc.after...)
		if got != want || gotCode != wantCode {
			t.Errorf("rcperm %s = exit %d\n%s\nwant what rcperm %s gives, exit %d\n%s", strings.Join(tc.before, " "), gotCode, got, strings.Join(tc.after, " "), wantCode, want)
		}
	}
}
