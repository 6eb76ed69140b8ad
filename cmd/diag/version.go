package main

import (
	"flag"
	"fmt"
)

// version is the version of diag.
const version = "0.1.0"

var versionCommand = &command{
	name:    "version",
	summary: "print the version of diag",
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		return func(c *cli, args []string) int {
			if len(args) > 0 {
				return c.usageError("takes no arguments")
			}
			fmt.Fprintf(c.stdout, "diag %s\n", version)
			return exitOK
		}
	},
}
