package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"
)

// cliGraph is the graph whose compile by the diag command is measured.
const cliGraph = "dag-1000"

// cliRuns is how many times the diag command compiles cliGraph.
const cliRuns = 3

// cliResult is the cost of compiling one graph with the diag command, as a
// whole process: start-up, reading, parse, layout, render and writing.
type cliResult struct {
	Graph string
	// PeakRSSKB is the largest peak resident memory of the runs, in KiB.
	PeakRSSKB int64
	// WallMS is the median wall time of the runs.
	WallMS float64
	Runs   int
}

// measureCLI builds the diag command from the module this benchmark
// replaces it with and compiles cliGraph with it cliRuns times.
func measureCLI(tmp string, graphs []graphInfo) (*cliResult, error) {
	i := slices.IndexFunc(graphs, func(g graphInfo) bool { return g.Name == cliGraph })
	if i < 0 {
		return nil, nil
	}
	g, err := loadGraph(graphs[i].Path)
	if err != nil {
		return nil, err
	}
	src := filepath.Join(tmp, cliGraph+".diag")
	if err := os.WriteFile(src, []byte(ToDiag(g)), 0o644); err != nil {
		return nil, err
	}
	bin := filepath.Join(tmp, "diag")
	build := exec.Command("go", "build", "-o", bin, "github.com/aiprep/diag/cmd/diag")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return nil, fmt.Errorf("build the diag command: %w", err)
	}
	res := &cliResult{Graph: cliGraph, Runs: cliRuns}
	var walls []int64
	for range cliRuns {
		cmd := exec.Command(bin, "compile", src, "-o", filepath.Join(tmp, cliGraph+".svg"))
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("diag compile %s: %w", cliGraph, err)
		}
		walls = append(walls, time.Since(start).Nanoseconds())
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.PeakRSSKB = max(res.PeakRSSKB, ru.Maxrss)
		}
	}
	res.WallMS = median(walls) / 1e6
	return res, nil
}
