package diagram

import "fmt"

// MaxConnectors caps the connectors of one diagram: each is routed through
// the gutters between every panel, so the layout's work grows with them.
const MaxConnectors = 200

// Connector is a line from an element of one panel to an element of
// another: connect a -> b ["label"]. The layout routes it in the gutters
// between the panels, never across a panel that holds neither end, and the
// animation names it like an edge (show a -> b, flow a -> b).
type Connector struct {
	// ID is "from->to", or "from->to[n]" for the n-th connector written
	// from the same element to the same element.
	ID     string
	From   string // the id of any drawn element: a node, a note line, a cell, a panel...
	To     string
	Arrow  Arrow
	Label  string
	Tone   Tone
	Dashed bool
	Bold   bool
	Pos    Pos
}

// Position returns where the connector was declared.
func (c *Connector) Position() Pos { return c.Pos }

func (*Connector) walk(func(Element) bool) {}

func (c *Connector) eachString(f func(string)) {
	f(c.ID)
	f(c.From)
	f(c.To)
	f(c.Label)
}

// check checks a connector; its ends are resolved once every id is known.
func (c *Connector) check(v *validator) {
	v.declare(c.ID, "connector", c)
	if c.ID == "" {
		v.errorf(c, "give the connector its id, from->to", "connector has no id")
	}
	checkEnum(v, c, "arrow", c.Arrow)
	v.tone(c, c.Tone)
	if c.From == c.To {
		v.errorf(c, "a connector joins two different elements", "connector from %q to itself", c.From)
	}
	p := v.pathOf(c)
	for _, end := range []string{c.From, c.To} {
		v.later = append(v.later, func() {
			if _, ok := v.ids[end]; !ok {
				v.report(c, p, suggestion(end, func() []string { return v.order }), "name an element declared in the diagram", "no element %q to connect", end)
			}
		})
	}
	v.edge(c.From, c.To, c.Arrow)
}

// checkConnectors checks the connectors of the diagram d.
func checkConnectors(v *validator, d *Diagram) {
	if len(d.Connectors) > MaxConnectors {
		v.errorf(d, fmt.Sprintf("a diagram has at most %d connectors", MaxConnectors), "%d connectors", len(d.Connectors))
		return
	}
	for i, c := range d.Connectors {
		switch {
		case c == nil:
			v.nilEntry(d, "Connectors", i)
		case v.in(c, step{kind: "connector", index: i + 1, from: c.From, to: c.To}, "connector"):
			c.check(v)
			v.out(c)
		}
	}
}
