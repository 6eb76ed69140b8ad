package expr

import "testing"

var sink float64

func benchmarkEval(b *testing.B, src string) {
	e := MustParse(src)
	x := 0.0
	for b.Loop() {
		sink += e.Eval(x, 0.25)
		x += 1e-6
	}
}

// BenchmarkEvalPoly is a typical curve: y = x^2 + 1.
func BenchmarkEvalPoly(b *testing.B) { benchmarkEval(b, "x^2 + 1") }

// BenchmarkEvalSigmoid is an activation curve with a folded constant.
func BenchmarkEvalSigmoid(b *testing.B) { benchmarkEval(b, "sigmoid(4*x) - 1/2") }

// BenchmarkEvalHinge is a contour-style function of x and y.
func BenchmarkEvalHinge(b *testing.B) { benchmarkEval(b, "max(0, 1 - y*(2*x - 1)) + 0.1*(x^2 + y^2)") }

// BenchmarkEvalGaussian2D is a contour of a 2-D bump.
func BenchmarkEvalGaussian2D(b *testing.B) { benchmarkEval(b, "exp(-((x - 1)^2 + (y + 0.5)^2)/2)") }

// BenchmarkEvalGrid evaluates a 200×200 contour grid.
func BenchmarkEvalGrid(b *testing.B) {
	e := MustParse("x^2 + y^2 - sin(3*x)*cos(3*y)")
	for b.Loop() {
		for i := range 200 {
			for j := range 200 {
				sink += e.Eval(float64(i)/100-1, float64(j)/100-1)
			}
		}
	}
}

// BenchmarkParse measures parsing and compiling a mid-sized expression.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		MustParse("max(0, 1 - y*(2*x - 1)) + 0.1*(x^2 + y^2) - clamp(sigmoid(x), 0.1, 0.9)")
	}
}
