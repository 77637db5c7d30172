package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/rcperm/rcperm/permissions"
)

// versionCommand prints what users attach to a bug report: which rcperm,
// which permission table, which Go.
var versionCommand = &command{
	name: "version",
	doc:  "Prints rcperm's version, the date of the RingCentral spec its permission table is generated from, and the Go version it was built with.",
	direct: func(args []string) int {
		if len(args) > 0 {
			return fail("version: takes no arguments")
		}
		printVersion()
		return 0
	},
}

func printVersion() {
	fmt.Fprintf(os.Stdout, "%s\npermission table: RingCentral OpenAPI spec %s (commit %s)\n%s %s/%s\n",
		versionLine(version()), permissions.SpecDate, permissions.SpecCommit, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// versionLine is the first line of rcperm version. A build with no
// version says how to get one, since a bug report needs it: go build from
// outside a checkout, or with -buildvcs=false, stamps nothing.
func versionLine(v string) string {
	if v == "devel" {
		return "rcperm devel (no version: install a release with go install github.com/rcperm/rcperm/cmd/rcperm@latest, or build from a git checkout)"
	}
	return "rcperm " + v
}

// version is rcperm's module version: the tag `go install ...@version`
// built, or from a clone the VCS revision, "+dirty" when the tree had
// uncommitted changes, or "devel" when the build recorded neither.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return versionOf(info)
}

// versionOf is version for the build information info.
func versionOf(info *debug.BuildInfo) string {
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, dirty string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			revision = s.Value
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "+dirty"
		}
	}
	if revision == "" {
		return "devel"
	}
	return revision + dirty
}
