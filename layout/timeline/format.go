package timeline

import (
	"math"
	"strings"
	"time"

	"github.com/aiprep/diag/layout/plotmath"
)

// ms converts a duration to milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// totalText says how the total compares with the budget.
func totalText(end, budget time.Duration) string {
	switch {
	case budget <= 0:
		return "total " + formatDuration(end)
	case end <= budget:
		return "total " + formatDuration(end) + " ≤ " + formatDuration(budget) + " budget"
	}
	return "total " + formatDuration(end) + " > " + formatDuration(budget) + " budget"
}

// formatDuration writes a duration as "180 ms", "1 s" or "1.25 s".
func formatDuration(d time.Duration) string {
	if d < time.Second {
		return trimNumber(ms(d)) + " ms"
	}
	return trimNumber(d.Seconds()) + " s"
}

// tickText labels a tick of an axis in ms, or in s when it reaches 2 s;
// only the last tick carries the unit.
func tickText(v, step, axisMax float64) string {
	unit, k := " ms", 1.0
	if axisMax >= 2000 {
		unit, k = " s", 1000
	}
	s := plotmath.FormatTick(v/k, step/k)
	if math.Abs(v-axisMax) < step/2 {
		s += unit
	}
	return s
}

// trimNumber formats v with at most two decimals and no trailing zeros.
func trimNumber(v float64) string {
	s := plotmath.FormatTick(math.Round(v*100)/100, 0.01)
	for len(s) > 1 && s[len(s)-1] == '0' && strings.Contains(s, ".") {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
