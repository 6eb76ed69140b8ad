package scene

import "testing"

func TestStepID(t *testing.T) {
	tests := []struct {
		n    int
		part StepPart
		want string
	}{
		{1, StepCaption, "step-1"},
		{2, StepNow, "step-2-now"},
		{3, StepDot, "step-3-dot"},
		{12, StepBadge, "step-12-badge"},
	}
	for _, tt := range tests {
		if got := StepID(tt.n, tt.part); got != tt.want {
			t.Errorf("StepID(%d, %d) = %q, want %q", tt.n, tt.part, got, tt.want)
		}
	}
}
