// Package animate turns a diagram's animation script into a Timeline: for
// every animated element, keyframe tracks of opacity, transform and dash
// offset with absolute times within one shared loop period. It is pure data:
// the svg package compiles a Timeline to CSS, and Timeline.At evaluates any
// moment the way a browser would, for tests and still frames.
//
// Scheduling: steps run in order; the actions of a step share it in equal
// slots, a together block runs its actions in one slot; a delay shifts an
// action within its slot. After the last step every element returns to the
// complete still picture (Settle), which a loop holds for Hold seconds
// before it returns to its first frame (Reset) and starts again.
//
// Each action adds segments to the channel of one property of one element
// (show, hide and dim: opacity; trace: dash offset; move, grow, rotate and
// scale: transform; morph: shape). A
// channel becomes one track: its keys are strictly increasing, since CSS
// merges keyframes that share an offset, and a jump is a keyframe interval
// with steps easing. Effects CSS cannot draw on the element itself (the
// highlight ring, the flow's dot and marching dashes, the numbers of a
// count) are overlay copies in Timeline.Overlays, groups of kind
// scene.KindOverlay that the still picture hides and their opacity tracks
// show.
//
// Motions that end as drawn: rotate and scale (turn.go) put an element in
// the pose that its later rotates and scales undo, so the last one leaves
// it as the scene draws it (Value.Rotate and the shrinks, about the
// track's Origin). A morph (morph.go) animates the outline of an overlay
// copy of a line: a Shape track whose values index Track.Shapes, outlines
// that Resample cut into the same points, which the renderer writes as
// CSS d and Timeline.At interpolates point by point. Where a browser
// cannot animate d, Fallback tracks (Timeline.FallbackAt) stand in for an
// element's other tracks: a crossfade that is whole at every frame.
// Anything that changes a line's shape over time (a morph, a line that
// follows a parameter) is a Shape channel of outlines from Resample, with
// a fallback.
//
// Build reads the laid-out scene and never changes it: the overlays it
// adds and the ids it gives elements that have none (a traced line, the
// text of a counted label) belong to the Timeline, and the renderer draws
// the scene and the timeline together.
//
// It does not draw and knows nothing of SVG.
package animate
