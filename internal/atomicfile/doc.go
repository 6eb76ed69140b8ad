// Package atomicfile writes files and folders so that readers see either the
// old content or the complete new content, never a half-written mix.
//
// Write puts the bytes in a temporary file beside the target, syncs it and
// renames it over the target. WriteDir builds a whole folder beside the
// target and swaps it in by renames. On any failure the temporary file or
// folder is removed and whatever was at the target before stays untouched.
//
// The package owns only this; it knows nothing about diagrams.
package atomicfile
