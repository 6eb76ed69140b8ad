// Package scene is the laid-out picture: every box, path, circle and text
// line of a diagram in absolute coordinates (CSS px, y down), in drawing
// order, with the ids the animation script names them by. The layout
// package makes a Scene; the animate package reads it and the svg package
// draws it. The scene is backend-neutral: it holds no SVG, and a writer for
// another format would read the same types.
//
// Later stages only read a Scene; none of them changes it.
//
// Geometry reduces a scene to the neutral schema of the geom package, which
// the quality checks measure and diag layout prints.
//
// The package holds only types and small helpers (the outline of a node
// shape, the walk over items). It keeps the model's enumerations of tones
// and shapes (diagram.Tone, diagram.Shape, diagram.Theme) rather than
// copies of them, so it imports diagram and, from the project, nothing
// else.
package scene
