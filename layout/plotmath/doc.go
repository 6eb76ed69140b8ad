// Package plotmath holds the numeric work behind plot panels, as pure
// functions with no dependence on the rest of the pipeline:
//
//   - axis ticks: NiceTicks and NiceStep (1-2-5 × 10^k steps), LogTicks, and
//     FormatTick for their labels;
//   - SampleCurve, adaptive sampling of y = f(x) into screen-space
//     polylines, cut at poles and where f is undefined;
//   - Contour, marching squares for the level lines of z = f(x, y);
//   - clipping: ClipPolyline (Liang–Barsky), ClipPolygon (Sutherland–
//     Hodgman) and ClipHalfPlane, for shaded regions and half-planes;
//   - seeded data: Rand (splitmix64), Blobs, Normal, Uniform and Linspace.
//
// Point and Rect have the same fields as scene.Point and scene.Rect, so
// values convert with a plain type conversion. Everything is deterministic:
// the same arguments give the same result on every run and Go version.
package plotmath

// Point is a position, in data or screen units depending on the function.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle: the corner with the smallest
// coordinates, a width and a height. It holds the points with
// X ≤ x ≤ X+W and Y ≤ y ≤ Y+H.
type Rect struct{ X, Y, W, H float64 }
