// Package site builds the static study site of the curriculum: one index page
// with a tile per diagram in curriculum order, and a viewer that opens a
// diagram full-size with its animation controls.
//
// Build reads the authored .diag files of a curriculum folder, compiles each
// one twice through the compiler the caller passes in (an animated SVG for the
// viewer, a static final frame for the thumbnail), and writes the site into a
// temporary folder that replaces the output folder only when every step
// worked.
//
// The page uses no framework and makes no request outside its own folder: it
// works from file:// and from any static host. Each diagram's markup ships in
// a small script file d/ID.js, loaded on demand, because file:// pages cannot
// fetch files. The package owns the page's HTML, CSS and JavaScript in the
// assets folder; it knows nothing about how a diagram is compiled.
package site
