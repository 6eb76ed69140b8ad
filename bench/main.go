// Command bench compares diag with Graphviz dot and D2 (dagre and ELK
// layouts) on the graphs in graphs/.
//
// Every engine draws every graph in its own child process (the program
// runs itself with -child): one warm-up run, then the median of -runs
// timed runs of parse + layout + SVG render, or a single timed run when a
// run takes longer than 10 s. A child that makes no progress for -timeout
// is stopped and its graph recorded as a timeout. The picture's geometry
// is measured by quality.Measure, the one metrics function of the project,
// so that every engine is judged by the same definitions.
//
// Usage:
//
//	go run . -generate graphs
//	go run . [-runs 5] [-timeout 60s] [-graphs graphs] [-engines diag,dot,d2-dagre,d2-elk] [-only dag-20,dag-50] [-readme README.md]
//
// -generate writes the clustered service graphs from their fixed seeds.
// The Markdown report goes to standard output; progress goes to standard
// error. With -readme, the report also replaces the part of that file
// between the results markers.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	child := flag.Bool("child", false, "internal: draw one graph with one engine and write the result to -out")
	engineFlag := flag.String("engine", "", "internal: the engine of a child")
	graphFlag := flag.String("graph", "", "internal: the graph file of a child")
	outFlag := flag.String("out", "", "internal: the result file of a child")
	runs := flag.Int("runs", 5, "timed runs per engine and graph (the median is reported)")
	timeout := flag.Duration("timeout", 60*time.Second, "stop an engine that finishes no run within this time")
	graphsDir := flag.String("graphs", "graphs", "folder of edge-list graphs (*.txt)")
	engines := flag.String("engines", strings.Join(engineNames, ","), "comma-separated engines to run")
	only := flag.String("only", "", "comma-separated graph names to run (all when empty)")
	readme := flag.String("readme", "", "also write the report into this Markdown file between the results markers")
	skipCLI := flag.Bool("skip-cli", false, "skip measuring the diag command's memory")
	generate := flag.String("generate", "", "write the clustered service graphs (svc-*.txt) into this folder and stop")
	flag.Parse()

	if *generate != "" {
		if err := writeClustered(*generate); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}

	if *child {
		if err := runChild(*engineFlag, *graphFlag, *runs, *outFlag); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	cfg := config{
		runs:        *runs,
		timeout:     *timeout,
		graphs:      *graphsDir,
		engines:     splitList(*engines),
		only:        splitList(*only),
		skipCLI:     *skipCLI,
		readme:      *readme,
		commandLine: "go run . " + strings.Join(os.Args[1:], " "),
	}
	if err := runBench(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
