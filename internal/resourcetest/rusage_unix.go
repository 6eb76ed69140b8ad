//go:build unix

package resourcetest

import (
	"os"
	"runtime"
	"syscall"
)

// maxRSS returns the peak resident memory of an exited process in bytes.
// Linux and the BSDs give ru_maxrss in KiB, macOS in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) << 10
}
