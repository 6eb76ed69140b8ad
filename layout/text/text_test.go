package text

import (
	"testing"

	"github.com/aiprep/diag/font"
	"github.com/aiprep/diag/scene"
)

// TestFaces checks that the scene's faces name the font's faces of the
// same values, as Measure and the renderer's font subset assume.
func TestFaces(t *testing.T) {
	for _, c := range []struct {
		s scene.FontFace
		f font.Face
	}{{scene.Sans, font.Sans}, {scene.SansBold, font.SansBold}, {scene.Mono, font.Mono}} {
		if font.Face(c.s) != c.f {
			t.Errorf("scene face %d is font face %d, want %d", c.s, font.Face(c.s), c.f)
		}
	}
}
