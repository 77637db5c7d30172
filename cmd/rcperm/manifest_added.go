package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rcperm/rcperm/internal/driver"
	rcmanifest "github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// listedGrants returns the manifest that rcperm manifest -w is about to
// update and the permissions it lists now: none when it does not exist yet
// or cannot be read (then -w fails or writes it anew).
func listedGrants(run *driver.Run, flagPath string) (string, map[permissions.Permission]bool) {
	path, err := manifestToUpdate(run, flagPath)
	if err != nil {
		return "", nil
	}
	listed := map[permissions.Permission]bool{}
	if m, err := rcmanifest.Load(path); err == nil {
		for _, e := range m.Entries {
			listed[e.Permission] = true
		}
	}
	return path, listed
}

// noteAddedGrants tells the user which permissions rcperm manifest -w added
// to the manifest at path, which listed before: the check now passes, but
// RingCentral checks the app's permissions in the Developer Console, where
// the app may still lack them.
func noteAddedGrants(w io.Writer, path string, before map[permissions.Permission]bool) {
	m, err := rcmanifest.Load(path)
	if err != nil {
		return
	}
	var added []string
	for _, e := range m.Entries {
		if !before[e.Permission] {
			added = append(added, string(e.Permission))
		}
	}
	if len(added) == 0 {
		return
	}
	fmt.Fprintf(w, "rcperm: %s now grants %s: grant the same to the app in the RingCentral Developer Console, which is what RingCentral checks, or those calls still get 403\n",
		relPath(path), strings.Join(added, ", "))
}
