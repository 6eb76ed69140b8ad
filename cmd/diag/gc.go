package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

// firstGC is how much memory a diag process may hold before its first
// garbage collection. A compile is one short burst of allocation that the
// process exit frees: the garbage of a graph of 200 nodes is about 8 MB,
// of 1,000 nodes about 30 MB, and collecting it costs more than it saves.
const firstGC = 64 << 20

// deferGC turns the garbage collector off until the process holds limit
// bytes. The first collection, which the memory limit forces, brings back
// the usual pacing (GOGC=100, no limit), so that a big input collects as it
// always did and its memory stays twice its live heap, not limit. A GOGC
// or GOMEMLIMIT in the environment is obeyed instead.
func deferGC(limit int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	percent := debug.SetGCPercent(-1)
	prevLimit := debug.SetMemoryLimit(limit)
	// The marker is unreachable from the start, so the first collection
	// frees it and runs its cleanup. It holds a pointer: the cleanup of
	// an object from the tiny allocator might never run.
	marker := &struct{ p *byte }{}
	runtime.AddCleanup(marker, func(struct{}) {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(prevLimit)
	}, struct{}{})
}
