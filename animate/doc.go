// Package animate turns a diagram's animation script into a Timeline: for
// every animated element, keyframe tracks of opacity, transform and dash
// offset with absolute times within one shared loop period. It is pure data:
// the svg package compiles a Timeline to CSS, and Timeline.At evaluates any
// moment the way a browser would, for tests and still frames.
//
// It does not draw and knows nothing of SVG.
package animate
