package icon

import (
	"slices"
	"sync"
)

// StrokeWidth is the stroke width of every stroked part at size 24.
// Scale it by size/24 when an icon is drawn at another size.
const StrokeWidth = 2

// gridSize is the side of the square on which icons are designed.
const gridSize = 24

// Op is one drawing operation with absolute coordinates.
//
// Cmd is one of:
//
//	'M' x y               move to a point, starting a subpath
//	'L' x y               straight line to a point
//	'C' x1 y1 x2 y2 x y   cubic Bézier curve to (x, y)
//	'Z'                   close the subpath (no arguments)
type Op struct {
	Cmd  byte
	Args []float64
}

// Part is one path of an icon. Stroked parts are drawn with StrokeWidth,
// round caps and round joins and no fill; filled parts (small solid dots)
// are filled and not stroked.
type Part struct {
	Ops  []Op
	Fill bool
}

// Icon is a named vector icon on the 24×24 grid.
type Icon struct {
	Name  string
	Parts []Part
}

// Lookup returns the built-in icon with the given name. The icon is shared:
// callers must not modify it (Scaled returns fresh parts).
func Lookup(name string) (*Icon, bool) {
	load()
	ic, ok := loaded.byName[name]
	return ic, ok
}

// Names returns the names of all built-in icons in sorted order.
func Names() []string {
	load()
	return slices.Clone(loaded.names)
}

// Scaled returns the icon's parts placed in the square with top-left corner
// (x, y) and side size: grid point (0, 0) maps to (x, y) and (24, 24) to
// (x+size, y+size). Stroked parts should be drawn with a stroke width of
// StrokeWidth*size/24.
func (ic *Icon) Scaled(x, y, size float64) []Part {
	k := size / gridSize
	parts := make([]Part, len(ic.Parts))
	for i, p := range ic.Parts {
		ops := make([]Op, len(p.Ops))
		for j, op := range p.Ops {
			var args []float64 // nil for 'Z', as parsed
			if len(op.Args) > 0 {
				args = make([]float64, len(op.Args))
			}
			for a := 0; a+1 < len(op.Args); a += 2 {
				args[a] = x + op.Args[a]*k
				args[a+1] = y + op.Args[a+1]*k
			}
			ops[j] = Op{Cmd: op.Cmd, Args: args}
		}
		parts[i] = Part{Ops: ops, Fill: p.Fill}
	}
	return parts
}

// library holds the parsed built-in icons.
type library struct {
	byName map[string]*Icon
	names  []string
	errs   []error // problems in the built-in data; a test requires none
}

var (
	loadOnce sync.Once
	loaded   library
)

// load parses the built-in icon sources once. An icon whose source does not
// parse is left out and its error recorded in loaded.errs.
func load() {
	loadOnce.Do(func() { loaded = build(sources) })
}

// build parses srcs into a library.
func build(srcs []source) library {
	lib := library{byName: make(map[string]*Icon, len(srcs))}
	for _, src := range srcs {
		ic, err := src.parse()
		if err != nil {
			lib.errs = append(lib.errs, err)
			continue
		}
		if _, dup := lib.byName[ic.Name]; dup {
			lib.errs = append(lib.errs, &sourceError{name: ic.Name, msg: "defined twice"})
			continue
		}
		lib.byName[ic.Name] = ic
		lib.names = append(lib.names, ic.Name)
	}
	slices.Sort(lib.names)
	return lib
}
