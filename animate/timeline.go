package animate

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Prop is the property a track animates.
type Prop int

// The animated properties, which browsers animate cheaply and which work
// inside <img>. Shape is the outline of a path (CSS d), which some
// browsers cannot animate: a Shape track comes with Fallback tracks that
// stand in for it there.
const (
	Opacity Prop = iota
	Transform
	DashOffset
	Shape
)

// Key is one keyframe: at time T (seconds from the start of the period) the
// property has value V. Ease is the timing function of the interval that
// starts at this key.
type Key struct {
	T    float64
	V    Value
	Ease diagram.Easing
}

// Value is a property value. For Opacity only Opacity is used; for
// DashOffset only Offset; for Shape only Shape, the index of the path's
// outline in the track's Shapes. For Transform, the element is scaled
// about the track's Origin, by ScaleX along x and ScaleY along y, turned
// about it by Rotate degrees (clockwise on the page, as CSS and SVG turn),
// then moved by (DX, DY).
//
// A scale is kept as its shrink, 1 − scale, so that the zero Value is the
// element as drawn: ShrinkY 1 flattens it onto the horizontal line through
// the origin (a bar before it grows), ShrinkX 0.5 halves its width about
// the origin, and a negative shrink enlarges it.
type Value struct {
	Opacity          float64
	DX, DY           float64
	ShrinkX, ShrinkY float64
	Rotate           float64
	Offset           float64
	Shape            int
}

// ScaleX returns the scale of a Transform value along x.
func (v Value) ScaleX() float64 { return 1 - v.ShrinkX }

// ScaleY returns the scale of a Transform value along y.
func (v Value) ScaleY() float64 { return 1 - v.ShrinkY }

// Scales reports whether a Transform value scales the element.
func (v Value) Scales() bool { return v.ShrinkX != 0 || v.ShrinkY != 0 }

// Track is the keyframes of one property of one element. Keys are sorted by
// time, the first at 0 and the last at the period's end.
type Track struct {
	Target string
	Prop   Prop
	Keys   []Key
	// Origin is the transform origin, for Transform: the element's centre
	// for a move, a point of the line it grows from for a grow.
	Origin scene.Point
	// DashLen is the drawn length of the path, for DashOffset tracks: the
	// renderer sets stroke-dasharray to it.
	DashLen float64
	// Shapes are the outlines a Shape track passes through, each a list
	// of polylines (one per piece of the path). All have the same number
	// of pieces, and each piece the same number of points in every
	// outline, so a browser animates one into the other point by point.
	Shapes []Outline
	// KeepStroke asks that the strokes of a Transform track's element keep
	// their width as it scales, as a rotate or scale wants (a growing bar's
	// outline scales with it).
	KeepStroke bool
	// Fallback marks a track that is used only where the browser cannot
	// animate a Shape: there, an element with fallback tracks is
	// animated by them alone, and everywhere else they are not used.
	// Timeline.At leaves them out; FallbackAt uses them.
	Fallback bool
}

// Outline is the shape of a path: one polyline per piece.
type Outline [][]scene.Point

// Caption is a step's caption and the time span it shows.
type Caption struct {
	Text       string
	Start, End float64
	Index      int // 1-based step number
}

// Timeline is the compiled animation of one diagram.
type Timeline struct {
	// Period is the length of one loop in seconds: every track spans it.
	Period float64
	// End is when the last step ends; the picture then settles back to the
	// complete still picture and holds it until the period ends.
	End float64
	// Loop repeats the period forever; otherwise it plays once and holds
	// the final picture.
	Loop     bool
	Tracks   []Track
	Captions []Caption
	// Overlays are extra items drawn on top of the scene for effects CSS
	// cannot animate on the element itself (a travelling dot, a pulse).
	// Each is hidden outside its effect by an Opacity track.
	Overlays []scene.Item

	// names holds the ids the timeline gave elements of the scene that have
	// none of their own, so that tracks can target them.
	names map[scene.Item]string
}

// Rotates reports whether some key of a Transform track turns its
// element.
func (tr *Track) Rotates() bool {
	for _, k := range tr.Keys {
		if tr.Prop == Transform && k.V.Rotate != 0 {
			return true
		}
	}
	return false
}

// Scales reports whether some key of a Transform track scales its
// element; a track that only moves it does not.
func (tr *Track) Scales() bool {
	for _, k := range tr.Keys {
		if tr.Prop == Transform && k.V.Scales() {
			return true
		}
	}
	return false
}

// Empty reports whether the timeline animates nothing.
func (tl *Timeline) Empty() bool { return tl == nil || len(tl.Tracks) == 0 }

// ID returns the id the timeline gave an element of the scene that has
// none of its own (a traced line, the text of a counted label), by which
// its tracks target it; "" for every other element. The renderer writes
// this id on the element.
func (tl *Timeline) ID(it scene.Item) string {
	if tl == nil {
		return ""
	}
	return tl.names[it]
}

// Still returns the timeline of the complete still picture: no tracks, no
// captions and no overlays, but the same names for the elements it names,
// so that the still picture carries the same ids as the animated one.
func (tl *Timeline) Still() *Timeline {
	if tl == nil {
		return nil
	}
	return &Timeline{names: tl.names}
}
