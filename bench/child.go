package main

import (
	"encoding/json"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/aiprep/diag/scene/geom"
)

// longRun is the duration past which a graph gets a single timed run.
const longRun = 10 * time.Second

// childResult is what a child process hands back to the parent in its
// result file.
type childResult struct {
	// Runs are the durations of the timed runs, in nanoseconds.
	Runs []int64 `json:"runs"`
	// CPU are the processor times (user + system) of the same runs, in
	// nanoseconds: steadier than wall time on a busy machine.
	CPU      []int64       `json:"cpu"`
	SVGBytes int           `json:"svg_bytes"`
	Geometry geom.Geometry `json:"geometry"`
}

// runChild draws one graph with one engine: one warm-up run, then up to
// runs timed runs (one when a run takes longer than longRun), then the
// geometry. It prints one line per finished run on standard output so that
// the parent can tell a slow engine from a stuck one, and writes the
// result as JSON to outPath.
func runChild(engineName, graphPath string, runs int, outPath string) error {
	g, err := loadGraph(graphPath)
	if err != nil {
		return err
	}
	e, err := newEngine(engineName, g)
	if err != nil {
		return err
	}
	start := time.Now()
	svg, err := e.run()
	if err != nil {
		return fmt.Errorf("%s %s: %w", engineName, g.Name, err)
	}
	longest := time.Since(start)
	fmt.Printf("warm-up %d\n", longest.Nanoseconds())
	var res childResult
	for i := 0; i < runs; i++ {
		if i > 0 && longest > longRun {
			break
		}
		cpu := cpuTime()
		start := time.Now()
		svg, err = e.run()
		d := time.Since(start)
		res.CPU = append(res.CPU, (cpuTime() - cpu).Nanoseconds())
		if err != nil {
			return fmt.Errorf("%s %s: %w", engineName, g.Name, err)
		}
		longest = max(longest, d)
		res.Runs = append(res.Runs, d.Nanoseconds())
		fmt.Printf("run %d\n", d.Nanoseconds())
	}
	res.SVGBytes = len(svg)
	res.Geometry, err = e.geometry()
	if err != nil {
		return fmt.Errorf("%s %s geometry: %w", engineName, g.Name, err)
	}
	out, err := json.Marshal(res)
	if err != nil {
		return err
	}
	return os.WriteFile(outPath, out, 0o644)
}

// cpuTime returns the processor time (user + system) this process has
// used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadGraph reads one edge-list file; the graph is named after the file.
func loadGraph(path string) (*Graph, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseGraph(graphName(path), src)
}
