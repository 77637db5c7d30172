package main

import (
	"fmt"
	"io"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/permissions"
)

// How the commands show the route strings rcperm sees in the code but
// cannot follow to a request (a map, an interface, a function value, a
// channel, a function it does not read): the honest edge of what it sees.

// unfollowedWhat describes one not-followed route: the route, its
// operations and what they need.
func unfollowedWhat(u driver.Unfollowed) string {
	ops := operationList(u.Operations, func(op *permissions.Operation) string { return op.Method + " " + op.ID })
	return fmt.Sprintf("%s (%s) needs %s", clip.Route(u.Text), ops, u.Requires)
}

// writeUnfollowedComments lists the not-followed routes as manifest
// comments under their own heading.
func writeUnfollowedComments(w io.Writer, routes []driver.Unfollowed) {
	if len(routes) == 0 {
		return
	}
	fmt.Fprintln(w, "# Routes rcperm sees in the code but cannot follow to a request (a map, an")
	fmt.Fprintln(w, "# interface, a function value...). Their permissions are NOT listed above:")
	fmt.Fprintln(w, "# grant those of the routes the app calls.")
	for _, u := range routes {
		fmt.Fprintf(w, "#   %s, at %s\n", unfollowedWhat(u), shownPath(u.Pos.String()))
	}
}

// writeUnfollowed is `rcperm explain -unfollowed`: one route a line.
func writeUnfollowed(w io.Writer, run *driver.Run) {
	routes := run.Unfollowed()
	for _, u := range routes {
		fmt.Fprintf(w, "%s: %s\n", shownPath(u.Pos.String()), unfollowedWhat(u))
	}
	if len(routes) == 0 {
		fmt.Fprintln(w, "rcperm follows every RingCentral route it sees in the code to a checked request, or knows it is none")
	}
}
