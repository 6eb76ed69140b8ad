package diag

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/layout"
	"github.com/aiprep/diag/scene"
	"github.com/aiprep/diag/svg"
)

// Options tune a compile. The zero value is the default.
type Options struct {
	// Static drops the animation and draws a still picture: the one at
	// Frame, or the complete final picture when Frame is zero.
	Static bool
	// Frame, when above zero, draws the still picture at that moment of
	// the animation, with or without Static. A diagram without animation
	// has one picture at every moment.
	Frame time.Duration
	// NoFont leaves the font out of the SVG (for pages that load one shared
	// font file themselves).
	NoFont bool
	// Prefix is put before every id, class and keyframe name in the SVG so
	// that several SVGs inlined in one page never collide; derived from the
	// file name when empty. It is made a valid CSS identifier: "2024-hello"
	// becomes "_2024-hello".
	Prefix string
	// Limits caps the size of the input; the zero value takes the
	// defaults.
	Limits Limits
	// Sheets gives the frames of the sheets that "sheet ID" statements
	// name (see SheetCatalog). Without a catalog such a statement is an
	// error.
	Sheets SheetCatalog
}

// Compile turns .diag source into SVG bytes. name is used in error positions
// and to derive the id prefix. The source is checked within opts.Limits and
// its model with diagram.Validate before it is drawn. Errors about the
// source are an ErrorList whose entries carry file:line:col positions;
// FormatError prints them with the source line and a caret.
func Compile(name string, src []byte, opts Options) ([]byte, error) {
	d, err := parseWith(name, src, opts)
	if err != nil {
		return nil, err
	}
	return render(d, name, opts)
}

// Render lays out and draws a diagram built in Go (or by the dsl). name
// derives the id prefix when opts.Prefix is empty. The model is checked
// against opts.Limits first, then with diagram.Validate and for formulas
// the language would refuse (a curve that uses y, a rule or region that is
// not a straight line): the errors are a diagram.ErrorList, at the
// elements' positions or naming them by their path when they have none.
func Render(d *diagram.Diagram, name string, opts Options) ([]byte, error) {
	if d == nil {
		return nil, ErrorList{{Pos: diagram.Pos{File: name}, Msg: "no diagram to draw", Hint: "pass a *diagram.Diagram; an empty one draws an empty picture"}}
	}
	if err := checkLimits(d, opts.Limits, nil); err != nil {
		return nil, err
	}
	if err := checkModel(d); err != nil {
		return nil, inFile(err, name)
	}
	return render(d, name, opts)
}

// CompileTo compiles like Compile and writes the SVG to w in one Write.
// On an error nothing is written.
func CompileTo(w io.Writer, name string, src []byte, opts Options) error {
	out, err := Compile(name, src, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// RenderTo renders like Render and writes the SVG to w in one Write. On
// an error nothing is written.
func RenderTo(w io.Writer, d *diagram.Diagram, name string, opts Options) error {
	out, err := Render(d, name, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// render lays out, animates and draws a diagram within the limits.
func render(d *diagram.Diagram, name string, opts Options) ([]byte, error) {
	scene, err := layout.LayoutWithin(d, opts.Limits.layout())
	if err != nil {
		return nil, err
	}
	tl, err := animate.BuildWithin(d.Script, scene, opts.Limits.animate())
	if err != nil {
		return nil, err
	}
	so := svg.Options{Prefix: opts.Prefix, NoFont: opts.NoFont}
	if so.Prefix == "" {
		so.Prefix = prefixFor(name)
	}
	if opts.Static || opts.Frame > 0 {
		if opts.Frame > 0 && !tl.Empty() {
			// The timeline stays for its overlays; Frame fixes the states.
			so.Frame = tl.At(opts.Frame.Seconds())
		} else {
			tl = tl.Still()
		}
	}
	return svg.Render(scene, tl, so)
}

// Scene compiles the source and returns the laid-out scene, before
// animation and drawing: for tools and tests that inspect geometry. It
// checks the source as Compile does, within opts.Limits and with the
// sheets of opts.Sheets, and returns the same errors; the options of the
// drawing (Static, Frame, NoFont, Prefix) play no part.
func Scene(name string, src []byte, opts Options) (*scene.Scene, error) {
	d, err := parseWith(name, src, opts)
	if err != nil {
		return nil, err
	}
	return layout.LayoutWithin(d, opts.Limits.layout())
}

// LayoutJSON returns the laid-out geometry of a diagram in the neutral
// schema (nodes, edges, groups, labels, texts, marks) as indented JSON. It
// checks the source as Compile does and returns the same errors.
func LayoutJSON(name string, src []byte, opts Options) ([]byte, error) {
	d, err := parseWith(name, src, opts)
	if err != nil {
		return nil, err
	}
	scene, err := layout.LayoutWithin(d, opts.Limits.layout())
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(scene.Geometry(), "", "  ")
}

// parse compiles the source to the model within the limits, with no
// sheet catalog.
func parse(name string, src []byte, lim Limits) (*diagram.Diagram, error) {
	return parseWith(name, src, Options{Limits: lim})
}

// parseWith compiles the source to the model within opts.Limits, fills
// the header of a sheet from opts.Sheets and checks the model.
func parseWith(name string, src []byte, opts Options) (*diagram.Diagram, error) {
	lim := opts.Limits
	if err := checkSource(name, src, lim); err != nil {
		return nil, err
	}
	d, f, err := dsl.CompileWithin(name, src, lim.dsl())
	if err != nil {
		return nil, err
	}
	if err := checkLimits(d, lim, headerPositions(f)); err != nil {
		return nil, err
	}
	if err := applySheet(f, d, opts.Sheets); err != nil {
		return nil, err
	}
	if err := checkModel(d); err != nil {
		return nil, err
	}
	return d, nil
}

// inFile gives the errors of err that have no position the file name,
// so that they read "built.diag: graph g: edge 3 (a -> zz): ...".
func inFile(err error, name string) error {
	if list, ok := diagram.Errors(err); ok {
		for _, e := range list {
			if !e.Pos.IsValid() && e.Pos.File == "" {
				e.Pos.File = name
			}
		}
	}
	return err
}

// prefixFor derives an id prefix from a file name: "bias-variance.diag"
// gives "bias-variance".
func prefixFor(name string) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if base == "" || base == "." || base == "-" || base == "/" {
		return "d"
	}
	return base
}
