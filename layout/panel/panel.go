// Package panel is the interface between the layout core and the panel
// kinds. The core places panels (in rows, columns and grids, on cards with
// their titles) and frames the sheet; each kind measures and draws the
// panels of one model type, such as *diagram.Graph, in a package of its
// own under layout/. A kind is a value of the interface Kind, usually made
// by For from a function; the core lists the kinds it knows, one line
// each (layout/kinds.go).
//
// A kind returns a Block: the size its panel needs and a function that
// draws it once the core has chosen where. It reports problems through the
// Env, which also carries the limits shared by every panel of the diagram
// and collects the data frames of plots for the animation.
package panel

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Kind lays out the panels of one model type.
type Kind interface {
	// Accepts reports whether p is of the kind's model type.
	Accepts(p diagram.Panel) bool
	// Layout measures a panel the kind accepts and returns its block.
	// Problems are reported through env; a panel that cannot be laid out
	// returns the zero Block.
	Layout(env *Env, p diagram.Panel) Block
}

// For makes the Kind of the panels of model type P from the function that
// lays one out.
func For[P diagram.Panel](layout func(env *Env, p P) Block) Kind {
	return kindFunc[P](layout)
}

type kindFunc[P diagram.Panel] func(env *Env, p P) Block

// Accepts reports whether p is a P.
func (kindFunc[P]) Accepts(p diagram.Panel) bool {
	_, ok := p.(P)
	return ok
}

// Layout lays out p, which must be a P.
func (f kindFunc[P]) Layout(env *Env, p diagram.Panel) Block {
	return f(env, p.(P))
}

// Block is a measured piece of the picture: the size it needs, and a
// function that draws it once its top-left corner is known.
type Block struct {
	W, H float64
	// Place returns the block's items with its top-left corner at (x, y),
	// in absolute coordinates. It may be nil for a block that draws
	// nothing.
	Place func(x, y float64) []scene.Item
	// Resize, when set, returns the same content laid out for a cell of
	// w × h, so that panels side by side in a row or grid line up. The
	// result may be smaller than the cell where the content cannot use
	// the room (a panel keeps the height its content needs); it is then
	// placed at the cell's top left. A block without it keeps its size.
	Resize func(w, h float64) Block
	// OwnCard says that the block draws its own card (a tip's tinted box,
	// say): the core then draws no card or title around it and keeps the
	// panel's id on a group of its items.
	OwnCard bool
	// Fills says that the block may grow past what its content needs to
	// fill its cell: a note, whose text wraps to the width it is given and
	// whose card may run taller than its text. A row or column gives the
	// room its other panels cannot use to such blocks first.
	Fills bool
}

// Env is what the layout of one diagram shares between its panels: the
// errors found so far, the limits of the whole diagram and what the
// panels laid out so far have used of them, and the data frames of the
// plots placed so far.
type Env struct {
	// Limits are the caps of the whole diagram, every field set.
	Limits Limits
	// Used counts what the panels have used of the limits so far.
	Used Usage
	// Consts are the diagram's named constants, which every formula may
	// use (expr.Options.Consts).
	Consts map[string]float64
	// Params are the values of the parameters that the animation sweeps,
	// by name; the marks that use one are drawn again at each value.
	Params map[string][]float64
	// Sets are the points marks with listed points, by id, that
	// count(SET, ...) in a formula counts (expr.Options.Sets).
	Sets map[string][]diagram.XY

	errs   diagram.ErrorList
	plots  []scene.PlotFrame
	sweeps []scene.Sweep
}

// NewEnv returns the environment of the layout of one diagram within the
// limits lim, whose fields must all be set.
func NewEnv(lim Limits) *Env { return &Env{Limits: lim} }

// Errorf reports a problem at pos, with a hint on how to fix it.
func (e *Env) Errorf(pos diagram.Pos, hint, format string, args ...any) {
	e.errs.Add(pos, fmt.Sprintf(format, args...), hint)
}

// Report adds an error found by another package, such as the expression
// parser, as it is.
func (e *Env) Report(err *diagram.Error) { e.errs = append(e.errs, err) }

// Errors returns the errors reported so far, sorted by position.
func (e *Env) Errors() diagram.ErrorList {
	e.errs.Sort()
	return e.errs
}

// AddPlot records where a plot's data coordinates land on the screen, so
// that the animation can move marks to data points. Plots call it as they
// are placed, in drawing order.
func (e *Env) AddPlot(f scene.PlotFrame) { e.plots = append(e.plots, f) }

// Plots returns the data frames of the plots placed so far.
func (e *Env) Plots() []scene.PlotFrame { return e.plots }

// AddSweep records the drawings of a mark at the values of a parameter,
// so that the animation can step through them. Plots call it as they are
// placed.
func (e *Env) AddSweep(s scene.Sweep) { e.sweeps = append(e.sweeps, s) }

// Sweeps returns the sweeps recorded so far, in drawing order.
func (e *Env) Sweeps() []scene.Sweep { return e.sweeps }
