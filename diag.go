package diag

import (
	"errors"
	"time"
)

// Options tune a compile. The zero value is the default.
type Options struct {
	// Frame, when Static is set, is the moment of the animation to draw as a
	// still picture; the picture at the end of the loop when zero.
	Frame time.Duration
	// Static drops the animation and draws the frame at Frame.
	Static bool
	// NoFont leaves the font out of the SVG (for pages that load one shared
	// font file themselves).
	NoFont bool
	// Prefix is put before every id, class and keyframe name in the SVG so
	// that several SVGs inlined in one page never collide; derived from the
	// file name when empty.
	Prefix string
}

// Compile turns .diag source into SVG bytes. name is used in error positions
// and to derive the id prefix. Errors are a diagram.ErrorList whose entries
// carry file:line:col positions.
func Compile(name string, src []byte, opts Options) ([]byte, error) {
	return nil, errors.New("diag: not wired yet")
}
