package diagram

// Tone is a semantic colour role. Themes map tones to colours, so that the
// same tone means the same thing in every diagram and in both themes.
type Tone int

// The tones, from the default neutral outward.
const (
	Neutral Tone = iota
	Accent
	Info
	Good
	Warn
	Bad
	Muted
)

// toneConsts names the constants of Tone in order (see checkEnum).
var toneConsts = []string{"Neutral", "Accent", "Info", "Good", "Warn", "Bad", "Muted"}

func (Tone) consts() []string { return toneConsts }

var toneNames = [...]string{"neutral", "accent", "info", "good", "warn", "bad", "muted"}

// String returns the tone's name as written in the language.
func (t Tone) String() string {
	if t >= 0 && int(t) < len(toneNames) {
		return toneNames[t]
	}
	return "neutral"
}

// ToneNames lists the tone names in order.
func ToneNames() []string { return append([]string(nil), toneNames[:]...) }

// ParseTone returns the tone with the given name.
func ParseTone(s string) (Tone, bool) {
	for i, n := range toneNames {
		if n == s {
			return Tone(i), true
		}
	}
	return Neutral, false
}

// Theme selects the colour palette.
type Theme int

// The themes. Auto carries both palettes and follows the reader's system
// setting (prefers-color-scheme).
const (
	Auto Theme = iota
	Light
	Dark
)

// themeConsts names the constants of Theme in order (see checkEnum).
var themeConsts = []string{"Auto", "Light", "Dark"}

func (Theme) consts() []string { return themeConsts }

var themeNames = [...]string{"auto", "light", "dark"}

// String returns the theme's name as written in the language.
func (t Theme) String() string {
	if t >= 0 && int(t) < len(themeNames) {
		return themeNames[t]
	}
	return "auto"
}

// ParseTheme returns the theme with the given name.
func ParseTheme(s string) (Theme, bool) {
	for i, n := range themeNames {
		if n == s {
			return Theme(i), true
		}
	}
	return Auto, false
}
