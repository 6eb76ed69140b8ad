package diagram

import "fmt"

// MaxCallouts caps the callouts of one diagram.
const MaxCallouts = 50

// CalloutSide is the margin of the picture a callout's card is put in.
type CalloutSide int

// The sides. CalloutRight is the default.
const (
	CalloutRight CalloutSide = iota
	CalloutLeft
)

// calloutSideConsts names the constants of CalloutSide in order (see
// checkEnum).
var calloutSideConsts = []string{"CalloutRight", "CalloutLeft"}

func (CalloutSide) consts() []string { return calloutSideConsts }

var calloutSideNames = [...]string{"right", "left"}

// String returns the side's name as written in the language.
func (s CalloutSide) String() string {
	if s >= 0 && int(s) < len(calloutSideNames) {
		return calloutSideNames[s]
	}
	return "right"
}

// CalloutSideNames lists the names of the sides.
func CalloutSideNames() []string { return append([]string(nil), calloutSideNames[:]...) }

// ParseCalloutSide returns the side with the given name.
func ParseCalloutSide(s string) (CalloutSide, bool) {
	for i, n := range calloutSideNames {
		if n == s {
			return CalloutSide(i), true
		}
	}
	return CalloutRight, false
}

// Callout is a short text in a card in the margin beside the panels, with
// a leader line to the element it is about: callout "text" at ELEMENT. The
// element is any drawn element with an id (a node, an edge, a group, a
// message, a segment, a cell, a note line) in any panel.
type Callout struct {
	// ID names the callout for the animation; empty shows it from the
	// first frame.
	ID   string
	Text string
	// At is the id of the element the leader points at (an edge's id,
	// from->to, for an edge).
	At   string
	Side CalloutSide
	Tone Tone
	Pos  Pos
}

// Position returns where the callout was declared.
func (c *Callout) Position() Pos { return c.Pos }

func (*Callout) walk(func(Element) bool) {}

func (c *Callout) eachString(f func(string)) {
	f(c.ID)
	f(c.Text)
	f(c.At)
}

// check checks a callout; the element it points at is looked up once every
// id is known.
func (c *Callout) check(v *validator) {
	if c.ID != "" {
		v.declare(c.ID, "callout", c)
	}
	checkEnum(v, c, "side", c.Side)
	v.tone(c, c.Tone)
	v.need(c, c.Text, "give the callout its text: callout \"text\" at ELEMENT", "callout has no text")
	if c.At == "" {
		v.errorf(c, "name the element the callout points at: callout \"text\" at ELEMENT", "callout points at nothing")
		return
	}
	p := v.pathOf(c)
	at := c.At
	v.later = append(v.later, func() {
		if _, ok := v.ids[at]; !ok {
			v.report(c, p, suggestion(at, func() []string { return v.order }), "name an element declared in the diagram", "no element %q for the callout", at)
		}
	})
}

// checkCallouts checks the callouts of the diagram d.
func checkCallouts(v *validator, d *Diagram) {
	if len(d.Callouts) > MaxCallouts {
		v.errorf(d, fmt.Sprintf("a diagram has at most %d callouts", MaxCallouts), "%d callouts", len(d.Callouts))
		return
	}
	for i, c := range d.Callouts {
		switch {
		case c == nil:
			v.nilEntry(d, "Callouts", i)
		case v.in(c, step{kind: "callout", id: c.ID, index: i + 1}, "callout"):
			c.check(v)
			v.out(c)
		}
	}
}
