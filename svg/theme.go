package svg

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Palette gives the colour of every tone in every paint role, plus the page
// and panel backgrounds.
type Palette struct {
	Page, Panel string
	// Tones is indexed by diagram.Tone, then by scene.PaintRole (Line,
	// Soft, Solid, Ink, OnSolid).
	Tones [7][5]string
}

// LightPalette is the palette of the light theme.
var LightPalette = Palette{
	Page:  "#ffffff",
	Panel: "#f8fafc",
	Tones: [7][5]string{
		diagram.Neutral: {"#475569", "#f1f5f9", "#334155", "#0f172a", "#ffffff"},
		diagram.Accent:  {"#4f46e5", "#eef2ff", "#4338ca", "#3730a3", "#ffffff"},
		diagram.Info:    {"#0369a1", "#e0f2fe", "#0369a1", "#075985", "#ffffff"},
		diagram.Good:    {"#15803d", "#dcfce7", "#15803d", "#166534", "#ffffff"},
		diagram.Warn:    {"#b45309", "#fef3c7", "#b45309", "#92400e", "#ffffff"},
		diagram.Bad:     {"#dc2626", "#fee2e2", "#b91c1c", "#991b1b", "#ffffff"},
		diagram.Muted:   {"#94a3b8", "#f8fafc", "#64748b", "#475569", "#ffffff"},
	},
}

// DarkPalette is the palette of the dark theme.
var DarkPalette = Palette{
	Page:  "#0f172a",
	Panel: "#131e33",
	Tones: [7][5]string{
		diagram.Neutral: {"#94a3b8", "#1e293b", "#cbd5e1", "#e2e8f0", "#0f172a"},
		diagram.Accent:  {"#818cf8", "#1e1b4b", "#a5b4fc", "#c7d2fe", "#0f172a"},
		diagram.Info:    {"#38bdf8", "#0c2a3f", "#7dd3fc", "#bae6fd", "#0f172a"},
		diagram.Good:    {"#4ade80", "#052e16", "#86efac", "#bbf7d0", "#0f172a"},
		diagram.Warn:    {"#fbbf24", "#3a2505", "#fcd34d", "#fde68a", "#0f172a"},
		diagram.Bad:     {"#f87171", "#3b0d0d", "#fca5a5", "#fecaca", "#0f172a"},
		diagram.Muted:   {"#64748b", "#162032", "#64748b", "#94a3b8", "#f8fafc"},
	},
}

// color returns the palette's colour for a paint.
func (p *Palette) color(pt scene.Paint) string {
	switch pt.Role {
	case scene.Page:
		return p.Page
	case scene.Panel:
		return p.Panel
	}
	t := int(pt.Tone)
	if t < 0 || t >= len(p.Tones) {
		t = 0
	}
	r := int(pt.Role)
	if r < 0 || r >= 5 {
		r = 0
	}
	return p.Tones[t][r]
}

// paintClass is the CSS class name (without prefix) for a paint used as fill
// ("f") or stroke ("s").
func paintClass(kind string, pt scene.Paint) string {
	switch pt.Role {
	case scene.Page:
		return kind + "-page"
	case scene.Panel:
		return kind + "-panel"
	}
	return kind + "-" + pt.Tone.String() + "-" + roleNames[pt.Role]
}

var roleNames = map[scene.PaintRole]string{
	scene.Line: "line", scene.Soft: "soft", scene.Solid: "solid", scene.Ink: "ink", scene.OnSolid: "on",
}
