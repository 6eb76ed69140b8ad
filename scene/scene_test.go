package scene

import "testing"

func TestClipSegment(t *testing.T) {
	r := Rect{X: 10, Y: 10, W: 20, H: 10} // x 10..30, y 10..20
	tests := []struct {
		name   string
		a, b   Point
		t0, t1 float64
		ok     bool
	}{
		{"through", Point{0, 15}, Point{40, 15}, 0.25, 0.75, true},
		{"inside", Point{12, 12}, Point{28, 18}, 0, 1, true},
		{"ends inside", Point{0, 15}, Point{20, 15}, 0.5, 1, true},
		{"misses above", Point{0, 5}, Point{40, 5}, 0, 0, false},
		{"parallel outside", Point{5, 0}, Point{5, 40}, 0, 0, false},
		{"short of it", Point{0, 15}, Point{8, 15}, 0, 0, false},
		{"along the top edge", Point{0, 10}, Point{40, 10}, 0.25, 0.75, true},
		{"touches a corner", Point{0, 20}, Point{20, 0}, 0.5, 0.5, true},
		{"diagonal", Point{10, 10}, Point{30, 20}, 0, 1, true},
	}
	for _, tt := range tests {
		t0, t1, ok := r.ClipSegment(tt.a, tt.b)
		if ok != tt.ok || t0 != tt.t0 || t1 != tt.t1 {
			t.Errorf("%s: ClipSegment = %v, %v, %v; want %v, %v, %v", tt.name, t0, t1, ok, tt.t0, tt.t1, tt.ok)
		}
	}
}
