package font

import (
	"fmt"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansmono"
)

// Face names one of the embedded typefaces. The values match
// scene.FontFace. The functions of this package panic when given a value
// other than the constants below, as for an index out of range.
type Face int

// The faces.
const (
	Sans     Face = 0 // DejaVu Sans
	SansBold Face = 1 // DejaVu Sans Bold
	Mono     Face = 2 // DejaVu Sans Mono
)

// faceInfo describes one face: its source data, its CSS family name and the
// font parsed from the data on first use.
type faceInfo struct {
	data   []byte
	family string
	once   sync.Once
	font   *sfntFont

	advOnce sync.Once
	adv     *advanceTable
}

var faces = [...]*faceInfo{
	Sans:     {data: dejavusans.TTF, family: "diag-sans"},
	SansBold: {data: dejavusansbold.TTF, family: "diag-sans-bold"},
	Mono:     {data: dejavusansmono.TTF, family: "diag-mono"},
}

// String returns the face's CSS family name, as Family does.
func (f Face) String() string {
	if f < 0 || int(f) >= len(faces) {
		return fmt.Sprintf("Face(%d)", int(f))
	}
	return faces[f].family
}

// Family returns the CSS font-family name under which an SVG declares the
// face's embedded subset: "diag-sans", "diag-sans-bold" or "diag-mono". Each
// face is its own family with normal weight and style.
func Family(f Face) string {
	return info(f).family
}

// Data returns the complete TrueType file of the face. The caller must not
// modify the returned bytes.
func Data(f Face) []byte {
	return info(f).data
}

// info returns the description of f. An unknown face is a programming error
// and panics.
func info(f Face) *faceInfo {
	if f < 0 || int(f) >= len(faces) {
		panic(fmt.Sprintf("font: unknown face %d", int(f)))
	}
	return faces[f]
}

// load returns the parsed font of f, parsing it on first use.
func load(f Face) *sfntFont {
	fi := info(f)
	fi.once.Do(func() {
		font, err := parseSFNT(fi.data)
		if err != nil {
			// The data is compiled in; a parse failure is a broken build.
			panic(fmt.Sprintf("font: parsing %s: %v", fi.family, err))
		}
		fi.font = font
	})
	return fi.font
}
