package animate

import (
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Prop is the property a track animates.
type Prop int

// The animated properties: only these three, which browsers animate
// cheaply and which work inside <img>.
const (
	Opacity Prop = iota
	Transform
	DashOffset
)

// Key is one keyframe: at time T (seconds from the start of the period) the
// property has value V. Ease is the timing function of the interval that
// starts at this key.
type Key struct {
	T    float64
	V    Value
	Ease diagram.Easing
}

// Value is a property value. For Opacity only Opacity is used; for Transform
// the translation (DX, DY) and Scale (0 means 1) around the element's centre;
// for DashOffset only Offset.
type Value struct {
	Opacity float64
	DX, DY  float64
	Scale   float64
	Offset  float64
}

// Track is the keyframes of one property of one element. Keys are sorted by
// time, the first at 0 and the last at the period's end.
type Track struct {
	Target string
	Prop   Prop
	Keys   []Key
	// Origin is the transform origin (the element's centre), for Transform.
	Origin scene.Point
	// DashLen is the drawn length of the path, for DashOffset tracks: the
	// renderer sets stroke-dasharray to it.
	DashLen float64
}

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
