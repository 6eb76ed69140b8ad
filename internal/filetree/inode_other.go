//go:build !unix

package filetree

import "io/fs"

// inode returns 0: this system gives no inode numbers through fs.FileInfo.
func inode(fs.FileInfo) uint64 { return 0 }
