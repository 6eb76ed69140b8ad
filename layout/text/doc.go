// Package text measures and places the text of a picture with the real
// metrics of the embedded font (font.Measure, font.Metrics): single plain
// lines (Label), and rich text, whose inline markup (bold, strike, code,
// sub- and superscripts; see diagram.ParseMarkup) becomes runs of their
// own face, size and baseline: labels and titles (Lines, Wrapped), note
// lines and cells (MeasureRich, WrapRich, WrapFormula). Wrapping keeps
// what holds together on one line: a number and its unit, an operator and
// its operands, a formula between relation signs. Every run it makes
// carries its absolute x and its measured width, so that no renderer has
// to measure.
//
// The layout core and every panel kind measure text through this package,
// with its type sizes (SizeBody, SizeSmall, ...), so one picture speaks in
// one voice.
package text
