// Package plot lays out plot panels: axes with nice ticks on linear or
// log scales (scale.go, axes.go), the marks, and their labels placed clear
// of each other and of the marks, or a legend (labels.go). Every kind of
// mark (curve, scatter, path, area, region, contour, rule, free label) is
// a type of its own behind one interface (mark.go), drawn in turn by
// marks.go.
// The plots of a diagram share the layout's limits on formula work and
// contour points (budget.go), and each records its data frame for the
// animation.
package plot

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/expr"
	"github.com/aiprep/diag/layout/panel"
	"github.com/aiprep/diag/layout/text"
	"github.com/aiprep/diag/scene"
)

// Sizes of a plot, in px.
const (
	plotTickSize  = text.SizeSmall // tick labels
	plotNameSize  = 13             // axis names
	plotLabelSize = text.SizeSmall // mark labels and the legend
	plotTickLen   = 5
	// plotMarkPad is how far markers (dots, stars) may reach past the plot
	// area: a point on the edge of the range keeps its whole marker. Lines
	// and fills are cut exactly at the area's edge.
	plotMarkPad  = 8
	plotDefaultW = 360
	plotDefaultH = 240
)

// plotter lays out one plot: it compiles the formulas, resolves the ranges
// and ticks, and measures the margins; place then draws it.
type plotter struct {
	env   *panel.Env
	p     *diagram.Plot
	list  []mark // the plot's marks, in order
	exprs map[diagram.Formula]*expr.Expr
	ok    bool // false when a formula or range is unusable

	xlo, xhi, ylo, yhi float64
	y2lo, y2hi         float64 // the range of the secondary y axis, when the plot has one
	w, h               float64 // plot area
	xt, yt, y2t        []tick
	left, top          float64 // margins before the plot area
	right, bottom      float64 // margins after it
	keys               float64 // width of the colour keys of fields, in the right margin
	yName, xName       text.Block
	y2Name             text.Block
	legend             *legendLayout // nil when the plot shows no legend

	// owner is the index of the mark being prepared, or -1; uses lists
	// the formulas each mark parsed, by index, so that the marks that
	// use a swept parameter are known. sets are the points marks with
	// listed points of the diagram, by id, that count(...) counts; variants caches the
	// formulas compiled at each value of a swept parameter.
	owner    int
	uses     [][]diagram.Formula
	sets     map[string][]diagram.XY
	variants map[variantKey]map[diagram.Formula]*expr.Expr
}

// Layout lays out a plot panel.
func Layout(env *panel.Env, p *diagram.Plot) panel.Block {
	pl := &plotter{env: env, p: p, exprs: map[diagram.Formula]*expr.Expr{}, ok: true, owner: -1}
	for _, m := range p.Marks {
		mk := markOf(m)
		if mk == nil {
			env.Errorf(m.Mark().Pos, "this kind of mark is not supported by the plot layout yet", "unsupported plot mark")
			return panel.Block{}
		}
		pl.list = append(pl.list, mk)
	}
	pl.compile()
	if !pl.ok {
		return panel.Block{}
	}
	pl.measure()
	pl.placeLegend()
	if !pl.ok {
		return panel.Block{}
	}
	b := panel.Block{W: pl.left + pl.w + pl.right, H: pl.top + pl.h + pl.bottom}
	b.W = max(b.W, pl.yName.W, pl.xName.W)
	if lg := pl.legend; lg != nil && lg.slot >= slotOutsideRight {
		b.W = max(b.W, pl.left+lg.off.X+lg.w)
		b.H = max(b.H, pl.top+lg.off.Y+lg.h)
	}
	b.Place = func(x, y float64) []scene.Item { return pl.place(x, y, b.W, b.H) }
	return b
}

// formula returns the compiled formula f, parsing it on first use; a
// formula that does not parse is reported at its position.
func (pl *plotter) formula(f diagram.Formula) *expr.Expr {
	if pl.owner >= 0 {
		pl.uses[pl.owner] = append(pl.uses[pl.owner], f)
	}
	if e, ok := pl.exprs[f]; ok {
		return e
	}
	e, err := expr.Parse(f.Text, f.Pos, expr.Options{Consts: pl.env.Consts, Sets: pl.sets})
	if err != nil {
		pl.ok = false
		if de, ok := err.(*diagram.Error); ok {
			pl.env.Report(de)
		} else {
			pl.env.Errorf(f.Pos, "", "%v", err)
		}
	}
	pl.exprs[f] = e
	return e
}

// compile parses every formula and resolves the axis ranges, from the data
// where the plot does not give them.
func (pl *plotter) compile() {
	var xs, ys, ys2 []float64
	pl.uses = make([][]diagram.Formula, len(pl.list))
	pl.sets = pl.env.Sets
	for i, m := range pl.list {
		pl.owner = i
		mx, my := m.prepare(pl)
		xs = append(xs, mx...)
		if m.head().Y2 {
			ys2 = append(ys2, my...)
		} else {
			ys = append(ys, my...)
		}
	}
	pl.owner = -1
	if !pl.ok {
		return
	}
	var okX, okY bool
	pl.xlo, pl.xhi, okX = resolveAxis(pl.env, pl.p.X, "x", xs)
	if pl.p.Y.Lo == pl.p.Y.Hi {
		ys = append(ys, pl.curveValues(false)...)
	}
	pl.ylo, pl.yhi, okY = resolveAxis(pl.env, pl.p.Y, "y", ys)
	pl.ok = okX && okY
	if a := pl.p.Y2; a != nil && pl.ok {
		if a.Lo == a.Hi {
			ys2 = append(ys2, pl.curveValues(true)...)
		}
		pl.y2lo, pl.y2hi, pl.ok = resolveAxis(pl.env, *a, "y2", ys2)
	}
}

// curveValues samples the curves over the x range, for a y range that
// follows the data: those on the secondary y axis with y2, the others
// without.
func (pl *plotter) curveValues(y2 bool) []float64 {
	var out []float64
	sx := scale{lo: pl.xlo, hi: pl.xhi, log: pl.p.X.Log}
	for _, m := range pl.list {
		if m.head().Y2 != y2 {
			continue
		}
		var e *expr.Expr
		if sm, ok := m.(sampler); ok {
			e = sm.formulaY(pl)
		}
		if e == nil {
			continue
		}
		a, b := sx.fwd(sx.lo), sx.fwd(sx.hi)
		for i := 0; i <= 100; i++ {
			out = append(out, e.Eval(sx.inv(a+(b-a)*float64(i)/100), 0))
		}
	}
	return out
}

// measure picks the ticks and the margins around the plot area.
func (pl *plotter) measure() {
	pl.w, pl.h = pl.p.Width, pl.p.Height
	if pl.w <= 0 || pl.h <= 0 {
		pl.w, pl.h = plotDefaultW, plotDefaultH
	}
	if pl.p.AspectEqual && !pl.p.X.Log && !pl.p.Y.Log {
		// One data unit as long on both axes: the area shrinks along the
		// axis whose unit would be longer.
		dx, dy := pl.xhi-pl.xlo, pl.yhi-pl.ylo
		u := min(pl.w/dx, pl.h/dy)
		if w, h := u*dx, u*dy; w >= 1 && h >= 1 {
			pl.w, pl.h = w, h
		}
	}
	pl.xt = axisTicks(pl.xlo, pl.xhi, pl.p.X.Log, pl.w, false)
	pl.yt = axisTicks(pl.ylo, pl.yhi, pl.p.Y.Log, pl.h, true)
	// A hidden axis has no ticks, labels or name, and no margin for them.
	showX, showY := pl.p.Axes.ShowX(), pl.p.Axes.ShowY()
	if !showX {
		pl.xt = nil
	}
	if !showY {
		pl.yt = nil
	}
	widest := 0.0
	for _, t := range pl.yt {
		widest = max(widest, text.Measure(scene.Sans, plotTickSize, t.label))
	}
	tickH := text.Ascent(scene.Sans, plotTickSize) + text.Descent(scene.Sans, plotTickSize)
	pl.left = widest + plotTickLen + 6
	pl.top = tickH/2 + 2
	if !showY {
		pl.left = plotMarkPad
	}
	pl.yName, pl.xName = text.Block{}, text.Block{}
	if pl.p.Y.Name != "" && showY {
		pl.yName = text.PlainLines(pl.p.Y.Name, scene.Sans, plotNameSize)
		pl.top = max(pl.top+pl.yName.H+4, pl.yName.H+tickH/2+8)
	}
	pl.bottom = plotTickLen + 4 + tickH + 2
	if !showX {
		pl.bottom = plotMarkPad
	}
	if pl.p.X.Name != "" && showX {
		pl.xName = text.PlainLines(pl.p.X.Name, scene.Sans, plotNameSize)
		pl.bottom += 6 + pl.xName.H
	}
	pl.right = 8
	if n := len(pl.xt); n > 0 {
		pl.right = max(pl.right, text.Measure(scene.Sans, plotTickSize, pl.xt[n-1].label)/2+2)
	}
	pl.y2t, pl.y2Name = nil, text.Block{}
	if a := pl.p.Y2; a != nil {
		// The secondary axis, on the right: its ticks and labels take the
		// right margin, and its name sits above its top end.
		pl.y2t = axisTicks(pl.y2lo, pl.y2hi, a.Log, pl.h, true)
		widest := 0.0
		for _, t := range pl.y2t {
			widest = max(widest, text.Measure(scene.Sans, plotTickSize, t.label))
		}
		pl.right = max(pl.right, widest+plotTickLen+6)
		if a.Name != "" {
			pl.y2Name = text.PlainLines(a.Name, scene.Sans, plotNameSize)
			pl.top = max(pl.top, tickH/2+2+pl.y2Name.H+4, pl.y2Name.H+tickH/2+8)
		}
	}
	pl.keys = 0
	for _, m := range pl.list {
		if f, ok := m.(fieldMark); ok {
			pl.keys += f.keyWidth()
		}
	}
	pl.right += pl.keys
	pl.left = max(pl.left, plotMarkPad)
	if n := len(pl.xt); n > 0 {
		pl.left = max(pl.left, text.Measure(scene.Sans, plotTickSize, pl.xt[0].label)/2+2)
	}
}
