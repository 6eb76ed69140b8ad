package bars

import (
	"math"
	"strings"
	"testing"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// place lays out a panel kind's block at the origin.
func place(t *testing.T, b panel.Block, env *panel.Env) []scene.Item {
	t.Helper()
	if errs := env.Errors(); len(errs) > 0 {
		t.Fatalf("layout errors: %v", errs)
	}
	return b.Place(0, 0)
}

// bars returns the bar groups of a chart by id: the rectangles of each
// bar and its texts.
func barsOf(items []scene.Item) (rects map[string][]scene.Rect, texts map[string][]*scene.Text) {
	rects, texts = map[string][]scene.Rect{}, map[string][]*scene.Text{}
	var walk func(items []scene.Item, id string)
	walk = func(items []scene.Item, id string) {
		for _, it := range items {
			switch v := it.(type) {
			case *scene.Group:
				// The bar of one series of a category, id.series, counts
				// as the category's.
				gid := id
				if v.ID != "" && (id == "" || !strings.HasPrefix(v.ID, id+".")) {
					gid = v.ID
				}
				walk(v.Items, gid)
			case *scene.Box:
				if v.Role == scene.RoleMark && id != "" {
					rects[id] = append(rects[id], v.R)
				}
			case *scene.Text:
				if id != "" {
					texts[id] = append(texts[id], v)
				}
			}
		}
	}
	walk(items, "")
	return rects, texts
}

func inside(in, out scene.Rect) bool {
	return in.X >= out.X-0.01 && in.Y >= out.Y-0.01 && in.Right() <= out.Right()+0.01 && in.Bottom() <= out.Bottom()+0.01
}

func TestValueLabelFit(t *testing.T) {
	// A tall bar holds its label; a short one, whose height is less than
	// the measured text needs, has it above.
	p := &diagram.Bars{Value: diagram.Axis{Lo: 0, Hi: 10}, Items: []*diagram.Bar{
		{ID: "tall", Values: []float64{9}},
		{ID: "short", Values: []float64{0.2}},
		{ID: "wide", Values: []float64{8.125}},
	}}
	env := panel.NewEnv(panel.Limits{})
	rects, texts := barsOf(place(t, Layout(env, p), env))
	for _, id := range []string{"tall", "short", "wide"} {
		if len(rects[id]) != 1 || len(texts[id]) != 1 {
			t.Fatalf("%s: %d rects, %d texts, want 1 and 1", id, len(rects[id]), len(texts[id]))
		}
	}
	r, l := rects["tall"][0], texts["tall"][0]
	w := text.Measure(scene.Sans, tickSize, "9")
	if !inside(l.Ink, r) || math.Abs(l.Ink.W-w) > 0.01 {
		t.Errorf("label of the tall bar %v is not inside its bar %v (measured width %g)", l.Ink, r, w)
	}
	r, l = rects["short"][0], texts["short"][0]
	if r.H >= lineH()+2*labelPad {
		t.Fatalf("the short bar is %g px high; the test needs one lower than its label", r.H)
	}
	if l.Ink.Bottom() > r.Y {
		t.Errorf("label of the short bar %v is not above the bar %v", l.Ink, r)
	}
	// A tall bar narrower than its measured label has it above too.
	r, l = rects["wide"][0], texts["wide"][0]
	if w := text.Measure(scene.Sans, tickSize, "8.125"); w+2*labelPad <= r.W {
		t.Fatalf("the label 8.125 is %g px, narrow enough for the bar of %g px", w, r.W)
	}
	if l.Ink.Bottom() > r.Y {
		t.Errorf("label of the wide bar %v is not above the bar %v", l.Ink, r)
	}
}

func TestLongCategoryLabelsDoNotOverlap(t *testing.T) {
	p := &diagram.Bars{Items: []*diagram.Bar{
		{ID: "a", Label: "Retrieval-augmented generation with reranking", Values: []float64{3}},
		{ID: "b", Label: "Supercalifragilisticexpialidocious", Values: []float64{4}},
		{ID: "c", Label: "Fine-tuned", Values: []float64{5}},
		{ID: "d", Label: "A rather long label that wraps over several lines", Values: []float64{1}},
	}}
	env := panel.NewEnv(panel.Limits{})
	items := place(t, Layout(env, p), env)
	var labels []scene.Rect
	scene.Walk(items, func(it scene.Item) bool {
		if tx, ok := it.(*scene.Text); ok && tx.Role == scene.RoleLabel {
			labels = append(labels, tx.Ink)
		}
		return true
	})
	for i := range labels {
		for j := i + 1; j < len(labels); j++ {
			a, b := labels[i], labels[j]
			if a.X < b.Right()-0.5 && b.X < a.Right()-0.5 && a.Y < b.Bottom()-0.5 && b.Y < a.Bottom()-0.5 {
				t.Errorf("labels overlap: %v and %v", a, b)
			}
		}
	}
}

func TestNegativeBelowBaseline(t *testing.T) {
	for _, horizontal := range []bool{false, true} {
		p := &diagram.Bars{Horizontal: horizontal, Baseline: 1, Items: []*diagram.Bar{
			{ID: "up", Values: []float64{4}},
			{ID: "down", Values: []float64{-3}},
		}}
		env := panel.NewEnv(panel.Limits{})
		items := place(t, Layout(env, p), env)
		rects, _ := barsOf(items)
		var base float64
		scene.Walk(items, func(it scene.Item) bool {
			if g, ok := it.(*scene.Group); ok && g.Grow != nil {
				base = g.Grow.At
			}
			return true
		})
		up, down := rects["up"][0], rects["down"][0]
		if !horizontal && (math.Abs(up.Bottom()-base) > 0.01 || math.Abs(down.Y-base) > 0.01 || up.Y >= base || down.Bottom() <= base) {
			t.Errorf("vertical: up %v and down %v do not stand above and hang below the baseline at y %g", up, down, base)
		}
		if horizontal && (math.Abs(up.X-base) > 0.01 || math.Abs(down.Right()-base) > 0.01) {
			t.Errorf("horizontal: up %v and down %v do not run right and left of the baseline at x %g", up, down, base)
		}
		// The bar below the baseline is (4-1) : (1-(-3)) as long as the one above.
		lu, ld := up.H, down.H
		if horizontal {
			lu, ld = up.W, down.W
		}
		if math.Abs(lu/ld-3.0/4.0) > 1e-6 {
			t.Errorf("horizontal %v: lengths %g and %g, want the ratio 3:4", horizontal, lu, ld)
		}
	}
}

func TestStackingOrder(t *testing.T) {
	p := &diagram.Bars{Stacked: true,
		Series: []*diagram.BarSeries{{ID: "first", Tone: diagram.Info}, {ID: "second", Tone: diagram.Warn}, {ID: "third", Tone: diagram.Bad}},
		Items:  []*diagram.Bar{{ID: "s", Values: []float64{1, 2, 3}}},
	}
	env := panel.NewEnv(panel.Limits{})
	rects, _ := barsOf(place(t, Layout(env, p), env))
	rs := rects["s"]
	if len(rs) != 3 {
		t.Fatalf("%d pieces, want 3", len(rs))
	}
	// The first series sits on the baseline, each next one on top of it,
	// each as long as its value.
	for i := 1; i < 3; i++ {
		if math.Abs(rs[i].Bottom()-rs[i-1].Y) > 0.01 {
			t.Errorf("piece %d %v does not sit on piece %d %v", i, rs[i], i-1, rs[i-1])
		}
		if math.Abs(rs[i].H/rs[0].H-float64(i+1)) > 1e-6 {
			t.Errorf("piece %d is %g px, want %d times the first (%g)", i, rs[i].H, i+1, rs[0].H)
		}
	}
}

func TestBinCounts(t *testing.T) {
	for _, c := range []struct {
		name   string
		h      diagram.Histogram
		values []float64
		edges  []float64
		counts []float64
	}{
		{
			// Edge values go to the bin they start; the last edge to the
			// last bin; 0.3 is the edge 3 × 0.1, not below it.
			name: "width", h: diagram.Histogram{BinWidth: 0.1, X: diagram.Axis{Lo: 0, Hi: 0.5}},
			values: []float64{0, 0.05, 0.1, 0.2, 0.3, 0.3, 0.39, 0.4, 0.5, 0.51, -0.01},
			edges:  []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5},
			counts: []float64{2, 1, 1, 3, 2},
		},
		{
			name: "count", h: diagram.Histogram{Bins: 4},
			values: []float64{1, 2, 2.5, 3, 4, 5, 5},
			edges:  []float64{1, 2, 3, 4, 5},
			counts: []float64{1, 2, 1, 3},
		},
		{
			name: "one bin", h: diagram.Histogram{Bins: 1},
			values: []float64{-2, 0, 7},
			edges:  []float64{-2, 7},
			counts: []float64{3},
		},
		{
			name: "one value", h: diagram.Histogram{BinWidth: 5},
			values: []float64{12, 12},
			edges:  []float64{10, 15},
			counts: []float64{2},
		},
	} {
		h := c.h
		h.Series = []*diagram.HistSeries{{ID: "s", Values: c.values}}
		edges, msg := binGrid(&h)
		if msg != "" {
			t.Fatalf("%s: %s", c.name, msg)
		}
		if len(edges) != len(c.edges) {
			t.Fatalf("%s: edges %v, want %v", c.name, edges, c.edges)
		}
		for i := range edges {
			if math.Abs(edges[i]-c.edges[i]) > 1e-12 {
				t.Errorf("%s: edges %v, want %v", c.name, edges, c.edges)
				break
			}
		}
		counts, _ := binCounts(edges, c.values)
		for i := range counts {
			if counts[i] != c.counts[i] {
				t.Errorf("%s: counts %v, want %v", c.name, counts, c.counts)
				break
			}
		}
	}
}

func TestBinGridCap(t *testing.T) {
	h := &diagram.Histogram{BinWidth: 1e-3, Series: []*diagram.HistSeries{{ID: "s", Values: []float64{0, 1e308}}}}
	if _, msg := binGrid(h); msg == "" {
		t.Error("a grid of 1e311 bins was accepted")
	}
	env := panel.NewEnv(panel.Limits{})
	if b := Histogram(env, h); b.Place != nil || len(env.Errors()) != 1 {
		t.Errorf("Histogram returned a block for a grid past the cap, errors %v", env.Errors())
	}
}

func TestSplitWidths(t *testing.T) {
	s := &diagram.SplitBar{Width: 600, Parts: []*diagram.SplitPart{
		{ID: "train", Value: 70}, {ID: "val", Value: 15}, {ID: "test", Value: 15},
		{ID: "tiny", Value: 0.3}, {ID: "huge", Value: 1e308}, {ID: "huge2", Value: 1e308},
	}}
	env := panel.NewEnv(panel.Limits{})
	rects, _ := barsOf(place(t, Split(env, s), env))
	// Shares computed by hand, the values scaled by the largest first.
	total := 0.0
	for _, p := range s.Parts {
		total += p.Value / 1e308
	}
	for _, p := range s.Parts {
		r := rects[p.ID]
		if len(r) != 1 {
			t.Fatalf("part %s: %d rects", p.ID, len(r))
		}
		want := 600 * (p.Value / 1e308) / total
		if math.Abs(r[0].W-want) > 0.5 || math.IsNaN(r[0].W) {
			t.Errorf("part %s is %g px, want %g", p.ID, r[0].W, want)
		}
	}
}
