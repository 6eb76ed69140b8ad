package plotmath

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The golden values catch any change to the generator: pictures made from
// a seed must not change between releases.

func TestRandGolden(t *testing.T) {
	// The published splitmix64 outputs for seed 0.
	r := NewRand(0)
	got := []uint64{r.Uint64(), r.Uint64(), r.Uint64()}
	want := []uint64{0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewRand(0).Uint64() mismatch (-want +got):\n%s", diff)
	}
	r = NewRand(42)
	gotF := []float64{r.Float64(), r.Float64(), r.Float64()}
	wantF := []float64{0.7415648787718233, 0.1599103928769201, 0.27860113025513866}
	if diff := cmp.Diff(wantF, gotF); diff != "" {
		t.Errorf("NewRand(42).Float64() mismatch (-want +got):\n%s", diff)
	}
}

// approx allows for an ulp or so of difference in math.Log and math.Cos
// between platforms.
var approx = cmpopts.EquateApprox(0, 1e-12)

func TestNormalGolden(t *testing.T) {
	want := []float64{0.9884743323187353, -1.8642558067312274, 0.0039202072151893405, -0.5292707004741914, -0.45896961774086253}
	if diff := cmp.Diff(want, Normal(7, 5, 0, 1), approx); diff != "" {
		t.Errorf("Normal(7, 5, 0, 1) mismatch (-want +got):\n%s", diff)
	}
	shifted := Normal(7, 2, 10, 2)
	if diff := cmp.Diff([]float64{10 + 2*want[0], 10 + 2*want[1]}, shifted, approx); diff != "" {
		t.Errorf("Normal(7, 2, 10, 2) mismatch (-want +got):\n%s", diff)
	}
	if got := Normal(7, 0, 0, 1); len(got) != 0 {
		t.Errorf("Normal with n = 0: got %v", got)
	}
}

func TestUniformGolden(t *testing.T) {
	want := []float64{-0.22034050321745702, -0.9664234109436878, 0.8015213612137668}
	if diff := cmp.Diff(want, Uniform(7, 3, -1, 1)); diff != "" {
		t.Errorf("Uniform(7, 3, -1, 1) mismatch (-want +got):\n%s", diff)
	}
}

func TestBlobsGolden(t *testing.T) {
	pts, class, centers := Blobs(3, 3, 6, 0.3, 0, 10, 0, 5)
	wantPts := []Point{{2.118948733815636, 3.1518285806257285}, {7.196473064231104, 3.9635556840505743}, {8.073414204122683, 0.2921789158185458}, {1.9991609110099076, 2.765529396627746}, {7.301363282204974, 4.503244988386185}, {7.707396397416598, 0.8066774717794967}}
	wantCenters := []Point{{1.9076027364572365, 3.3011740543716095}, {7.555401246908477, 4.2428009927971795}, {8.156292311332788, 0.5693627363352536}}
	if diff := cmp.Diff(wantPts, pts, approx); diff != "" {
		t.Errorf("Blobs points mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 1, 2, 0, 1, 2}, class); diff != "" {
		t.Errorf("Blobs classes mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantCenters, centers, approx); diff != "" {
		t.Errorf("Blobs centers mismatch (-want +got):\n%s", diff)
	}
}

func TestBlobsProperties(t *testing.T) {
	pts, class, centers := Blobs(11, 4, 400, 0.8, -5, 5, -3, 3)
	if len(pts) != 400 || len(class) != 400 || len(centers) != 4 {
		t.Fatalf("Blobs: %d points, %d classes, %d centres", len(pts), len(class), len(centers))
	}
	counts := make([]int, 4)
	for i, p := range pts {
		if p.X < -5 || p.X > 5 || p.Y < -3 || p.Y > 3 {
			t.Errorf("point %v outside the box", p)
		}
		counts[class[i]]++
	}
	if diff := cmp.Diff([]int{100, 100, 100, 100}, counts); diff != "" {
		t.Errorf("class sizes mismatch (-want +got):\n%s", diff)
	}
	for _, c := range centers {
		if c.X < -4 || c.X > 4 || c.Y < -2.4 || c.Y > 2.4 {
			t.Errorf("centre %v outside the middle 80 %% of the box", c)
		}
	}
	again, _, _ := Blobs(11, 4, 400, 0.8, -5, 5, -3, 3)
	if diff := cmp.Diff(pts, again); diff != "" {
		t.Errorf("Blobs twice mismatch (-first +second):\n%s", diff)
	}
	other, _, _ := Blobs(12, 4, 400, 0.8, -5, 5, -3, 3)
	if cmp.Equal(pts, other) {
		t.Errorf("Blobs with seeds 11 and 12 are equal")
	}
}

func TestLinspace(t *testing.T) {
	tests := []struct {
		a, b float64
		n    int
		want []float64
	}{
		{0, 1, 5, []float64{0, 0.25, 0.5, 0.75, 1}},
		{0, 1, 11, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}},
		{-3, 3, 3, []float64{-3, 0, 3}},
		{2, -2, 2, []float64{2, -2}},
		{5, 9, 1, []float64{5}},
		{0, 1, 0, nil},
	}
	for _, tt := range tests {
		got := Linspace(tt.a, tt.b, tt.n)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
			t.Errorf("Linspace(%v, %v, %d) mismatch (-want +got):\n%s", tt.a, tt.b, tt.n, diff)
		}
	}
	// The last value is exactly b.
	if v := Linspace(0.1, 0.7, 7); v[6] != 0.7 {
		t.Errorf("Linspace(0.1, 0.7, 7) ends at %v, want exactly 0.7", v[6])
	}
}
