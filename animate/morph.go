package animate

import (
	"fmt"
	"math"
	"slices"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// MaxMorphPoints caps the points of the outlines of one morph (both have
// as many): the style sheet writes each outline at every keyframe of the
// morph, and each point counts as one keyframe against Limits.
const MaxMorphPoints = 600

// morph turns the line of the element of a into the line of a.Into
// between s and e. A copy of the element's line, in its style, takes the
// element's place at s and changes shape point by point into the other
// line (a Shape track); at e the other line appears where the copy ends.
// Where the browser cannot animate a path's shape, the copy fades out
// while a copy of the other line fades in (Fallback tracks), so every
// frame shows a whole line.
func (b *builder) morph(a *diagram.Action, s, e float64) {
	id, it := b.findFirst(a)
	if it == nil {
		return
	}
	into := b.scene.Find(a.Into)
	if into == nil {
		b.errs.Add(a.Pos, fmt.Sprintf("no path %q to morph into", a.Into), "name a path, curve or region of the diagram")
		return
	}
	pa, from := lineOf(it)
	pb, to := lineOf(into)
	for _, l := range []struct {
		id string
		p  *scene.Path
	}{{id, pa}, {a.Into, pb}} {
		if l.p == nil {
			b.errs.Add(a.Pos, fmt.Sprintf("%q has no line to morph", l.id), "morph a path, curve, region or edge into another")
			return
		}
	}
	if len(from) != len(to) {
		b.errs.Add(a.Pos, fmt.Sprintf("%q is drawn in %d pieces and %q in %d", id, len(from), a.Into, len(to)),
			"morph lines drawn in as many pieces (a curve is cut where it is undefined): give both the same range")
		return
	}
	fa, fb, ok := Resample(from, to, MaxMorphPoints)
	if !ok {
		b.errs.Add(a.Pos, fmt.Sprintf("%q is drawn in %d pieces, more than a morph can follow", id, len(from)),
			fmt.Sprintf("morph lines of at most %d pieces", MaxMorphPoints/2))
		return
	}
	line := &scene.Path{Ops: OutlineOps(fa), Style: morphStyle(pa.Style)}
	ov := b.overlay("morph", line)
	line.ID = ov + ".line"
	b.showDuring(ov, s, e, 0)
	shape := b.channel(line.ID, Shape, Value{}, Value{Shape: 1})
	shape.free = true
	shape.shapes = []Outline{fa, fb}
	shape.weight = points(fa)
	b.add(shape, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: Value{Shape: 1}, Ease: diagram.Linear}}})

	// The element hides while its copy stands in for it; the other line
	// appears when the copy reaches it.
	hide := b.channel(id, Opacity, Value{Opacity: 1}, Value{Opacity: 1})
	b.add(hide, segment{T0: s, Keys: []Key{{T: s, V: Value{}}}})
	show := b.channel(a.Into, Opacity, Value{}, Value{Opacity: 1})
	b.add(show, segment{T0: e, Keys: []Key{{T: e, V: Value{Opacity: 1}}}})

	// Where shapes do not animate: a crossfade from the copy, which keeps
	// the element's shape, to a copy of the other line.
	end := &scene.Path{Ops: pb.Ops, Style: morphStyle(pb.Style)}
	ov2 := b.overlay("morph", end)
	out := b.fallbackChannel(ov)
	b.add(out, segment{T0: s, Keys: []Key{{T: s, V: Value{Opacity: 1}}}})
	b.add(out, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: Value{}, Ease: diagram.Linear}}})
	in := b.fallbackChannel(ov2)
	b.add(in, segment{T0: s, Ease: a.Easing, Keys: []Key{{T: e, V: Value{Opacity: 1}, Ease: diagram.Linear}}})
	b.add(in, segment{T0: e, Keys: []Key{{T: e, V: Value{}}}})
}

// fallbackChannel returns the opacity channel of an overlay that is used
// only where the browser cannot animate a path's shape.
func (b *builder) fallbackChannel(id string) *channel {
	k := chanKey{target: id, prop: Opacity, fallback: true}
	if c, ok := b.channels[k]; ok {
		return c
	}
	c := &channel{target: id, prop: Opacity, free: true, fallback: true}
	b.channels[k] = c
	b.order = append(b.order, c)
	return c
}

// morphStyle returns the style of a morphing copy of a line: the line's
// own, without arrowheads, which would stay where the line started.
func morphStyle(st scene.Style) scene.Style {
	st.ArrowStart, st.ArrowEnd = false, false
	return st
}

// lineOf returns the first drawn path of an element with a line to
// follow, and its outline; nil when it has none.
func lineOf(it scene.Item) (*scene.Path, Outline) {
	var found *scene.Path
	var out Outline
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		p, ok := x.(*scene.Path)
		if !ok || found != nil {
			return found == nil
		}
		drawn := (!p.Style.Stroke.None && p.Style.StrokeWidth > 0) || !p.Style.Fill.None
		if o := Flatten(p.Ops); drawn && len(o) > 0 {
			found, out = p, o
		}
		return found == nil
	})
	return found, out
}

// points returns how many points an outline has.
func points(o Outline) int {
	n := 0
	for _, piece := range o {
		n += len(piece)
	}
	return n
}

// Resample returns the outlines a and b, which have the same number of
// pieces, cut into the same number of points piece by piece, so that a
// browser can animate one into the other point by point. Each pair of
// pieces is cut at the same fractions of their lengths: the fractions at
// which either has a vertex, so the corners of both stay sharp, or, when
// those are more than the pair's share of max points, evenly spaced
// fractions. Points are rounded to a hundredth of a px, as the style
// sheet writes them. It reports false when the pieces are more than
// max/2, since every piece needs two points.
func Resample(a, b Outline, max int) (Outline, Outline, bool) {
	if len(a) != len(b) || len(a) == 0 || 2*len(a) > max {
		return nil, nil, false
	}
	share := max / len(a)
	ra, rb := make(Outline, len(a)), make(Outline, len(b))
	for i := range a {
		fr := slices.Concat(fractions(a[i]), fractions(b[i]))
		slices.Sort(fr)
		fr = slices.CompactFunc(fr, func(x, y float64) bool { return math.Abs(y-x) < 1e-6 })
		if len(fr) > share {
			fr = fr[:0]
			for k := range share {
				fr = append(fr, float64(k)/float64(share-1))
			}
		}
		ra[i], rb[i] = sampleAt(a[i], fr), sampleAt(b[i], fr)
	}
	return ra, rb, true
}

// fractions returns the fractions of its length at which a polyline has
// its vertices, from 0 to 1; 0 and 1 alone when it has no length.
func fractions(pts []scene.Point) []float64 {
	total := polyLength(pts)
	if total == 0 || math.IsNaN(total) || math.IsInf(total, 0) {
		return []float64{0, 1}
	}
	out := []float64{0}
	d := 0.0
	for i := 1; i < len(pts); i++ {
		d += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
		out = append(out, min(d/total, 1))
	}
	out[len(out)-1] = 1
	return out
}

// sampleAt returns the points of a polyline at the given fractions of its
// length, rounded to a hundredth.
func sampleAt(pts []scene.Point, fr []float64) []scene.Point {
	total := polyLength(pts)
	out := make([]scene.Point, len(fr))
	for i, f := range fr {
		p := pointAt(pts, f*total)
		if i == len(fr)-1 {
			p = pts[len(pts)-1]
		}
		out[i] = scene.Point{X: round2(p.X), Y: round2(p.Y)}
	}
	return out
}

// OutlineOps returns path operations that draw an outline: a move to the
// first point of each piece and a line through the others.
func OutlineOps(o Outline) []scene.PathOp {
	return polylineOps(o)
}
