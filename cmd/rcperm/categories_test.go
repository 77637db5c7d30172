package main_test

import (
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestChooseCategories: -disable and -enable choose the categories
// reported, standalone and under go vet alike (analyzer flags, which go vet
// passes to its tool); a misspelt category stops the run, naming the valid
// ones.
func TestChooseCategories(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// SMS is granted and unused: an unused-permission finding, nothing else.
	writeModule(t, dir, "permissions: [ReadCallLog, SMS]\n", callLogApp)
	const unused = "grants SMS, which no RingCentral request of the packages it governs needs"
	for _, tc := range []struct {
		args     []string
		code     int
		reported bool
	}{
		{[]string{rcpermBin, "./..."}, 3, true},
		{[]string{rcpermBin, "-disable=unused-permission", "./..."}, 0, false},
		{[]string{rcpermBin, "-enable=missing-permission,unknown-operation", "./..."}, 0, false},
		{[]string{"go", "vet", "-vettool=" + rcpermBin, "-disable=unused-permission", "./..."}, 0, false},
		// go vet reports no unused-permission whatever the selection: it
		// sees one package at a time, not the app.
		{[]string{"go", "vet", "-vettool=" + rcpermBin, "-enable=unused-permission", "./..."}, 0, false},
	} {
		out, code := run(t, dir, nil, tc.args[0], tc.args[1:]...)
		if code != tc.code || strings.Contains(out, unused) != tc.reported {
			t.Errorf("%s = exit %d\n%s\nwant exit %d, unused-permission reported: %v", strings.Join(tc.args[1:], " "), code, out, tc.code, tc.reported)
		}
	}
	var selectable []string // every category but manifest, which cannot be turned off
	for _, c := range analyzer.Categories {
		if c.Name != analyzer.CategoryManifest {
			selectable = append(selectable, c.Name)
		}
	}
	out, code := run(t, dir, nil, rcpermBin, "-disable=unused", "./...")
	if code != 2 || !strings.Contains(out, `unknown category "unused": the categories are `+strings.Join(selectable, ", ")) {
		t.Errorf("rcperm -disable=unused = exit %d\n%s\nwant exit 2 naming the categories", code, out)
	}
}
