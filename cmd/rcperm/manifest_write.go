package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/rcperm/rcperm/internal/driver"
	rcmanifest "github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// updateManifest is `rcperm manifest -w`: it edits the app's rcperm.yaml in
// place through yaml.v3's node tree, so that app:, the form of the list
// (permissions: or scope:) and the user's comments stay. It adds what the
// code needs and the manifest does not grant, and removes only what
// unused-permission reports. It writes a temporary file beside the
// manifest and renames it over: on any error the manifest is untouched.
//
// flagPath is -manifest; without it the manifest is the one that governs
// the packages, or a new rcperm.yaml in the working directory.
func updateManifest(run *driver.Run, flagPath string) error {
	path, err := manifestToUpdate(run, flagPath)
	if err != nil {
		return err
	}
	// A symlinked manifest stays a link: its target is what is rewritten.
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	old, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		var b bytes.Buffer
		writeManifest(&b, run, []string{"-w"}, true)
		if err := replaceFile(path, b.Bytes(), 0o644); err != nil {
			return err
		}
		reportChanges(os.Stderr, run, path, neededNames(run), nil)
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := rcmanifest.Parse(path, old); err != nil {
		return fmt.Errorf("%v: fix it before rcperm manifest -w rewrites it", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(old, &doc); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	abs, _ := filepath.Abs(path)
	var drop []rcmanifest.Entry // the grants to remove
	for _, u := range run.Unused() {
		if p, _ := filepath.Abs(u.Grants.Path); p == abs {
			drop = append(drop, u.Entry)
		}
	}
	needed := neededNames(run)
	added, err := editGrants(doc.Content[0], drop, needed, addedComments(run))
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	setGeneratedFoot(&doc, run)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if _, err := rcmanifest.Parse(path, b.Bytes()); err != nil {
		return fmt.Errorf("internal error: the updated manifest does not parse, left %s as it was: %v", path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if err := replaceFile(path, b.Bytes(), fi.Mode().Perm()); err != nil {
		return err
	}
	reportChanges(os.Stderr, run, path, added, drop)
	return nil
}

// addedComments says, for each permission -w may add, what needs it: the
// first call's operation, with how many more, and no position, which the
// next edit of the code would make stale.
func addedComments(run *driver.Run) map[permissions.Permission]string {
	out := map[permissions.Permission]string{}
	for p, uses := range neededPermissions(run) {
		if len(uses) == 0 {
			continue
		}
		slices.SortFunc(uses, func(a, b use) int { return driver.ComparePositions(a.pos, b.pos) })
		c := "# added by rcperm manifest -w: " + uses[0].what
		if n := len(uses) - 1; n > 0 {
			c += fmt.Sprintf(" and %d more", n)
		}
		out[p] = c
	}
	return out
}

// neededNames are the permissions the run's requests need, sorted.
func neededNames(run *driver.Run) []permissions.Permission {
	var needed []permissions.Permission
	for p := range neededPermissions(run) {
		needed = append(needed, p)
	}
	sort.Slice(needed, func(i, j int) bool { return needed[i] < needed[j] })
	return needed
}

// reportChanges says what rcperm manifest -w changed and what it could not
// decide: a manifest rewritten in silence would hide that the Developer
// Console must change too, and that unresolved requests may need more.
func reportChanges(w io.Writer, run *driver.Run, path string, added []permissions.Permission, removed []rcmanifest.Entry) {
	name := shownPath(path)
	for _, p := range added {
		fmt.Fprintf(w, "%s: added %s: grant it to the app in the RingCentral Developer Console too, which is what RingCentral checks\n", name, p)
	}
	for _, e := range removed {
		fmt.Fprintf(w, "%s: removed %s, which nothing needs: remove it in the Developer Console too\n", name, e.Permission)
	}
	if n, _ := driver.Sites(run.Unresolved()); n > 0 {
		fmt.Fprintf(w, "%s: kept every grant: %d requests are unresolved and may need any of them (listed in its comments; rcperm explain -unresolved)\n", name, n)
	}
	for _, line := range accountingLines(run) {
		if !strings.Contains(line, "unresolved") {
			fmt.Fprintln(w, line)
		}
	}
}

// generatedFootHeader starts the comment rcperm manifest -w keeps at the
// end of a manifest: what the run could not decide, rewritten by each run.
const generatedFootHeader = "# rcperm manifest -w: what it cannot decide (rewritten by each run)"

// setGeneratedFoot replaces the manifest's generated comment with the
// run's unresolved requests and not-followed routes, or drops it when
// there are none; the user's own comments stay.
func setGeneratedFoot(doc *yaml.Node, run *driver.Run) {
	top := doc.Content[0]
	// yaml.v3 attaches the comment at the end of a file to the last node
	// that can hold it, which depends on the file: drop the old block
	// wherever it landed.
	var strip func(n *yaml.Node)
	strip = func(n *yaml.Node) {
		for _, c := range []*string{&n.HeadComment, &n.LineComment, &n.FootComment} {
			if i := strings.Index(*c, generatedFootHeader); i >= 0 {
				*c = strings.TrimRight((*c)[:i], "\n")
			}
		}
		for _, child := range n.Content {
			strip(child)
		}
	}
	strip(doc)
	foot := top.FootComment
	var b strings.Builder
	writeUnresolvedComments(&b, run)
	writeUnfollowedComments(&b, run.Unfollowed())
	if block := strings.TrimRight(b.String(), "\n"); block != "" {
		if foot != "" {
			foot += "\n\n"
		}
		foot += generatedFootHeader + "\n" + block
	}
	top.FootComment = foot
}

// manifestToUpdate is -manifest, or the one manifest that governs the
// packages, or the one found from the working directory.
func manifestToUpdate(run *driver.Run, flagPath string) (string, error) {
	if flagPath != "" {
		return flagPath, nil
	}
	switch ms := run.Manifests(); len(ms) {
	case 0:
	case 1:
		return ms[0], nil
	default:
		return "", fmt.Errorf("the packages are governed by %d manifests (%s): run rcperm manifest -w on the packages of one app at a time, or name it with -manifest", len(ms), strings.Join(ms, ", "))
	}
	found, err := rcmanifest.Find(".")
	if err != nil {
		return rcmanifest.FileName, nil // none yet: create it here
	}
	return found, nil
}

// editGrants removes from the top mapping's permissions: sequence or
// scope: string the grants in drop, and appends each needed permission
// that what remains does not grant, returning those. A sequence's grant is
// known by its place; a scope's by its name (the string holds them all).
func editGrants(top *yaml.Node, drop []rcmanifest.Entry, needed []permissions.Permission, comments map[permissions.Permission]string) (added []permissions.Permission, err error) {
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		switch key.Value {
		case "permissions":
			var kept []*yaml.Node
			var granted permissions.Set
			for _, n := range val.Content {
				if slices.ContainsFunc(drop, func(e rcmanifest.Entry) bool { return e.Line == n.Line && e.Column == n.Column }) {
					continue
				}
				kept = append(kept, n)
				s, _ := permissions.SetOf(permissions.Permission(n.Value))
				granted |= s
			}
			for _, p := range needed {
				if !granted.Grants().Has(p) {
					kept = append(kept, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: string(p), LineComment: comments[p]})
					added = append(added, p)
				}
			}
			// A null or empty list becomes a block sequence.
			val.Kind, val.Tag, val.Value, val.Content = yaml.SequenceNode, "!!seq", "", kept
			return added, nil
		case "scope":
			var kept []string
			var granted permissions.Set
			for _, name := range strings.Fields(val.Value) {
				if slices.ContainsFunc(drop, func(e rcmanifest.Entry) bool { return string(e.Permission) == name }) {
					continue
				}
				kept = append(kept, name)
				s, _ := permissions.SetOf(permissions.Permission(name))
				granted |= s
			}
			for _, p := range needed {
				if !granted.Grants().Has(p) {
					kept = append(kept, string(p))
					added = append(added, p)
				}
			}
			val.Value = strings.Join(kept, " ")
			return added, nil
		}
	}
	return nil, fmt.Errorf("no permissions: or scope: to update")
}

// replaceFile writes data to a temporary file beside path and renames it
// over path: a reader sees the old file or the new one, never a part.
func replaceFile(path string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, there is none
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
