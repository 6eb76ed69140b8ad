package plotmath

import (
	"math"
	"strconv"
	"strings"
)

// MaxTicks caps the maxTicks argument of NiceTicks and NiceStep, so a
// careless argument cannot ask for millions of ticks.
const MaxTicks = 1000

// NiceStep returns the step of NiceTicks(lo, hi, maxTicks): the smallest
// 1, 2 or 5 × 10^k such that at most maxTicks multiples of it lie in
// [lo, hi]. It returns 0 when lo or hi is not finite or they are equal.
func NiceStep(lo, hi float64, maxTicks int) float64 {
	m, k := niceStep(lo, hi, maxTicks)
	return stepValue(m, k)
}

// NiceTicks returns the multiples of NiceStep(lo, hi, maxTicks) that lie in
// [lo, hi], ascending: for example 0, 0.5, 1, 1.5, 2 for [0, 2] with up to 6
// ticks. The ticks stay inside the range (a value a rounding error outside
// counts as inside, and is snapped to the exact multiple). lo and hi may come
// in either order; maxTicks below 2 counts as 2 and above MaxTicks as
// MaxTicks. It returns the single value
// for an empty range and nil when lo or hi is not finite.
func NiceTicks(lo, hi float64, maxTicks int) []float64 {
	if lo > hi {
		lo, hi = hi, lo
	}
	if !finite(lo) || !finite(hi) {
		return nil
	}
	if lo == hi {
		return []float64{lo}
	}
	m, k := niceStep(lo, hi, maxTicks)
	if m == 0 {
		return nil
	}
	first, last := tickRange(lo, hi, m, k)
	ticks := make([]float64, 0, last-first+1)
	for i := first; i <= last; i++ {
		ticks = append(ticks, multiple(i, m, k))
	}
	return ticks
}

// niceStep returns the step as m × 10^k with m in {1, 2, 5}, or m = 0 when
// there is none.
func niceStep(lo, hi float64, maxTicks int) (m, k int) {
	if lo > hi {
		lo, hi = hi, lo
	}
	span := hi - lo
	if !finite(lo) || !finite(hi) || span == 0 || !finite(span) {
		return 0, 0
	}
	maxTicks = min(max(maxTicks, 2), MaxTicks)
	// Start a decade below the rough step and walk up through 1, 2, 5.
	k = int(math.Floor(math.Log10(span/float64(maxTicks)))) - 1
	for {
		for _, m := range [3]int{1, 2, 5} {
			first, last := tickRange(lo, hi, m, k)
			if last-first+1 <= maxTicks {
				return m, k
			}
		}
		k++
	}
}

// tickRange returns the indices of the first and last multiples of the
// step m × 10^k within [lo, hi].
func tickRange(lo, hi float64, m, k int) (first, last int) {
	step := stepValue(m, k)
	const slack = 1e-9 // absorbs rounding in lo/step
	return int(math.Ceil(lo/step - slack)), int(math.Floor(hi/step + slack))
}

// stepValue returns m × 10^k, correctly rounded.
func stepValue(m, k int) float64 {
	return multiple(1, m, k)
}

// multiple returns i × m × 10^k, dividing by an exact power of ten for
// negative k so that, say, 3 × 0.1 comes out as 0.3, not 0.30000000000000004.
func multiple(i, m, k int) float64 {
	if k < 0 {
		if k >= -22 {
			return float64(i*m) / math.Pow10(-k)
		}
		return float64(i*m) * math.Pow10(k)
	}
	return float64(i*m) * math.Pow10(k)
}

// LogTicks returns ticks for a log scale over [lo, hi], ascending. A range
// of more than three decades gets powers of ten (every second, third, ...
// power beyond ten decades, so at most about ten ticks); up to three decades
// adds 2 and 5 times each power; less than one decade adds every integer
// multiple 1..9. Values outside [lo, hi] are left out. It returns nil
// unless 0 < lo < hi are finite (lo and hi may come in either order).
func LogTicks(lo, hi float64) []float64 {
	if lo > hi {
		lo, hi = hi, lo
	}
	if !(lo > 0) || !finite(hi) || lo == hi {
		return nil
	}
	decades := math.Log10(hi / lo)
	mults := []int{1}
	switch {
	case decades < 1:
		mults = []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	case decades <= 3:
		mults = []int{1, 2, 5}
	}
	every := max(1, int(math.Ceil(decades/10)))
	k0 := int(math.Floor(math.Log10(lo)))
	k1 := int(math.Ceil(math.Log10(hi)))
	var ticks []float64
	const slack = 1e-9
	for k := k0; k <= k1; k++ {
		if floorMod(k, every) != 0 {
			continue
		}
		for _, m := range mults {
			v := multiple(1, m, k)
			if v >= lo*(1-slack) && v <= hi*(1+slack) {
				ticks = append(ticks, v)
			}
		}
	}
	return ticks
}

func floorMod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

// FormatTick formats a tick value v for an axis whose ticks are step apart,
// with just the decimals the step needs: FormatTick(0.5, 0.25) is "0.50",
// FormatTick(3, 1) is "3". For log-scale ticks, pass the value itself as the
// step. Negative values start with the true minus sign − (U+2212), which
// typesets at the width of + and matches the typographic dash of math text;
// zero is always "0", never "−0". Values of magnitude 1e6 and above, or
// below 1e-4, are written in exponent form such as "1e6", "2.5e−5".
func FormatTick(v, step float64) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	if math.IsInf(v, 0) {
		return signed(v < 0, "∞")
	}
	step = math.Abs(step)
	if !finite(step) || step == 0 {
		step = math.Abs(v)
	}
	// Snap v to the step grid so 0.30000000000000004 prints as 0.3.
	if step > 0 {
		if q := math.Round(v / step); math.Abs(v/step-q) < 1e-6 {
			v = q * step
		}
	}
	if math.Abs(v) < step*1e-9 || v == 0 {
		return "0"
	}
	a := math.Abs(v)
	if a >= 1e6 || a < 1e-4 {
		return signed(v < 0, exponentForm(a, step))
	}
	return signed(v < 0, strconv.FormatFloat(a, 'f', decimals(step), 64))
}

// decimals returns how many decimals show every multiple of step exactly:
// the smallest d with step × 10^d an integer (at most 15).
func decimals(step float64) int {
	for d := 0; d < 15; d++ {
		s := step * math.Pow10(d)
		if math.Abs(s-math.Round(s)) <= 1e-9*s {
			return d
		}
	}
	return 15
}

// exponentForm writes a (positive) as mantissa e exponent, with as many
// mantissa digits as the step resolves, at most 6.
func exponentForm(a, step float64) string {
	exp := int(math.Floor(math.Log10(a)))
	digits := 0
	if step > 0 && step < a {
		digits = min(6, max(0, exp-int(math.Floor(math.Log10(step)+1e-9))))
	}
	s := strconv.FormatFloat(a, 'e', digits, 64) // like 2.50e-05
	mant, e, _ := strings.Cut(s, "e")
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	n, _ := strconv.Atoi(e)
	return mant + "e" + signed(n < 0, strconv.Itoa(abs(n)))
}

// signed prefixes s with the minus sign when neg.
func signed(neg bool, s string) string {
	if neg {
		return "\u2212" + s
	}
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// FormatLogTicks formats the ticks of a log axis in one form throughout:
// plain decimals when FormatTick writes every one of them plainly (all
// between 1e-4 and 1e6), and otherwise every one in exponent form, so
// that an axis from 1e−6 to 1 reads 1e−6 … 1e−3 … 1e0 and never mixes
// 1e−5 with 0.001.
func FormatLogTicks(vals []float64) []string {
	plain := true
	for _, v := range vals {
		if a := math.Abs(v); finite(a) && a != 0 && (a >= 1e6 || a < 1e-4) {
			plain = false
		}
	}
	out := make([]string, len(vals))
	for i, v := range vals {
		a := math.Abs(v)
		if plain || !finite(a) || a == 0 {
			out[i] = FormatTick(v, v)
			continue
		}
		out[i] = signed(v < 0, exponentForm(a, a))
	}
	return out
}
