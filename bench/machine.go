package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// machineInfo describes where a run happened.
type machineInfo struct {
	CPUs   int
	Model  string
	Memory string
	Go     string
	Date   string
	// Load is the 1-minute load average when the report was written: on a
	// busy machine every engine is slower.
	Load string
}

// machine reads the CPU model and memory size from /proc; fields that
// cannot be read are "unknown".
func machine() machineInfo {
	m := machineInfo{
		CPUs:   runtime.NumCPU(),
		Model:  "unknown",
		Memory: "unknown",
		Go:     runtime.Version(),
		Date:   time.Now().UTC().Format("2006-01-02 15:04 UTC"),
	}
	m.Load = "unknown"
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(data)); len(f) > 0 {
			m.Load = f[0]
		}
	}
	if v := procField("/proc/cpuinfo", "model name"); v != "" {
		m.Model = v
	}
	if v := procField("/proc/meminfo", "MemTotal"); v != "" {
		if kb, err := strconv.ParseFloat(strings.TrimSuffix(v, " kB"), 64); err == nil {
			m.Memory = fmt.Sprintf("%.1f GiB", kb/(1<<20))
		}
	}
	return m
}

// procField returns the value of the first "key: value" line of a /proc
// file whose key is key.
func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
