// Package layout turns a diagram model into a scene.Scene: every box, text,
// route, axis and tick in absolute coordinates (CSS px, y down).
//
// It owns text measurement (real font metrics from the font package; no
// character-count guesses), the placement of panels in rows, columns and
// grids, the sheet frame (header, legend, questions, captions), and the
// per-kind panel layouts: the layered graph engine lives in layout/graph/layered,
// plot arithmetic in layout/plotmath, and the quality checks that measure a
// finished scene in layout/quality.
//
// It does not draw: the Scene it returns is backend-neutral.
package layout
