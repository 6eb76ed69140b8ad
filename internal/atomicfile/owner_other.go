//go:build !unix

package atomicfile

import "io/fs"

// ownedByUs reports whether the file belongs to the user this program runs
// as. Where that cannot be told, no file counts as ours, so that no stale
// temporary file is ever removed on a guess.
func ownedByUs(fi fs.FileInfo) bool {
	return false
}
