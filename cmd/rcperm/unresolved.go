package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/internal/driver"
)

// How the commands account for the requests rcperm cannot resolve: every
// request ends resolved, to another server, ignored, or listed here.

// unresolvedWhat describes one unresolved request.
func unresolvedWhat(u analyzer.Unresolved) string {
	// The method, URL and filter are the analyzed code's text: clipped and
	// escaped, so that none can end the line or the comment it is in.
	if u.Filter != "" {
		return fmt.Sprintf("subscription event filter %s; rcperm cannot tell its operation", clip.Route(u.Filter))
	}
	where := "may go to RingCentral"
	if u.RingCentral {
		where = "goes to RingCentral"
	}
	return fmt.Sprintf("%s %s %s; rcperm cannot tell its operation", clip.Route(u.Method), clip.Route(u.URL), where)
}

// writeUnresolved is `rcperm explain -unresolved`: one request a line.
func writeUnresolved(w io.Writer, run *driver.Run) {
	reqs := run.Unresolved()
	for _, u := range reqs {
		fmt.Fprintf(w, "%s: %s\n", shownPath(run.Fset.Position(u.Pos).String()), unresolvedWhat(u))
	}
	if len(reqs) == 0 {
		fmt.Fprintln(w, "rcperm resolves every request of the packages, or knows it goes to another server, or an //rcperm:ignore says why it does not count")
		return
	}
	fmt.Fprintln(w, "Name each one's operations with //rcperm:route METHOD PATH at the request, or say why it does not count with //rcperm:ignore <reason>.")
}

// writeUnresolvedComments lists the unresolved requests as manifest
// comments under their own heading.
func writeUnresolvedComments(w io.Writer, run *driver.Run) {
	reqs := run.Unresolved()
	if len(reqs) == 0 {
		return
	}
	fmt.Fprintln(w, "# Requests rcperm cannot resolve: their permissions are NOT listed above, and")
	fmt.Fprintln(w, "# no grant is called unused while one is left. Resolve each with")
	fmt.Fprintln(w, "# //rcperm:route METHOD PATH, or //rcperm:ignore <reason> if it is no RingCentral request.")
	for _, u := range reqs {
		fmt.Fprintf(w, "#   %s, at %s\n", unresolvedWhat(u), shownPath(run.Fset.Position(u.Pos).String()))
	}
}

// accountingLines say, after a run's findings, what kept its
// least-privilege judgement incomplete: unresolved requests (the reported
// ones are findings; the others are counted here) and packages a manifest
// governs that the run did not analyze. Nothing when the judgement was
// complete.
func accountingLines(run *driver.Run) []string {
	var out []string
	if sites, quiet := driver.Sites(run.Unresolved()); sites > 0 {
		out = append(out, fmt.Sprintf("rcperm: %d requests checked, %d unresolved (%d may not go to RingCentral): rcperm explain -unresolved lists them",
			len(run.Requests()), sites, quiet))
	}
	for _, u := range run.Unjudged() {
		if len(u.Unseen) == 0 {
			continue
		}
		var rel []string
		for _, d := range u.Unseen {
			rel = append(rel, shownPath(d))
		}
		out = append(out, fmt.Sprintf("rcperm: no unused-permission advice for %s: the run did not analyze %d of the packages it governs (%s); run rcperm ./... in %s",
			shownPath(u.Grants.Path), len(u.Unseen), strings.Join(rel, ", "), shownPath(filepath.Dir(u.Grants.Path))))
	}
	return out
}
