package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0 // success
	exitInput = 1 // an input file is wrong, or a file could not be read or written
	exitUsage = 2 // the command line is wrong
)

// cli holds the standard streams a command works with.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	cmd            *command // the command being run
}

// command is one subcommand of diag.
type command struct {
	name     string
	synopsis string // arguments after the name, for the usage line
	summary  string // one line for the command overview
	details  string // what the command does, shown by its help
	// ownsSignals says the command handles SIGINT and SIGTERM itself (diag
	// watch stops its server), so main does not install the handler that
	// removes temporary files and ends the process.
	ownsSignals bool
	// longLived says the command runs until it is stopped (diag watch), so
	// main leaves its garbage collection as it is, rather than deferring
	// it as for a command that does one job and exits.
	longLived bool
	// setup defines the command's flags on fs and returns the function that
	// runs the command with the remaining arguments once fs is parsed.
	setup func(fs *flag.FlagSet) func(c *cli, args []string) int
}

// commands lists the subcommands in the order help shows them.
var commands = []*command{compileCommand, checkCommand, fmtCommand, layoutCommand, siteCommand, watchCommand, versionCommand}

// run runs diag with the command-line arguments args (without the program
// name) and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: printableWriter{stderr}}
	if len(args) == 0 {
		writeOverview(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return c.help(rest)
	case "-version", "--version":
		name = "version"
	}
	cmd := lookup(name)
	if cmd == nil {
		fmt.Fprintf(stderr, "diag: unknown command %q\nRun 'diag help' for usage.\n", name)
		return exitUsage
	}
	c.cmd = cmd
	fs := newFlagSet(cmd.name)
	runCmd := cmd.setup(fs)
	positional, err := parseArgs(fs, rest)
	if errors.Is(err, flag.ErrHelp) {
		writeUsage(stdout, cmd)
		return exitOK
	}
	if err != nil {
		return c.usageError("%v", err)
	}
	return runCmd(c, positional)
}

// help prints the overview, or the usage of the command named in args.
func (c *cli) help(args []string) int {
	switch len(args) {
	case 0:
		writeOverview(c.stdout)
		return exitOK
	case 1:
		if args[0] == "help" {
			writeOverview(c.stdout)
			return exitOK
		}
		if cmd := lookup(args[0]); cmd != nil {
			writeUsage(c.stdout, cmd)
			return exitOK
		}
		fmt.Fprintf(c.stderr, "diag help: unknown command %q\nRun 'diag help' for usage.\n", args[0])
		return exitUsage
	default:
		fmt.Fprintln(c.stderr, "usage: diag help [COMMAND]")
		return exitUsage
	}
}

// usageError reports a wrong command line for the running command, with
// its usage line, and returns exitUsage.
func (c *cli) usageError(format string, args ...any) int {
	fmt.Fprintf(c.stderr, "diag %s: %s\n", c.cmd.name, fmt.Sprintf(format, args...))
	fmt.Fprintf(c.stderr, "%s\nRun 'diag help %s' for details.\n", usageLine(c.cmd), c.cmd.name)
	return exitUsage
}

// lookup returns the command called name, or nil.
func lookup(name string) *command {
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd
		}
	}
	return nil
}

// writeOverview writes the list of commands.
func writeOverview(w io.Writer) {
	var b strings.Builder
	b.WriteString("diag compiles .diag diagram files to self-contained, animated SVG.\n\n")
	b.WriteString("Usage:\n  diag COMMAND [ARGUMENTS]\n\nCommands:\n")
	for _, cmd := range commands {
		fmt.Fprintf(&b, "  %-9s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintf(&b, "  %-9s %s\n", "help", "show help for a command")
	b.WriteString("\nRun 'diag help COMMAND' or 'diag COMMAND -h' for a command's flags.\n")
	b.WriteString("Flags may come before or after file names.\n")
	b.WriteString("Exit status: 0 success, 1 an input is wrong, 2 the command line is wrong.\n")
	io.WriteString(w, b.String())
}

// writeUsage writes the help of cmd: usage line, details and flags.
func writeUsage(w io.Writer, cmd *command) {
	var b strings.Builder
	b.WriteString(usageLine(cmd) + "\n")
	if cmd.details != "" {
		b.WriteString("\n" + cmd.details + "\n")
	}
	fs := newFlagSet(cmd.name)
	cmd.setup(fs)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		b.WriteString("\nFlags:\n")
		writeFlags(&b, fs)
	}
	io.WriteString(w, b.String())
}

// usageLine returns the one-line synopsis of cmd.
func usageLine(cmd *command) string {
	return strings.TrimSpace("usage: diag " + cmd.name + " " + cmd.synopsis)
}
