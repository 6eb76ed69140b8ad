// Package layout turns a diagram model into a scene.Scene: every box, text,
// route, axis and tick in absolute coordinates (CSS px, y down).
//
// The package itself is the core. It places panels in rows, columns and
// grids and frames each on a card with its title (compose.go); it draws
// the sheet frame, that is the header, the legend, the questions, the
// captions and the footer (layout.go, frame.go), and the reading path's
// badges and progress dots (badges.go, progress.go); and it holds the
// limits of a layout (limits.go).
//
// Each panel kind lives in a package of its own under layout/: graph (with
// the layered engine in layout/graph/layered), plot, matrix, note, tree,
// sequence, timeline and stack. They sit behind the one interface of
// layout/panel, and the core lists them in kinds.go. The core and the kinds
// share text measurement (layout/text), what several kinds draw alike
// (layout/draw) and plot arithmetic (layout/plotmath). The quality checks
// that measure a finished scene are in layout/quality, for tests and the
// benchmark only.
//
// # Adding a panel kind
//
// A new kind of panel, say a bar chart, touches these files:
//
//   - diagram/bars.go: the model type, a struct that embeds
//     diagram.PanelHead, with its parts and the methods by which the
//     model walks, lists and validates them (see "Adding a panel kind" in
//     package diagram); one line in diagram/inspect_test.go (kinds), which
//     the test asks for; and its checks in the list of Validate's doc
//     comment (diagram/validate.go).
//   - dsl/bars.go: the grammar struct with its help and compile methods;
//     one line in the list of panel statements (panelKinds, dsl/ast.go);
//     and dsl/walk.go, written again by
//     UPDATE_GOLDEN=1 go test -run TestWalkCode ./dsl.
//   - layout/bars/bars.go: the layout, a package with
//     func Layout(env *panel.Env, p *diagram.Bars) panel.Block, which
//     measures the panel and returns the function that draws it.
//   - layout/kinds.go: one line, panel.For(bars.Layout), and its import.
//   - examples/bars.diag and its golden picture examples/bars.svg.
//
// Nothing else changes: the core frames the new panel and composes it with
// the others, the reading path and the animation find its elements by id,
// the renderer draws the scene, and the import rules (imports_test.go)
// hold any new package under layout to the rule of the panel kinds.
//
// The layout does not draw: the Scene it returns is backend-neutral.
package layout
