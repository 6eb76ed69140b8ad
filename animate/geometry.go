package animate

import (
	"math"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// curveSteps is how many straight pieces a curve is cut into to measure it.
const curveSteps = 32

// Flatten returns a path's operations as polylines, one per subpath, with
// curves cut into short straight pieces.
func Flatten(ops []scene.PathOp) [][]scene.Point {
	var out [][]scene.Point
	var cur []scene.Point
	var start scene.Point
	for _, op := range ops {
		if len(cur) == 0 && op.Cmd != 'M' && op.Cmd != 'Z' && len(op.Pts) > 0 {
			cur = append(cur, start)
		}
		switch op.Cmd {
		case 'M':
			if len(cur) > 1 {
				out = append(out, cur)
			}
			cur = nil
			if len(op.Pts) > 0 {
				start = op.Pts[0]
				cur = []scene.Point{start}
			}
		case 'L':
			cur = append(cur, op.Pts...)
		case 'Q':
			if len(op.Pts) == 2 && len(cur) > 0 {
				p0, c, p1 := cur[len(cur)-1], op.Pts[0], op.Pts[1]
				for i := 1; i <= curveSteps; i++ {
					s := float64(i) / curveSteps
					u := 1 - s
					cur = append(cur, scene.Point{
						X: u*u*p0.X + 2*u*s*c.X + s*s*p1.X,
						Y: u*u*p0.Y + 2*u*s*c.Y + s*s*p1.Y,
					})
				}
			}
		case 'C':
			if len(op.Pts) == 3 && len(cur) > 0 {
				p0, c1, c2, p1 := cur[len(cur)-1], op.Pts[0], op.Pts[1], op.Pts[2]
				for i := 1; i <= curveSteps; i++ {
					s := float64(i) / curveSteps
					u := 1 - s
					cur = append(cur, scene.Point{
						X: u*u*u*p0.X + 3*u*u*s*c1.X + 3*u*s*s*c2.X + s*s*s*p1.X,
						Y: u*u*u*p0.Y + 3*u*u*s*c1.Y + 3*u*s*s*c2.Y + s*s*s*p1.Y,
					})
				}
			}
		case 'Z':
			if len(cur) > 0 {
				cur = append(cur, start)
			}
		}
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// PathLength returns the drawn length of a path's operations.
func PathLength(ops []scene.PathOp) float64 {
	total := 0.0
	for _, poly := range Flatten(ops) {
		total += polyLength(poly)
	}
	return total
}

func polyLength(pts []scene.Point) float64 {
	l := 0.0
	for i := 1; i < len(pts); i++ {
		l += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
	}
	return l
}

// pointAt returns the point at arc length d along a polyline (clamped to
// its ends).
func pointAt(pts []scene.Point, d float64) scene.Point {
	if len(pts) == 0 {
		return scene.Point{}
	}
	if d <= 0 {
		return pts[0]
	}
	for i := 1; i < len(pts); i++ {
		seg := math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
		if d <= seg && seg > 0 {
			f := d / seg
			return scene.Point{X: pts[i-1].X + (pts[i].X-pts[i-1].X)*f, Y: pts[i-1].Y + (pts[i].Y-pts[i-1].Y)*f}
		}
		d -= seg
	}
	return pts[len(pts)-1]
}

// alongKeys returns transform keys that carry an element whose centre is
// at origin along a polyline between s and e. Linear travel keeps a key at
// every vertex (constant speed); eased travel samples the eased position at
// even times; steps jumps to the end at e.
func alongKeys(pts []scene.Point, origin scene.Point, s, e float64, curve diagram.Easing) []Key {
	at := func(p scene.Point) Value { return Value{DX: round2(p.X - origin.X), DY: round2(p.Y - origin.Y)} }
	total := polyLength(pts)
	if len(pts) == 0 {
		return nil
	}
	end := at(pts[len(pts)-1])
	switch {
	case curve == diagram.Steps || total == 0 || e <= s:
		return []Key{{T: e, V: end, Ease: diagram.Linear}}
	case curve == diagram.Linear:
		var keys []Key
		d := 0.0
		for i := 1; i < len(pts); i++ {
			seg := math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
			d += seg
			if seg == 0 {
				continue
			}
			keys = append(keys, Key{T: s + (e-s)*d/total, V: at(pts[i]), Ease: diagram.Linear})
		}
		return keys
	}
	const samples = 24
	keys := make([]Key, 0, samples)
	for i := 1; i <= samples; i++ {
		u := float64(i) / samples
		keys = append(keys, Key{T: s + (e-s)*u, V: at(pointAt(pts, total*ease(curve, u))), Ease: diagram.Linear})
	}
	return keys
}

// round2 rounds to a hundredth, so keyframes print exactly the values they
// hold.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
