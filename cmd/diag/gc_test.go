package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// gcSettings returns the process's GOGC percentage (-1: off) and memory
// limit.
func gcSettings() (percent, limit int64) {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}

// TestDeferGC checks that deferGC turns the collector off under a memory
// limit, that the first collection brings back the usual pacing, and that
// GOGC or GOMEMLIMIT in the environment win.
func TestDeferGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")

	deferGC(1 << 40)
	if p, l := gcSettings(); p != -1 || l != 1<<40 {
		t.Fatalf("after deferGC: GOGC %d, memory limit %d; want -1 (off) and %d", p, l, int64(1<<40))
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		p, l := gcSettings()
		if p == 100 && l == math.MaxInt64 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the first collection: GOGC %d, memory limit %d; want 100 and no limit", p, l)
		}
		time.Sleep(time.Millisecond)
	}

	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "50")
			deferGC(1 << 40)
			if p, l := gcSettings(); p != 100 || l != math.MaxInt64 {
				t.Errorf("with %s set: GOGC %d, memory limit %d; want them left at 100 and no limit", env, p, l)
			}
		})
	}
}
