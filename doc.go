// Package diag compiles the diag diagram language to one self-contained SVG.
//
// The pipeline runs one way: dsl parses .diag text into the diagram model,
// layout places every box, text and route, animate turns the script into
// keyframe tracks, and svg writes the picture. Compile runs all of it.
package diag
