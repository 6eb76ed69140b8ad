// Package icon owns the built-in icon set that diagrams draw on graph nodes,
// sequence actors and elsewhere.
//
// Every icon is designed on a 24×24 grid in one line style: a 2 unit stroke
// with round caps and joins, outlines only (small solid dots aside), and a
// 2 unit margin so the stroke stays inside the box. Icons are written in the
// source as compact SVG path strings and parsed on first use into a small
// backend-neutral form: absolute move, line, cubic Bézier and close
// operations that any renderer can draw.
//
// The package is a leaf: it imports nothing else from the project.
package icon
