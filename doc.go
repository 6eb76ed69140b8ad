// Package diag compiles the diag diagram language to one self-contained SVG.
//
// The pipeline runs one way: dsl parses .diag text into the diagram model,
// layout places every box, text and route, animate turns the script into
// keyframe tracks, and svg writes the picture. Compile runs all of it;
// CompileTo writes the picture to an io.Writer. Render and RenderTo draw a
// model built in Go with the types of package diagram.
//
// Every input is checked before it is drawn: the source within Limits, and
// the model with diagram.Validate, so that a model built in Go gets the
// errors that text gets. Errors about the input are an ErrorList of
// positioned errors; FormatError prints them with the source line, a caret
// and a hint. A model built in Go without positions has its elements named
// by their path instead ("graph g: edge 2 (a -> zz)").
//
// Options choose a still picture (Static, or a Frame of the animation),
// leave the font out for pages that share one (NoFont, and FontCSS for the
// page), and give the sheet catalog that "sheet ID" statements take their
// header from (Sheets). The engine knows no catalog of its own: the diag
// command passes the curriculum's.
package diag
