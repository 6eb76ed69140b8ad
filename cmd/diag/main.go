// Command diag compiles .diag files to self-contained, animated SVG.
//
// Usage:
//
//	diag compile FILE.diag... [-o OUT.svg | -d DIR] [--frame T] [--static] [--no-font]
//	diag check FILE.diag...
//	diag layout FILE.diag [--json]
//	diag site [DIR] -o OUT
//	diag version
//	diag help [COMMAND]
//
// Exit codes: 0 success, 1 an input is wrong (errors go to standard error
// with file:line:col, the source line and a hint), 2 the command line is
// wrong.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
