package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/aiprep/diag/layout/quality"
)

// config is what the command line asks for.
type config struct {
	runs        int
	timeout     time.Duration
	graphs      string
	engines     []string
	only        []string
	skipCLI     bool
	readme      string
	commandLine string
}

// result is the outcome of one engine on one graph.
type result struct {
	Graph  string
	Engine string
	// Status is "ok", "timeout" or an error message.
	Status   string
	MedianMS float64
	// CPUMS is the median processor time of the timed runs.
	CPUMS    float64
	Runs     int
	SVGBytes int
	// RSSKB is the peak resident memory of the child process, in KiB.
	RSSKB  int64
	Report quality.Report
	// Groups measures each group's box against its members.
	Groups []groupStat
}

func (r result) ok() bool { return r.Status == "ok" }

// graphInfo names a graph file and its size.
type graphInfo struct {
	Name         string
	Path         string
	Nodes, Edges int
	Groups       int
}

// runBench runs every engine on every graph and prints the report.
func runBench(cfg config) error {
	for _, e := range cfg.engines {
		if !slices.Contains(engineNames, e) {
			return fmt.Errorf("unknown engine %q (want some of %s)", e, strings.Join(engineNames, ","))
		}
	}
	graphs, err := listGraphs(cfg.graphs, cfg.only)
	if err != nil {
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "diag-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	var results []result
	// timedOutOn remembers the graph an engine timed out on: graphs run
	// smallest first, so the engine is not tried on larger ones.
	timedOutOn := map[string]string{}
	for _, g := range graphs {
		for _, e := range cfg.engines {
			fmt.Fprintf(os.Stderr, "%-13s %-9s ", g.Name, e)
			var r result
			if prev := timedOutOn[e]; prev != "" {
				r = result{Graph: g.Name, Engine: e, Status: "timeout (not run after " + prev + ")"}
			} else {
				r = runOne(exe, tmp, e, g, cfg)
			}
			if r.Status == "timeout" {
				timedOutOn[e] = g.Name
			}
			fmt.Fprintf(os.Stderr, "%s\n", describe(r))
			results = append(results, r)
		}
	}
	var cli *cliResult
	var cliErr error
	if !cfg.skipCLI {
		cli, cliErr = measureCLI(tmp, graphs)
	}
	report := formatReport(cfg, machine(), graphs, results, cli, cliErr)
	fmt.Print(report)
	if cfg.readme != "" {
		return writeReadme(cfg.readme, report)
	}
	return nil
}

// describe is the progress line of one result.
func describe(r result) string {
	if !r.ok() {
		return r.Status
	}
	q := r.Report
	return fmt.Sprintf("%9.1f ms  (CPU %9.1f ms)  %d runs  %6.1f MB  crossings %d  overlaps %d  through %d  ends %d  tracks %d  last %d",
		r.MedianMS, r.CPUMS, r.Runs, float64(r.RSSKB)/1024, q.Crossings, q.NodeOverlaps, q.EdgesThroughNodes,
		q.CrowdedEnds, q.CloseTracks, q.ShortLastSegments)
}

// listGraphs reads the graphs in dir, smallest first (by nodes + edges,
// then by name).
func listGraphs(dir string, only []string) ([]graphInfo, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []graphInfo
	for _, p := range paths {
		name := graphName(p)
		if len(only) > 0 && !slices.Contains(only, name) {
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		g, err := loadGraph(abs)
		if err != nil {
			return nil, err
		}
		out = append(out, graphInfo{Name: name, Path: abs, Nodes: len(g.Nodes), Edges: len(g.Edges), Groups: len(g.Groups)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no graphs in %s", dir)
	}
	sort.Slice(out, func(i, j int) bool {
		si, sj := out[i].Nodes+out[i].Edges, out[j].Nodes+out[j].Edges
		if si != sj {
			return si < sj
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// graphName is a graph file's base name without extension.
func graphName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// runOne runs one engine on one graph in a child process. The child is
// stopped when it finishes no run within cfg.timeout.
func runOne(exe, tmp, engine string, g graphInfo, cfg config) result {
	r := result{Graph: g.Name, Engine: engine}
	out := filepath.Join(tmp, g.Name+"."+engine+".json")
	cmd := exec.Command(exe, "-child", "-engine", engine, "-graph", g.Path,
		"-runs", fmt.Sprint(cfg.runs), "-out", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		r.Status = "error: " + err.Error()
		return r
	}
	if err := cmd.Start(); err != nil {
		r.Status = "error: " + err.Error()
		return r
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	timer := time.NewTimer(cfg.timeout)
	timedOut := false
wait:
	for {
		select {
		case _, open := <-lines:
			if !open {
				break wait
			}
			timer.Reset(cfg.timeout)
		case <-timer.C:
			timedOut = true
			cmd.Process.Kill()
			for range lines {
			}
			break wait
		}
	}
	timer.Stop()
	waitErr := cmd.Wait()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.RSSKB = ru.Maxrss
	}
	switch {
	case timedOut:
		r.Status = "timeout"
		return r
	case waitErr != nil:
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = waitErr.Error()
		}
		r.Status = "error: " + firstLine(msg)
		return r
	}
	data, err := os.ReadFile(out)
	if err != nil {
		r.Status = "error: " + err.Error()
		return r
	}
	var cr childResult
	if err := json.Unmarshal(data, &cr); err != nil {
		r.Status = "error: " + err.Error()
		return r
	}
	r.Status = "ok"
	r.Runs = len(cr.Runs)
	r.MedianMS = median(cr.Runs) / 1e6
	r.CPUMS = median(cr.CPU) / 1e6
	r.SVGBytes = cr.SVGBytes
	r.Report = quality.Measure(cr.Geometry)
	if gr, err := loadGraph(g.Path); err == nil {
		r.Groups = groupStats(gr, cr.Geometry)
	}
	return r
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// median returns the median of ns (the mean of the middle two for an even
// count).
func median(ns []int64) float64 {
	if len(ns) == 0 {
		return 0
	}
	s := slices.Clone(ns)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return float64(s[m])
	}
	return float64(s[m-1]+s[m]) / 2
}
