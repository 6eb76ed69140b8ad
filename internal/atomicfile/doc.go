// Package atomicfile writes files so that readers see either the old
// content or the complete new content, never a half-written file.
//
// Write puts the bytes in a temporary file beside the target (the file a
// symbolic link leads to), syncs it and renames it over the target; a FIFO
// or a device is written in place. WriteUnsynced does the same without
// waiting for the disk, for a file that a new run can make again.
// CleanUpOnSignal has an interrupted program remove the temporary files of
// its writes in progress.
//
// WriteNew writes a new file inside an os.Root, for callers that update many
// files of a folder and must never reach out of it: written beside each
// target and renamed over it, each file changes in one step.
//
// On any failure the temporary file is removed and whatever was at the
// target before stays untouched.
//
// The package owns only this; it knows nothing about diagrams.
package atomicfile
