package plotmath

import "math"

// Rand is a small, seeded random number generator: splitmix64 (Steele,
// Lea and Flood, 2014). It is written out here, not taken from math/rand,
// so a seed gives the same numbers on every Go version and platform (the
// normal variates also use math.Log, math.Sqrt and math.Cos, which are
// exact to within an ulp everywhere). The zero value is a generator with
// seed 0.
type Rand struct {
	state uint64
}

// NewRand returns a generator seeded with seed.
func NewRand(seed uint64) *Rand { return &Rand{state: seed} }

// Uint64 returns the next 64 random bits.
func (r *Rand) Uint64() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Float64 returns a uniform value in [0, 1), a multiple of 2^-53.
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()>>11) / (1 << 53)
}

// NormFloat64 returns a standard normal value, by the Box–Muller transform
// (one value per call; the second of the pair is not kept, so the stream
// has no hidden state beyond the generator's).
func (r *Rand) NormFloat64() float64 {
	u1 := 1 - r.Float64() // in (0, 1], so the log is finite
	u2 := r.Float64()
	return math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}

// Linspace returns n evenly spaced values from a to b, both included (the
// last is exactly b). n = 1 gives [a]; n ≤ 0 gives nil.
func Linspace(a, b float64, n int) []float64 {
	if n <= 0 {
		return nil
	}
	v := make([]float64, n)
	for i := range v {
		v[i] = a + (b-a)*float64(i)/float64(max(n-1, 1))
	}
	if n > 1 {
		v[n-1] = b
	}
	return v
}

// Normal returns n values drawn from a normal distribution with the given
// mean and standard deviation, from a generator seeded with seed.
func Normal(seed uint64, n int, mean, sd float64) []float64 {
	r := NewRand(seed)
	v := make([]float64, max(n, 0))
	for i := range v {
		v[i] = mean + sd*r.NormFloat64()
	}
	return v
}

// Uniform returns n values drawn uniformly from [lo, hi), from a generator
// seeded with seed.
func Uniform(seed uint64, n int, lo, hi float64) []float64 {
	r := NewRand(seed)
	v := make([]float64, max(n, 0))
	for i := range v {
		v[i] = lo + (hi-lo)*r.Float64()
	}
	return v
}

// Blobs returns n points in k Gaussian clusters inside the box
// [x0, x1] × [y0, y1], for k-means and classification pictures. The centres
// are spread out over the middle 80 % of the box (each is the best of 8
// random candidates, the one farthest from the centres before it). Point i
// belongs to class i mod k, so classes are balanced, and lies at its centre
// plus a normal offset with standard deviation spread on each axis; an
// offset that lands outside the box is drawn again (up to 16 times, then
// clamped to the box). k below 1 counts as 1.
func Blobs(seed uint64, k, n int, spread float64, x0, x1, y0, y1 float64) (pts []Point, class []int, centers []Point) {
	k, n = max(k, 1), max(n, 0)
	r := NewRand(seed)
	inner := func(lo, hi float64) float64 { return lo + (hi-lo)*(0.1+0.8*r.Float64()) }
	for range k {
		var best Point
		bestDist := -1.0
		for range 8 {
			c := Point{inner(x0, x1), inner(y0, y1)}
			d := math.Inf(1)
			for _, o := range centers {
				d = math.Min(d, math.Hypot(c.X-o.X, c.Y-o.Y))
			}
			if d > bestDist {
				best, bestDist = c, d
			}
		}
		centers = append(centers, best)
	}
	lox, hix := math.Min(x0, x1), math.Max(x0, x1)
	loy, hiy := math.Min(y0, y1), math.Max(y0, y1)
	pts = make([]Point, n)
	class = make([]int, n)
	for i := range n {
		c := centers[i%k]
		var p Point
		for try := 0; ; try++ {
			p = Point{c.X + spread*r.NormFloat64(), c.Y + spread*r.NormFloat64()}
			if p.X >= lox && p.X <= hix && p.Y >= loy && p.Y <= hiy {
				break
			}
			if try == 15 {
				p = Point{math.Max(lox, math.Min(hix, p.X)), math.Max(loy, math.Min(hiy, p.Y))}
				break
			}
		}
		pts[i], class[i] = p, i%k
	}
	return pts, class, centers
}
