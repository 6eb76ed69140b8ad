package main

import (
	"flag"
	"fmt"
	"runtime/debug"
)

var versionCommand = &command{
	name:    "version",
	summary: "print the version of diag",
	details: `Print the module version diag was built from, as the Go toolchain
recorded it: a release or pseudo-version for "go install
github.com/aiprep/diag/cmd/diag@latest", and "(devel)" with the commit
(and "modified" when the tree had uncommitted changes) for a build from a
clone.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		return func(c *cli, args []string) int {
			if len(args) > 0 {
				return c.usageError("takes no arguments")
			}
			info, _ := debug.ReadBuildInfo()
			fmt.Fprintf(c.stdout, "diag %s\n", versionText(info))
			return exitOK
		}
	},
}

// versionText returns the version of diag that info describes: the main
// module's version, followed for a development build by the commit it
// was built from, its time and whether the tree was modified, e.g.
// "(devel) 3f2a1b0c9d8e 2026-03-01T10:00:00Z modified". A binary without
// build information (info nil) gives "(unknown)".
func versionText(info *debug.BuildInfo) string {
	if info == nil {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" || v != "(devel)" {
		// A module version already names its commit (a pseudo-version
		// ends with it); the settings only add to a development build.
		return v
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v += " " + rev
	if at != "" {
		v += " " + at
	}
	if modified == "true" {
		v += " modified"
	}
	return v
}
