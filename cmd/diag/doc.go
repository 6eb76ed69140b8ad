// Command diag compiles .diag files to self-contained, animated SVG.
//
// Usage:
//
//	diag compile FILE.diag... [-o OUT.svg | -d DIR] [--frame T] [--static] [--no-font]
//	diag check FILE.diag...
//	diag fmt [FILE.diag...] [-w] [--check]
//	diag layout FILE.diag [--json]
//	diag site [DIR] -o OUT [--force]
//	diag watch FILE.diag|DIR [--port N]
//	diag version
//	diag help [COMMAND]
//
// Flags may come before or after file names. Exit codes: 0 success, 1 an
// input is wrong (errors go to standard error with file:line:col, the
// source line, a caret and a hint), 2 the command line is wrong.
//
// The command owns flag parsing and file handling only: compiling is
// diag.Compile, the site is package site, the live preview of diag watch
// is package internal/preview. Pictures are written through
// internal/atomicfile, so a failed compile never leaves a half-written SVG
// and never replaces a good one.
//
// A compile is one short burst of allocation, so the process does not
// collect garbage until it holds 64 MB, and from then on as usual (diag
// watch, which runs until stopped, collects as usual from the start);
// GOGC or GOMEMLIMIT in the environment set the collector instead.
package main
