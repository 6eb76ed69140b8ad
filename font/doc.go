// Package font owns the typefaces that diag draws with: the DejaVu Sans,
// DejaVu Sans Bold and DejaVu Sans Mono TrueType fonts.
//
// It measures strings with the fonts' real advance widths, so that layout
// places every text run exactly where a browser will draw it, and it cuts
// subsets of the same fonts for embedding in an SVG, so that the drawing looks
// the same in any browser with no font installed.
//
// Measurement and subsets agree by construction: Measure adds up the
// horizontal advances of the glyphs with no kerning and no hinting, and Subset
// writes fonts that carry no kerning, layout or hinting tables, so browsers
// neither kern nor hint-adjust the embedded text. Combining marks and
// invisible format characters measure zero, as browsers draw them.
//
// The fonts are under the Bitstream Vera license with public-domain DejaVu
// changes; every subset keeps the original copyright notice in its name
// table and is renamed (to Family's names), as the license asks of modified
// versions.
package font
