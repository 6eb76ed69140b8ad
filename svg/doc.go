// Package svg writes a laid-out scene and its animation timeline as one
// self-contained SVG document: shapes drawn with svgo, colours from the
// theme's semantic tones as CSS classes (both palettes for the auto theme,
// switched by prefers-color-scheme), a subset of the font embedded, and the
// animation as CSS keyframes in the document's single <style>.
//
// Every string that comes from the input reaches the output through one
// escaping chokepoint (esc.go). Numbers are rounded to two decimals with
// negative zero cleared. The output holds no script, no event attribute, no
// external reference, no time stamp and no version.
package svg
