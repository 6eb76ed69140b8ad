package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// cliGraph is the graph whose compile by the diag command is measured.
const cliGraph = "dag-1000"

// cliRuns is how many times the diag command compiles cliGraph.
const cliRuns = 3

// raceGraph is the graph on which a whole diag compile process races a
// whole native dot -Tsvg process, and raceRuns how many times each runs.
const (
	raceGraph = "dag-200"
	raceRuns  = 15
)

// cliResult is the cost of compiling one graph with the diag command, as a
// whole process: start-up, reading, parse, layout, render and writing.
type cliResult struct {
	Graph string
	// PeakRSSKB is the largest peak resident memory of the runs, in KiB.
	PeakRSSKB int64
	// WallMS is the median wall time of the runs.
	WallMS float64
	Runs   int
	// Race is the side-by-side run of whole processes on raceGraph; nil
	// when that graph was not run or no native dot is installed.
	Race *processRace
}

// processRace compares whole processes, start-up included: the diag
// command compiling a graph to SVG and the native dot command drawing the
// same graph with dot -Tsvg. The runs alternate, so both see the same
// load.
type processRace struct {
	Graph  string
	Runs   int
	DiagMS float64 // median wall time of diag compile
	DotMS  float64 // median wall time of dot -Tsvg
	Dot    string  // the dot command's version line
}

// measureCLI builds the diag command from the module this benchmark
// replaces it with (the parent folder, so the benchmark runs from its own
// folder) and compiles cliGraph with it cliRuns times.
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
	// The command is built in its own module, the parent folder, whose
	// go.sum covers what the command needs beyond the library (the file
	// watcher of diag watch).
	build := exec.Command("go", "build", "-o", bin, "./cmd/diag")
	build.Dir = ".."
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
	res.Race, err = raceDot(tmp, bin, graphs)
	return res, err
}

// raceDot runs the diag command at bin and the native dot command on
// raceGraph raceRuns times each, alternating. It returns nil when the
// graph is not in the run or dot is not installed.
func raceDot(tmp, bin string, graphs []graphInfo) (*processRace, error) {
	i := slices.IndexFunc(graphs, func(g graphInfo) bool { return g.Name == raceGraph })
	dot, err := exec.LookPath("dot")
	if i < 0 || err != nil {
		return nil, nil
	}
	g, err := loadGraph(graphs[i].Path)
	if err != nil {
		return nil, err
	}
	src := filepath.Join(tmp, raceGraph+".diag")
	dotSrc := filepath.Join(tmp, raceGraph+".dot")
	if err := os.WriteFile(src, []byte(ToDiag(g)), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(dotSrc, []byte(ToDOT(g)), 0o644); err != nil {
		return nil, err
	}
	version, err := exec.Command(dot, "-V").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("dot -V: %w", err)
	}
	cmds := [][]string{
		{bin, "compile", src, "-o", filepath.Join(tmp, raceGraph+".svg")},
		{dot, "-Tsvg", dotSrc, "-o", filepath.Join(tmp, raceGraph+".dot.svg")},
	}
	walls := make([][]int64, len(cmds))
	for range raceRuns {
		for k, args := range cmds {
			cmd := exec.Command(args[0], args[1:]...)
			cmd.Stderr = os.Stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				return nil, fmt.Errorf("%s: %w", filepath.Base(args[0]), err)
			}
			walls[k] = append(walls[k], time.Since(start).Nanoseconds())
		}
	}
	return &processRace{Graph: raceGraph, Runs: raceRuns, DiagMS: median(walls[0]) / 1e6, DotMS: median(walls[1]) / 1e6,
		Dot: strings.TrimSpace(string(version))}, nil
}
