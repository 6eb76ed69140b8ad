// Package svg writes a laid-out scene and its animation timeline as one
// self-contained SVG document: colours from the theme's semantic tones as
// CSS classes (both palettes for the auto theme, switched by
// prefers-color-scheme), a subset of the font embedded, and the animation
// as CSS keyframes in the document's single <style>. It reads the scene
// package's types and the animate package's timeline; it knows nothing of
// the layout.
//
// Every element is written through svgo (github.com/ajstarks/svgo/float):
// the document, its title and description, the style sheet, groups, clip
// paths, rectangles, ellipses, circles and paths. Text lines are the
// exception: svgo writes a <text>'s x and y before its other attributes,
// where the renderer writes the id and classes first, and leaves a space
// before the '>' of a <tspan>; writing them through svgo would change the
// bytes of every picture. The renderer writes <text> and <tspan> itself
// (textItem), with attributes and content made by the same functions as
// everything else.
//
// Every string that comes from the input reaches the output through one
// escaping chokepoint (esc.go): svgo writes attribute strings raw, so it is
// only ever given values built there. Numbers are rounded to two decimals
// with negative zero cleared. The output holds no script, no event
// attribute, no external reference, no time stamp and no version.
package svg
