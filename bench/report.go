package main

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
)

// Targets diag is held to.
const (
	dotSpeedup      = 3.0   // diag at least this many times faster than dot
	dagreSpeedup    = 50.0  // and than D2 with dagre
	bigGraphMS      = 200.0 // dag-1000 compiled within this many ms
	scaleRatio      = 10.0  // dag-1000 time over dag-200 time at most this
	cliMemoryMB     = 100.0 // peak memory of the diag command on dag-1000
	processShare    = 0.3   // a whole diag compile process over a whole dot -Tsvg process, at most
	bigGraph        = "dag-1000"
	mediumGraph     = "dag-200"
	resultsBegin    = "<!-- results: begin -->"
	resultsEnd      = "<!-- results: end -->"
	notFinishedMark = "—"
)

// formatReport writes the Markdown report: the machine, one row per graph
// and engine, a speed and crossings comparison per graph, and the targets.
func formatReport(cfg config, m machineInfo, graphs []graphInfo, results []result, cli *cliResult, cliErr error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Run finished %s on %d CPUs (%s), %s memory, %s, load average %s at the end of the run; `%s`.\n\n",
		m.Date, m.CPUs, m.Model, m.Memory, m.Go, m.Load, strings.TrimSpace(cfg.commandLine))
	info := map[string]graphInfo{}
	for _, g := range graphs {
		info[g.Name] = g
	}

	b.WriteString("| graph | nodes/edges | engine | median ms | CPU ms | runs | SVG KB | peak RSS MB | crossings | node overlaps | edges through nodes | other violations | W×H px |\n")
	b.WriteString("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, r := range results {
		g := info[r.Graph]
		size := fmt.Sprintf("%d/%d", g.Nodes, g.Edges)
		rss := notFinishedMark
		if r.RSSKB > 0 {
			rss = fmt.Sprintf("%.0f", float64(r.RSSKB)/1024)
		}
		if !r.ok() {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | | | | %s | | | | | |\n", r.Graph, size, r.Engine, r.Status, rss)
			continue
		}
		q := r.Report
		other := q.Violations() - q.NodeOverlaps - q.EdgesThroughNodes
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d | %.1f | %s | %d | %d | %d | %d | %.0f×%.0f |\n",
			r.Graph, size, r.Engine, ms(r.MedianMS), ms(r.CPUMS), r.Runs, float64(r.SVGBytes)/1024, rss,
			q.Crossings, q.NodeOverlaps, q.EdgesThroughNodes, other, q.Width, q.Height)
	}

	b.WriteString("\nEdge ends and tracks (quality.Measure, counted among the violations above): pairs of edge ends closer than 8 px on one node side, pairs of edges running side by side closer than 8 px, and edges whose last straight stretch is shorter than 12 px:\n\n")
	b.WriteString("| graph | engine | crowded ends | close tracks | short last segments |\n")
	b.WriteString("|---|---|---:|---:|---:|\n")
	for _, r := range results {
		if r.ok() {
			q := r.Report
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %d |\n", r.Graph, r.Engine, q.CrowdedEnds, q.CloseTracks, q.ShortLastSegments)
		}
	}

	byKey := map[string]result{}
	for _, r := range results {
		byKey[r.Graph+"/"+r.Engine] = r
	}
	get := func(graph, engine string) (result, bool) {
		r, ok := byKey[graph+"/"+engine]
		return r, ok && r.ok()
	}

	b.WriteString("\nSpeed-up of diag (other engine's median wall time over diag's; in brackets the same for processor time) and crossings per graph:\n\n")
	b.WriteString("| graph | diag ms | × dot | × D2 dagre | × D2 ELK | diag crossings | best other crossings |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---|\n")
	var t targets
	for _, g := range graphs {
		d, ok := get(g.Name, "diag")
		if !ok {
			t.diagFailed = append(t.diagFailed, g.Name)
			fmt.Fprintf(&b, "| %s | %s | | | | | |\n", g.Name, byKey[g.Name+"/diag"].Status)
			continue
		}
		speed := func(engine string) string {
			o, ok := get(g.Name, engine)
			if !ok || d.MedianMS <= 0 {
				return notFinishedMark
			}
			text := speedText(o.MedianMS / d.MedianMS)
			if d.CPUMS > 0 {
				text += " (" + speedText(o.CPUMS/d.CPUMS) + ")"
			}
			return text
		}
		best, bestBy := -1, ""
		for _, e := range []string{"dot", "d2-dagre", "d2-elk"} {
			if o, ok := get(g.Name, e); ok && (best < 0 || o.Report.Crossings < best) {
				best, bestBy = o.Report.Crossings, e
			}
		}
		bestText := notFinishedMark
		if best >= 0 {
			bestText = fmt.Sprintf("%d (%s)", best, bestBy)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d | %s |\n",
			g.Name, ms(d.MedianMS), speed("dot"), speed("d2-dagre"), speed("d2-elk"), d.Report.Crossings, bestText)
		t.check(g.Name, d, best, bestBy, get)
	}
	if big, ok := get(bigGraph, "diag"); ok {
		t.bigMS = big.MedianMS
		if mid, ok := get(mediumGraph, "diag"); ok && mid.MedianMS > 0 {
			t.ratio = big.MedianMS / mid.MedianMS
		}
	}
	t.cli, t.cliErr = cli, cliErr
	b.WriteString("\nTargets:\n\n")
	t.write(&b)
	writeFair(&b, graphs, get)
	return b.String()
}

// Targets of the comparison with dot given diag's boxes (dot-fixed).
const (
	fairWidth  = 1.15 // diag's width over dot's, median over the graphs
	fairArea   = 1.5  // diag's area over dot's, median
	fairLength = 1.4  // diag's total edge length over dot's, median
	fairNeed   = 1.3  // every group's box over what its members need
)

// writeFair writes the comparison of diag with dot given the same boxes
// and clusters: size, edge length, bends, crossings and group boxes per
// graph, the medians of the ratios and the targets on them.
func writeFair(b *strings.Builder, graphs []graphInfo, get func(string, string) (result, bool)) {
	var widths, areas, lengths []float64
	var over, wideOver, areaOver, lengthOver []string
	worstD, worstDBy := 0.0, ""
	rows := 0
	var table strings.Builder
	table.WriteString("| graph | diag W×H | dot W×H | width × | area × | edge length px (diag / dot) | × | bends (diag / dot) | crossings (diag / dot) | group box / members' area, median (diag / dot) | worst group box / need: diag | dot |\n")
	table.WriteString("|---|---|---|---:|---:|---|---:|---|---|---|---|---|\n")
	for _, g := range graphs {
		d, ok1 := get(g.Name, "diag")
		o, ok2 := get(g.Name, "dot-fixed")
		if !ok1 || !ok2 || o.Report.Width <= 0 || o.Report.Height <= 0 || o.Report.EdgeLength <= 0 {
			continue
		}
		rows++
		dq, oq := d.Report, o.Report
		w := dq.Width / oq.Width
		a := dq.Width * dq.Height / (oq.Width * oq.Height)
		el := dq.EdgeLength / oq.EdgeLength
		widths, areas, lengths = append(widths, w), append(areas, a), append(lengths, el)
		if w > fairWidth {
			wideOver = append(wideOver, fmt.Sprintf("%s (%.2f)", g.Name, w))
		}
		if a > fairArea {
			areaOver = append(areaOver, fmt.Sprintf("%s (%.2f)", g.Name, a))
		}
		if el > fairLength {
			lengthOver = append(lengthOver, fmt.Sprintf("%s (%.2f)", g.Name, el))
		}
		groups, needD, needO := "—", "—", "—"
		if len(d.Groups) > 0 {
			groups = fmt.Sprintf("%.1f / %.1f", medianFill(d.Groups), medianFill(o.Groups))
			v, id := worstNeed(d.Groups)
			needD = fmt.Sprintf("%.2f (%s)", v, id)
			if v > worstD {
				worstD, worstDBy = v, g.Name+" "+id
			}
			for _, s := range d.Groups {
				if s.Need > fairNeed {
					over = append(over, fmt.Sprintf("%s %s (%.2f)", g.Name, s.ID, s.Need))
				}
			}
			v, id = worstNeed(o.Groups)
			needO = fmt.Sprintf("%.2f (%s)", v, id)
		}
		fmt.Fprintf(&table, "| %s | %.0f×%.0f | %.0f×%.0f | %.2f | %.2f | %.0f / %.0f | %.2f | %d / %d | %d / %d | %s | %s | %s |\n",
			g.Name, dq.Width, dq.Height, oq.Width, oq.Height, w, a, dq.EdgeLength, oq.EdgeLength, el,
			dq.Bends, oq.Bends, dq.Crossings, oq.Crossings, groups, needD, needO)
	}
	if rows == 0 {
		return
	}
	b.WriteString("\nThe same boxes: diag against dot given diag's node sizes (`fixedsize`, width and height from diag's layout) and the same groups as clusters (engine dot-fixed). Ratios are diag's over dot's. A group's need is the box of its members packed in their rows (24 px apart), plus 12 px padding on every side and a 20 px title; its members' area is the summed area of its nodes at any depth. Bends of dot count the vertices of its flattened splines.\n\n")
	b.WriteString(table.String())
	verdict := func(met bool) string {
		if met {
			return "**met**"
		}
		return "**missed**"
	}
	list := func(items []string) string {
		if len(items) == 0 {
			return "none"
		}
		return strings.Join(items, ", ")
	}
	mw, ma, ml := medianFloat(widths), medianFloat(areas), medianFloat(lengths)
	b.WriteString("\nTargets against dot given the same boxes, on every graph above:\n\n")
	fmt.Fprintf(b, "- width ≤ %.2f× dot's: %s (median %.2f, largest %.2f); over: %s\n", fairWidth, verdict(len(wideOver) == 0), mw, slices.Max(widths), list(wideOver))
	fmt.Fprintf(b, "- area ≤ %.1f× dot's: %s (median %.2f, largest %.2f); over: %s\n", fairArea, verdict(len(areaOver) == 0), ma, slices.Max(areas), list(areaOver))
	fmt.Fprintf(b, "- total edge length ≤ %.1f× dot's: %s (median %.2f, largest %.2f); over: %s\n", fairLength, verdict(len(lengthOver) == 0), ml, slices.Max(lengths), list(lengthOver))
	if worstDBy != "" {
		fmt.Fprintf(b, "- every group's box ≤ %.1f× its members' need: %s (worst %.2f, %s); over: %s\n", fairNeed, verdict(len(over) == 0), worstD, worstDBy, list(over))
	}
}

// speedText formats a speed-up factor.
func speedText(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

// ms formats a duration in milliseconds with a sensible precision.
func ms(v float64) string {
	switch {
	case v < 10:
		return fmt.Sprintf("%.2f", v)
	case v < 100:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

// targets collects how diag did against its targets.
type targets struct {
	diagFailed    []string
	overlaps      []string
	through       []string
	follow        []string // crowded ends, close tracks, short last segments
	crossings     []string
	crossingsMet  int
	crossingsSeen int
	dotSlow       []string
	dotMin        float64
	dotMinGraph   string
	dagreSlow     []string
	dagreMin      float64
	dagreMinGraph string
	bigMS         float64
	ratio         float64
	cli           *cliResult
	cliErr        error
}

// check records one graph's diag result against the per-graph targets.
func (t *targets) check(graph string, d result, best int, bestBy string, get func(string, string) (result, bool)) {
	if n := d.Report.NodeOverlaps; n > 0 {
		t.overlaps = append(t.overlaps, fmt.Sprintf("%s (%d)", graph, n))
	}
	if n := d.Report.EdgesThroughNodes; n > 0 {
		t.through = append(t.through, fmt.Sprintf("%s (%d)", graph, n))
	}
	if q := d.Report; q.CrowdedEnds+q.CloseTracks+q.ShortLastSegments > 0 {
		t.follow = append(t.follow, fmt.Sprintf("%s (%d, %d, %d)", graph, q.CrowdedEnds, q.CloseTracks, q.ShortLastSegments))
	}
	if best >= 0 {
		t.crossingsSeen++
		if d.Report.Crossings <= best {
			t.crossingsMet++
		} else {
			t.crossings = append(t.crossings, fmt.Sprintf("%s (%d vs %d by %s)", graph, d.Report.Crossings, best, bestBy))
		}
	}
	if d.MedianMS <= 0 {
		return
	}
	if o, ok := get(graph, "dot"); ok {
		s := o.MedianMS / d.MedianMS
		if t.dotMinGraph == "" || s < t.dotMin {
			t.dotMin, t.dotMinGraph = s, graph
		}
		if s < dotSpeedup {
			t.dotSlow = append(t.dotSlow, fmt.Sprintf("%s (%.1f×)", graph, s))
		}
	}
	if o, ok := get(graph, "d2-dagre"); ok {
		s := o.MedianMS / d.MedianMS
		if t.dagreMinGraph == "" || s < t.dagreMin {
			t.dagreMin, t.dagreMinGraph = s, graph
		}
		if s < dagreSpeedup {
			t.dagreSlow = append(t.dagreSlow, fmt.Sprintf("%s (%.1f×)", graph, s))
		}
	}
}

// write prints one line per target: met or missed, with the figures.
func (t *targets) write(b *strings.Builder) {
	verdict := func(met bool) string {
		if met {
			return "**met**"
		}
		return "**missed**"
	}
	list := func(items []string) string {
		if len(items) == 0 {
			return "none"
		}
		return strings.Join(items, ", ")
	}
	if len(t.diagFailed) > 0 {
		fmt.Fprintf(b, "- diag did not finish: %s\n", list(t.diagFailed))
	}
	fmt.Fprintf(b, "- diag has 0 node overlaps on every graph: %s; graphs with overlaps: %s\n",
		verdict(len(t.overlaps) == 0 && len(t.diagFailed) == 0), list(t.overlaps))
	fmt.Fprintf(b, "- diag has 0 edges through nodes on every graph: %s; graphs with some: %s\n",
		verdict(len(t.through) == 0 && len(t.diagFailed) == 0), list(t.through))
	fmt.Fprintf(b, "- diag has no edge ends closer than 8 px on a node side, no tracks closer than 8 px and no last segment under 12 px on any graph: %s; graphs with some (crowded ends, close tracks, short last segments): %s\n",
		verdict(len(t.follow) == 0 && len(t.diagFailed) == 0), list(t.follow))
	if t.crossingsSeen > 0 {
		fmt.Fprintf(b, "- diag crossings ≤ the best of dot, D2 dagre and D2 ELK on every graph: %s (%d of %d graphs); over: %s\n",
			verdict(len(t.crossings) == 0), t.crossingsMet, t.crossingsSeen, list(t.crossings))
	}
	if t.dotMinGraph != "" {
		fmt.Fprintf(b, "- diag ≥ %.0f× faster than dot on every graph: %s; smallest speed-up %.1f× on %s; below target: %s\n",
			dotSpeedup, verdict(len(t.dotSlow) == 0), t.dotMin, t.dotMinGraph, list(t.dotSlow))
	}
	if t.dagreMinGraph != "" {
		fmt.Fprintf(b, "- diag ≥ %.0f× faster than D2 dagre on every graph it finishes: %s; smallest speed-up %.0f× on %s; below target: %s\n",
			dagreSpeedup, verdict(len(t.dagreSlow) == 0), t.dagreMin, t.dagreMinGraph, list(t.dagreSlow))
	}
	if t.bigMS > 0 {
		fmt.Fprintf(b, "- %s under %.0f ms: %s (%s ms)\n", bigGraph, bigGraphMS, verdict(t.bigMS < bigGraphMS), ms(t.bigMS))
	}
	if t.ratio > 0 {
		fmt.Fprintf(b, "- time of %s over %s ≤ %.0f: %s (%.1f)\n", bigGraph, mediumGraph, scaleRatio, verdict(t.ratio <= scaleRatio), t.ratio)
	}
	if t.cliErr != nil {
		fmt.Fprintf(b, "- peak resident memory of one `diag compile` process: not measured (%v)\n", t.cliErr)
	}
	if t.cli != nil {
		mb := float64(t.cli.PeakRSSKB) / 1024
		fmt.Fprintf(b, "- peak resident memory of one `diag compile` process on %s under %.0f MB: %s (%.1f MB, largest of %d runs; median wall time %s ms including process start)\n",
			t.cli.Graph, cliMemoryMB, verdict(mb < cliMemoryMB), mb, t.cli.Runs, ms(t.cli.WallMS))
	}
	if r := t.cli.race(); r != nil {
		share := r.DiagMS / r.DotMS
		fmt.Fprintf(b, "- a whole `diag compile` process on %s takes at most %.1f of a whole native `dot -Tsvg` process: %s (%.2f: %s ms against %s ms, medians of %d alternating runs each; %s)\n",
			r.Graph, processShare, verdict(share <= processShare), share, ms(r.DiagMS), ms(r.DotMS), r.Runs, r.Dot)
	}
}

// race returns the process race of c, or nil.
func (c *cliResult) race() *processRace {
	if c == nil {
		return nil
	}
	return c.Race
}

// writeReadme replaces the text between the results markers of a
// Markdown file with report.
func writeReadme(path, report string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	i := bytes.Index(data, []byte(resultsBegin))
	j := bytes.Index(data, []byte(resultsEnd))
	if i < 0 || j < i {
		return fmt.Errorf("%s: no %q ... %q markers", path, resultsBegin, resultsEnd)
	}
	var out bytes.Buffer
	out.Write(data[:i+len(resultsBegin)])
	out.WriteString("\n")
	out.WriteString(report)
	out.WriteString("\n")
	out.Write(data[j:])
	return os.WriteFile(path, out.Bytes(), 0o644)
}
