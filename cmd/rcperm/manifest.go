package main

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/permissions"
)

// maxUsesShown bounds the call sites listed for one permission.
const maxUsesShown = 5

// manifest prints the minimal rcperm.yaml the packages need: each
// permission some request needs, less those another listed one includes,
// with comments saying where each is needed. Fed back, it yields no
// missing-permission and no unused-permission finding.
var manifest = &command{
	name: "manifest",
	args: "[flags] [packages]",
	doc:  "Prints the minimal rcperm.yaml the packages' RingCentral requests need.",
	flags: func(fs *flag.FlagSet) func(*invocation) int {
		write := fs.Bool("w", false, "update the app's rcperm.yaml in place, keeping its comments, app: and form, instead of printing")
		return func(inv *invocation) int {
			run, err := inv.analyze()
			if err != nil {
				return inv.fail(err)
			}
			if *write {
				if err := updateManifest(run, inv.cfg.Manifest); err != nil {
					return inv.fail(err)
				}
				return 0
			}
			writeManifest(os.Stdout, run, inv.patterns, false)
			return 0
		}
	},
}

// use is one place a permission is needed.
type use struct {
	what  string
	pos   token.Position
	where string // pos, relative to the working directory
}

// newUse is the use what makes at pos, placed through the run's file set.
func newUse(run *driver.Run, what string, pos token.Pos) use {
	p := run.Fset.Position(pos)
	return use{clip.Route(what), p, shownPath(p.String())}
}

// writeManifest writes the minimal manifest. A file it writes for -w
// (stable) names where each permission is needed by file, not line: -w
// keeps the comments of the grants it leaves, and a line would be stale
// after the next edit.
func writeManifest(w io.Writer, run *driver.Run, patterns []string, stable bool) {
	listed := neededPermissions(run)
	fmt.Fprintf(w, "# The app permissions the code needs, from `rcperm manifest %s`.\n", strings.Join(patterns, " "))
	unfollowed := run.Unfollowed()
	defer func() {
		// Under the header -w rewrites, in a file it writes: the next run
		// refreshes these lists rather than keeping them beside new ones.
		if stable && (len(unfollowed) > 0 || len(run.Unresolved()) > 0) {
			fmt.Fprintln(w, generatedFootHeader)
		}
		writeUnfollowedComments(w, unfollowed)
		writeUnresolvedComments(w, run)
	}()
	if len(listed) == 0 {
		if len(unfollowed) == 0 && len(run.Unresolved()) == 0 {
			fmt.Fprintln(w, "# No RingCentral request was found: the app needs no permission for this code.")
		} else {
			fmt.Fprintln(w, "# No RingCentral request rcperm can follow was found; see below.")
		}
		return
	}
	names := make([]string, 0, len(listed))
	for p := range listed {
		names = append(names, string(p))
	}
	slices.Sort(names)
	fmt.Fprintln(w, "permissions:")
	for _, name := range names {
		us := listed[permissions.Permission(name)]
		slices.SortFunc(us, func(a, b use) int { return driver.ComparePositions(a.pos, b.pos) })
		for i, u := range us {
			if i == maxUsesShown {
				fmt.Fprintf(w, "  #   and %d more\n", len(us)-maxUsesShown)
				break
			}
			if stable {
				fmt.Fprintf(w, "  # %s in %s\n", u.what, shownPath(u.pos.Filename))
			} else {
				fmt.Fprintf(w, "  # %s at %s\n", u.what, u.where)
			}
		}
		fmt.Fprintf(w, "  - %s\n", name)
	}
	writeUserComments(w, run, stable)
}

// neededPermissions returns the permissions the run's requests need, each
// with where it is needed, less those another listed one includes: the one
// that includes it is listed, with its uses.
func neededPermissions(run *driver.Run) map[permissions.Permission][]use {
	uses := map[permissions.Permission][]use{}
	var needed permissions.Set
	for _, req := range run.Requests() {
		needed |= req.Requires
		for _, p := range req.Requires.Permissions() {
			uses[p] = append(uses[p], newUse(run, operationNames(req), req.Pos))
		}
	}
	addSubscriptionUses(run, uses, &needed)
	listed := map[permissions.Permission][]use{}
	for _, p := range needed.Permissions() {
		owner := p
		for _, q := range needed.Permissions() {
			if q != p && permissions.Includes(q, p) {
				owner = q
				break
			}
		}
		for _, u := range uses[p] {
			if owner != p {
				u.what += fmt.Sprintf(" needs %s, which %s includes,", p, owner)
			}
			listed[owner] = append(listed[owner], u)
		}
	}
	return listed
}
