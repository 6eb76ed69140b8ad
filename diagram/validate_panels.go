package diagram

import (
	"fmt"
	"strings"
	"time"

	"github.com/aiprep/diag/icon"
)

// panelKind returns the keyword of a panel's kind.
func panelKind(p Panel) string {
	switch x := p.(type) {
	case *Split:
		switch x.Kind {
		case Column:
			return "column"
		case Grid:
			return "grid"
		}
		return "row"
	case *Graph:
		return "graph"
	case *Plot:
		return "plot"
	case *Matrix:
		return "matrix"
	case *Note:
		return "note"
	case *Tree:
		return "tree"
	case *Sequence:
		return "sequence"
	case *Timeline:
		return "timeline"
	case *Stack:
		return "stack"
	}
	return "panel"
}

// isNil reports whether p is nil or holds a nil pointer.
func isNil(p Panel) bool {
	switch x := p.(type) {
	case nil:
		return true
	case *Split:
		return x == nil
	case *Graph:
		return x == nil
	case *Plot:
		return x == nil
	case *Matrix:
		return x == nil
	case *Note:
		return x == nil
	case *Tree:
		return x == nil
	case *Sequence:
		return x == nil
	case *Timeline:
		return x == nil
	case *Stack:
		return x == nil
	}
	return false
}

// panel checks one panel; index is its place in its split (from 1), or 0
// for the body.
func (v *validator) panel(p Panel, index int) {
	kind := panelKind(p)
	h := p.Head()
	v.push(step{kind: kind, id: h.ID, index: index, panel: true})
	defer v.pop()
	if !v.enter(p, kind) {
		return
	}
	defer v.leave(p)
	v.declare(h.ID, kind, p)
	switch x := p.(type) {
	case *Split:
		v.split(x)
	case *Graph:
		v.graph(x)
	case *Plot:
		v.plot(x)
	case *Matrix:
		v.matrix(x)
	case *Note:
		v.note(x)
	case *Tree:
		v.tree(x)
	case *Sequence:
		v.sequence(x)
	case *Timeline:
		v.timeline(x)
	case *Stack:
		v.stack(x)
	}
}

func (v *validator) split(s *Split) {
	v.enum(s, "split kind", "SplitKind", int(s.Kind))
	if s.Kind == Grid && (s.Cols < 1 || s.Cols > 100) {
		v.errorf(s, "set Cols to a whole number from 1 to 100", "grid column count %d is out of range", s.Cols)
	}
	for i, item := range s.Items {
		if isNil(item) {
			v.nilEntry(s, "Items", i)
			continue
		}
		v.panel(item, i+1)
	}
}

// checkIcon reports an icon name that is not built in.
func (v *validator) checkIcon(e Element, name string) {
	if name == "" {
		return
	}
	if _, ok := icon.Lookup(name); !ok {
		v.report(e, v.path, suggestion(name, icon.Names), "icons are "+strings.Join(icon.Names(), ", "), "unknown icon %q", name)
	}
}

// graph checks a graph: its nodes, groups, edges and rank constraints.
func (v *validator) graph(g *Graph) {
	v.enum(g, "direction", "Direction", int(g.Direction))
	nodes := map[string]bool{}
	var nodeIDs []string
	for i, n := range g.Nodes {
		if n == nil {
			v.nilEntry(g, "Nodes", i)
			continue
		}
		v.push(step{kind: "node", id: n.ID, index: i + 1})
		if v.enter(n, "node") {
			if n.ID == "" {
				v.errorf(n, "give every node an ID: edges, groups and the animation name nodes by id", "node has no id")
			}
			v.declare(n.ID, "node", n)
			nodes[n.ID], nodeIDs = true, append(nodeIDs, n.ID)
			v.enum(n, "shape", "Shape", int(n.Shape))
			v.tone(n, n.Tone)
			v.checkIcon(n, n.Icon)
			v.leave(n)
		}
		v.pop()
	}
	groups := map[string]bool{}
	member := map[string]string{} // node id → the group that holds it
	var walk func(list []*Group, field string)
	walk = func(list []*Group, field string) {
		for i, gr := range list {
			if gr == nil {
				v.nilEntry(g, field, i)
				continue
			}
			v.push(step{kind: "group", id: gr.ID, index: i + 1})
			if v.enter(gr, "group "+gr.ID) {
				if gr.ID == "" {
					v.errorf(gr, "give every group an ID: edges and the animation name groups by id", "group has no id")
				}
				v.declare(gr.ID, "group", gr)
				groups[gr.ID] = true
				v.tone(gr, gr.Tone)
				for _, id := range gr.Nodes {
					switch prev, held := member[id]; {
					case !nodes[id]:
						v.report(gr, v.path, suggestion(id, func() []string { return nodeIDs }),
							"a group lists ids of nodes in its graph's Nodes", "unknown node %q in group", id)
					case held && prev == gr.ID:
						v.errorf(gr, "list each member once", "node %q is listed twice", id)
					case held:
						v.errorf(gr, "a node belongs to one group; nest one group in the other instead", "node %q is in group %q and in group %q", id, prev, gr.ID)
					default:
						member[id] = gr.ID
					}
				}
				walk(gr.Groups, "Groups")
				v.leave(gr)
			}
			v.pop()
		}
	}
	walk(g.Groups, "Groups")
	for i, e := range g.Edges {
		if e == nil {
			v.nilEntry(g, "Edges", i)
			continue
		}
		v.push(step{kind: "edge", index: i + 1, from: e.From, to: e.To})
		if v.enter(e, "edge") {
			v.declare(e.ID, "edge", e)
			v.enum(e, "arrow", "Arrow", int(e.Arrow))
			v.tone(e, e.Tone)
			for _, end := range []string{e.From, e.To} {
				if !nodes[end] && !groups[end] {
					v.unknownEnd(e, end, nodeIDs, "node", "graph", "an edge joins nodes and groups of its own graph")
				}
			}
			v.edges = append(v.edges, flowEdge{e.From, e.To, e.Arrow})
			v.leave(e)
		}
		v.pop()
	}
	for i, set := range g.SameRank {
		if len(set) < 2 {
			v.errorf(g, "a rank constraint lists at least two nodes", "SameRank[%d] has %d node(s)", i, len(set))
		}
		for _, id := range set {
			if !nodes[id] {
				v.report(g, v.path, suggestion(id, func() []string { return nodeIDs }),
					"SameRank lists ids of nodes in the graph's Nodes", "unknown node %q in SameRank[%d]", id, i)
			}
		}
	}
}

// unknownEnd reports a reference to an id that is not of the kind
// expected (one of local) in its container, a kind of panel. It runs once
// every id of the diagram is known, so that an id of another kind, or of
// another panel, gets a message of its own.
func (v *validator) unknownEnd(e Element, id string, local []string, kind, container, hint string) {
	p := v.pathOf(e)
	v.later = append(v.later, func() {
		if id == "" {
			v.report(e, p, nil, hint, "%s id is empty", kind)
			return
		}
		if d, ok := v.ids[id]; ok {
			v.report(e, p, nil, hint, "%q is not %s of this %s but %s", id, article(kind), container, article(d.kind))
			return
		}
		v.report(e, p, suggestion(id, func() []string { return local }), hint, "unknown %s %q", kind, id)
	})
}

// article returns word with "a" or "an" before it.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}

// plot checks a plot: its axes, size and marks.
func (v *validator) plot(p *Plot) {
	v.axis(&p.X, "x")
	v.axis(&p.Y, "y")
	for _, x := range []float64{p.Width, p.Height} {
		if !(x == 0 || x >= 80 && x <= 2000) {
			v.errorf(p, "Width and Height are px from 80 to 2000, or 0 for the default", "plot size %g × %g is out of range", p.Width, p.Height)
			break
		}
	}
	v.enum(p, "legend place", "LegendPlace", int(p.Legend))
	lines := map[string]PlotMark{} // marks by id
	var lineIDs []string
	for _, m := range p.Marks {
		if isNilMark(m) {
			continue
		}
		if id := m.Mark().ID; id != "" && lines[id] == nil {
			lines[id] = m
			switch m.(type) {
			case *Curve, *PlotPath:
				lineIDs = append(lineIDs, id)
			}
		}
	}
	for i, m := range p.Marks {
		if isNilMark(m) {
			v.nilEntry(p, "Marks", i)
			continue
		}
		kind := markKind(m)
		h := m.Mark()
		v.push(step{kind: kind, id: h.ID, index: i + 1})
		if v.enter(m, kind) {
			v.declare(h.ID, kind, m)
			v.tone(m, h.Tone)
			v.mark(m, lines, lineIDs)
			v.leave(m)
		}
		v.pop()
	}
}

// axis checks one axis of a plot.
func (v *validator) axis(a *Axis, name string) {
	v.push(step{kind: name + " axis"})
	defer v.pop()
	if !v.finite(a, name+" range", a.Lo, a.Hi) {
		return
	}
	switch {
	case a.Lo > a.Hi:
		v.errorf(a, fmt.Sprintf("write the smaller value first, like %s %g .. %g; equal ends let the range follow the data", name, a.Hi, a.Lo),
			"%s range %g .. %g is empty", name, a.Lo, a.Hi)
	case a.Log && a.Lo != a.Hi && a.Lo <= 0:
		v.errorf(a, "a log scale needs a range above 0, like "+name+" 0.01 .. 100", "%s log scale starts at %g", name, a.Lo)
	}
}

func isNilMark(m PlotMark) bool {
	switch x := m.(type) {
	case nil:
		return true
	case *Curve:
		return x == nil
	case *Scatter:
		return x == nil
	case *PlotPath:
		return x == nil
	case *PlotArea:
		return x == nil
	case *Region:
		return x == nil
	case *Contour:
		return x == nil
	case *Rule:
		return x == nil
	case *PlotLabel:
		return x == nil
	}
	return false
}

// markKind returns the keyword of a mark's statement.
func markKind(m PlotMark) string {
	switch m.(type) {
	case *Curve:
		return "curve"
	case *Scatter:
		return "points"
	case *PlotPath:
		return "path"
	case *PlotArea:
		return "area"
	case *Region:
		return "region"
	case *Contour:
		return "contour"
	case *Rule:
		return "rule"
	case *PlotLabel:
		return "label"
	}
	return "mark"
}

// mark checks one plot mark; lines holds the plot's marks by id.
func (v *validator) mark(m PlotMark, lines map[string]PlotMark, lineIDs []string) {
	const formulaHint = "write a formula in x and y, like x^2 + 1"
	point := func(what string, q XY) { v.finite(m, what, q.X, q.Y) }
	switch x := m.(type) {
	case *Curve:
		v.need(x, x.Y.Text, formulaHint, "curve has no formula")
		if v.finite(x, "curve range", x.From, x.To) && x.From > x.To {
			v.errorf(x, "write the smaller value first; equal ends draw the curve over the whole axis", "curve range from %g to %g is empty", x.From, x.To)
		}
	case *Scatter:
		v.scatter(x)
	case *PlotPath:
		if len(x.Points) < 2 {
			v.errorf(x, "give a path at least two points", "path has %d point(s)", len(x.Points))
		}
		for _, q := range x.Points {
			point("point", q)
		}
		v.enum(x, "marker", "Marker", int(x.Marker))
		v.declareParts(x.ID, x.Parts(), x)
	case *PlotArea:
		for _, ref := range []struct{ field, id string }{{"Upper", x.Upper}, {"Lower", x.Lower}} {
			if ref.id == "" && ref.field == "Lower" {
				continue
			}
			switch target := lines[ref.id]; target.(type) {
			case *Curve, *PlotPath:
			case nil:
				v.report(x, v.path, suggestion(ref.id, func() []string { return lineIDs }),
					"an area lies under a curve or path of its plot, named by its id", "unknown curve or path %q in %s", ref.id, ref.field)
			default:
				v.errorf(x, "an area lies under a curve or a path", "%q is %s, not a curve or path", ref.id, article(markKind(target)))
			}
		}
	case *Region:
		v.need(x, x.Lhs.Text, formulaHint, "region has no left-hand side")
		v.need(x, x.Rhs.Text, formulaHint, "region has no right-hand side")
	case *Contour:
		v.need(x, x.Z.Text, formulaHint, "contour has no formula")
		v.finite(x, "contour level", x.Levels...)
	case *Rule:
		if x.Vertical {
			v.finite(x, "rule x", x.X)
		} else {
			v.need(x, x.Y.Text, "write y = a constant or a linear formula in x, like y = x", "rule has no formula")
		}
	case *PlotLabel:
		v.need(x, x.Label, "give the label its text in Label", "label has no text")
		point("label point", x.At)
		if x.Arrow {
			point("label arrow end", x.To)
		}
	}
}

// scatter checks the source of a scatter's points.
func (v *validator) scatter(s *Scatter) {
	sources := 0
	if len(s.Points) > 0 {
		sources++
	}
	if s.Blobs != nil {
		sources++
	}
	if s.Sampled != nil {
		sources++
	}
	switch {
	case sources == 0:
		v.errorf(s, "set Points, Blobs or Sampled", "points have no data")
	case sources > 1:
		v.errorf(s, "set one of Points, Blobs and Sampled", "points have %d sources of data", sources)
	}
	for _, q := range s.Points {
		v.finite(s, "point", q.X, q.Y)
	}
	v.enum(s, "marker", "Marker", int(s.Marker))
	whole := func(what string, n, lo, hi int) bool {
		if n < lo || n > hi {
			v.errorf(s, fmt.Sprintf("use a whole number from %d to %d", lo, hi), "%s %d is out of range", what, n)
			return false
		}
		return true
	}
	kOK := false
	if b := s.Blobs; b != nil {
		kOK = whole("blobs K", b.K, 1, 8)
		whole("blobs N", b.N, 1, 2000)
		if v.finite(s, "blobs spread", b.Spread) && (b.Spread < 0 || b.Spread > 1) {
			v.errorf(s, "spread is a fraction of the range, above 0 and at most 1 (0 for the default)", "blobs spread %g is out of range", b.Spread)
		}
	}
	if sm := s.Sampled; sm != nil {
		whole("sampled N", sm.N, 1, 2000)
		v.need(s, sm.Y.Text, "write a formula in x, like x^2 + 1", "sampled points have no formula")
	}
	switch {
	case len(s.Classes) > 0 && s.Blobs == nil:
		v.errorf(s, "name the points with Label; Classes names the classes of blobs", "points of one class have %d class names", len(s.Classes))
	case len(s.Classes) > 0 && kOK && len(s.Classes) != s.Blobs.K:
		v.errorf(s, "give one name per class, or none and a Label", "%d class names for %d classes", len(s.Classes), s.Blobs.K)
	}
	if s.Centers && s.Blobs == nil {
		v.errorf(s, "only blobs have centres", "Centers needs Blobs")
	}
	if s.Blobs == nil || kOK {
		v.declareParts(s.ID, s.Parts(), s)
	}
}

// matrix checks a matrix: its shape, cells, heat scale and outlines.
func (v *validator) matrix(m *Matrix) {
	for i, h := range m.Cols {
		v.markup(m, fmt.Sprintf("column header %d", i+1), h)
	}
	if len(m.Rows) == 0 {
		v.errorf(m, "add rows with their cells", "matrix has no rows")
	}
	width := len(m.Cols)
	numeric := false
	for i, r := range m.Rows {
		if r == nil {
			v.nilEntry(m, "Rows", i)
			continue
		}
		v.push(step{kind: "row", id: r.ID, index: i + 1})
		if v.enter(r, "row") {
			v.declare(r.ID, "row", r)
			v.markup(r, "row header", r.Header)
			if len(r.Cells) == 0 {
				v.errorf(r, "give every row its cells; \"\" is an empty cell", "row has no cells")
			}
			if width == 0 {
				width = len(r.Cells)
			}
			if len(r.Cells) != width && len(r.Cells) > 0 {
				v.errorf(r, "give every row one cell per column; \"\" is an empty cell", "row has %d cells, but the matrix has %d columns", len(r.Cells), width)
			}
			for j, c := range r.Cells {
				if c == nil {
					v.nilEntry(r, "Cells", j)
					continue
				}
				v.push(step{kind: "cell", id: c.ID, index: j + 1})
				if v.enter(c, "cell") {
					v.declare(c.ID, "cell", c)
					v.tone(c, c.Tone)
					if c.Numeric {
						numeric = true
						v.finite(c, "cell value", c.Value)
					}
					v.markup(c, "cell text", c.Text)
					v.markup(c, "cell detail", c.Detail)
					v.leave(c)
				}
				v.pop()
			}
			v.leave(r)
		}
		v.pop()
	}
	if hs := m.Heat; hs != nil {
		v.push(step{kind: "heat scale"})
		if v.finite(m, "heat range", hs.Lo, hs.Hi) && hs.Lo >= hs.Hi {
			v.errorf(m, "write the smaller value first, like 0 .. 1", "heat range %g .. %g is empty", hs.Lo, hs.Hi)
		}
		v.enum(m, "scale kind", "ScaleKind", int(hs.Kind))
		if !numeric && len(m.Rows) > 0 {
			v.errorf(m, "a heat scale colours numeric cells; set their Value and Numeric", "heat matrix has no numeric cells")
		}
		v.pop()
	}
	for i, o := range m.Outlines {
		if o == nil {
			v.nilEntry(m, "Outlines", i)
			continue
		}
		v.push(step{kind: "outline", id: o.ID, index: i + 1})
		if v.enter(o, "outline") {
			v.declare(o.ID, "outline", o)
			v.tone(o, o.Tone)
			if len(o.Blocks) == 0 {
				v.errorf(o, "give the outline the blocks of cells it frames", "outline has no cells")
			}
			for _, b := range o.Blocks {
				if b.Row0 < 0 || b.Col0 < 0 || b.Row0 > b.Row1 || b.Col0 > b.Col1 || b.Row1 >= len(m.Rows) || b.Col1 >= width {
					v.errorf(o, fmt.Sprintf("rows count from 0 to %d and columns from 0 to %d, the first before the last", len(m.Rows)-1, width-1),
						"cell block rows %d..%d, columns %d..%d is outside the matrix", b.Row0, b.Row1, b.Col0, b.Col1)
				}
			}
			v.leave(o)
		}
		v.pop()
	}
}

// note checks a note panel.
func (v *validator) note(n *Note) {
	v.enum(n, "note style", "NoteStyle", int(n.Style))
	v.tone(n, n.Tone)
	v.checkIcon(n, n.Icon)
	if n.Style == PlainNote && n.Icon != "" {
		v.errorf(n, "an icon shows on a tip or pitfall callout", "a plain note has no icon")
	}
	if !(n.Width == 0 || n.Width >= 160 && n.Width <= 1600) {
		v.errorf(n, "Width is px from 160 to 1600, or 0 for the default", "note width %g is out of range", n.Width)
	}
	if len(n.Lines) == 0 {
		v.errorf(n, "add the note's lines", "note has no lines")
	}
	for i, l := range n.Lines {
		if l == nil {
			v.nilEntry(n, "Lines", i)
			continue
		}
		v.push(step{kind: "line", id: l.ID, index: i + 1})
		if v.enter(l, "line") {
			v.declare(l.ID, "note line", l)
			v.enum(l, "line kind", "LineKind", int(l.Kind))
			v.markup(l, "line", l.Text)
			v.leave(l)
		}
		v.pop()
	}
}

// tree checks a tree and the edges to its nodes.
func (v *validator) tree(t *Tree) {
	v.enum(t, "direction", "Direction", int(t.Direction))
	if len(t.Roots) == 0 {
		v.errorf(t, "add the tree's nodes to Roots", "tree has no nodes")
	}
	var walk func(list []*TreeNode, parent *TreeNode, field string)
	walk = func(list []*TreeNode, parent *TreeNode, field string) {
		for i, n := range list {
			if n == nil {
				var owner Element = t
				if parent != nil {
					owner = parent
				}
				v.nilEntry(owner, field, i)
				continue
			}
			v.push(step{kind: "node", id: n.ID, index: i + 1})
			if v.enter(n, "node "+n.ID) {
				if n.ID == "" && n.Label == "" {
					v.errorf(n, "give the node an ID, a Label or both", "tree node has neither id nor label")
				}
				if parent == nil && n.Branch != "" {
					v.errorf(n, "a branch label goes on a child", "a root has no branch to label")
				}
				v.declare(n.ID, "tree node", n)
				v.tone(n, n.Tone)
				if id := n.EdgeID(parent); id != "" {
					v.declare(id, "edge", n)
					v.edges = append(v.edges, flowEdge{parent.ID, n.ID, Forward})
				}
				walk(n.Children, n, "Children")
				v.leave(n)
			}
			v.pop()
		}
	}
	walk(t.Roots, nil, "Roots")
}

// sequence checks a sequence diagram.
func (v *validator) sequence(s *Sequence) {
	if len(s.Actors) == 0 {
		v.errorf(s, "add the actors, then messages between them", "sequence has no actors")
	}
	actors := map[string]bool{}
	var actorIDs []string
	for i, a := range s.Actors {
		if a == nil {
			v.nilEntry(s, "Actors", i)
			continue
		}
		v.push(step{kind: "actor", id: a.ID, index: i + 1})
		if v.enter(a, "actor") {
			if a.ID == "" {
				v.errorf(a, "give every actor an ID: messages name actors by id", "actor has no id")
			}
			v.declare(a.ID, "actor", a)
			actors[a.ID], actorIDs = true, append(actorIDs, a.ID)
			v.tone(a, a.Tone)
			v.checkIcon(a, a.Icon)
			v.leave(a)
		}
		v.pop()
	}
	actor := func(e Element, id string) {
		if !actors[id] {
			v.unknownEnd(e, id, actorIDs, "actor", "sequence", "a message or note names actors of its own sequence")
		}
	}
	var items func(owner Element, field string, list []SeqItem)
	items = func(owner Element, field string, list []SeqItem) {
		for i, it := range list {
			switch x := it.(type) {
			case *Message:
				if x == nil {
					break
				}
				v.push(step{kind: "message", id: x.ID, index: i + 1, from: x.From, to: x.To})
				if v.enter(x, "message "+x.ID) {
					v.declare(x.ID, "message", x)
					v.enum(x, "message kind", "MessageKind", int(x.Kind))
					v.tone(x, x.Tone)
					actor(x, x.From)
					actor(x, x.To)
					items(x, "Body", x.Body)
					v.leave(x)
				}
				v.pop()
				continue
			case *SeqNote:
				if x == nil {
					break
				}
				v.push(step{kind: "note", id: x.ID, index: i + 1})
				if v.enter(x, "note") {
					v.declare(x.ID, "note", x)
					v.tone(x, x.Tone)
					if len(x.Over) == 0 {
						v.errorf(x, "list the actors the note stands over in Over", "note stands over no actor")
					}
					for _, id := range x.Over {
						actor(x, id)
					}
					v.need(x, x.Text, "give the note its text", "note has no text")
					v.leave(x)
				}
				v.pop()
				continue
			case *Frame:
				if x == nil {
					break
				}
				kind := "frame"
				if x.Kind >= 0 && int(x.Kind) < len(frameKindNames) {
					kind = frameKindNames[x.Kind]
				}
				v.push(step{kind: kind, id: x.ID, index: i + 1})
				if v.enter(x, kind+" "+x.ID) {
					v.declare(x.ID, kind, x)
					v.enum(x, "frame kind", "FrameKind", int(x.Kind))
					switch {
					case len(x.Sections) == 0:
						v.errorf(x, "give the frame a section with what happens in it", "frame has no sections")
					case len(x.Sections) > 1 && x.Kind != Alt && x.Kind != Par:
						v.errorf(x, "only alt and par frames have else sections", "%s frame has %d sections", kind, len(x.Sections))
					}
					for j, sec := range x.Sections {
						if sec == nil {
							v.nilEntry(x, "Sections", j)
							continue
						}
						v.push(step{kind: "section", index: j + 1})
						if v.enter(sec, "section") {
							items(sec, "Items", sec.Items)
							v.leave(sec)
						}
						v.pop()
					}
					v.leave(x)
				}
				v.pop()
				continue
			}
			v.nilEntry(owner, field, i)
		}
	}
	items(s, "Items", s.Items)
}

// maxSegments is the most segments a timeline may hold, as in the
// language.
const maxSegments = 200

// timeline checks a timeline: its budget, segments and their starts.
func (v *validator) timeline(t *Timeline) {
	v.duration(t, "budget", t.Budget, 0)
	switch n := len(t.Segments); {
	case n == 0:
		v.errorf(t, "add the timeline's segments", "timeline has no segments")
	case n > maxSegments:
		v.errorf(t, fmt.Sprintf("split the timeline, or merge small phases; the limit is %d", maxSegments), "timeline has %d segments", n)
	}
	index := map[string]int{} // segment id → place
	var ids []string
	for i, s := range t.Segments {
		if s != nil && s.ID != "" {
			if _, dup := index[s.ID]; !dup {
				index[s.ID] = i
			}
		}
	}
	starts, _ := t.scheduleOK()
	for i, s := range t.Segments {
		if s == nil {
			v.nilEntry(t, "Segments", i)
			continue
		}
		v.push(step{kind: "segment", id: s.ID, index: i + 1})
		if v.enter(s, "segment") {
			if s.ID == "" {
				v.errorf(s, "give every segment an ID", "segment has no id")
			}
			v.declare(s.ID, "segment", s)
			v.duration(s, "segment duration", s.Duration, 1)
			v.tone(s, s.Tone)
			v.enum(s, "start kind", "StartKind", int(s.Start))
			switch s.Start {
			case At:
				v.duration(s, "start", s.Offset, 0)
			case After, With:
				if s.Offset < -time.Hour || s.Offset > time.Hour {
					v.errorf(s, "durations are at most 1h", "offset %v is too long", s.Offset)
				}
				kw := map[StartKind]string{After: "after", With: "with"}[s.Start]
				j, ok := index[s.Ref]
				switch {
				case s.Ref == s.ID && s.Ref != "":
					v.errorf(s, "name an earlier segment", "segment %q cannot start %s itself", s.ID, kw)
				case !ok:
					v.unknownEnd(s, s.Ref, ids, "segment", "timeline", kw+" names a segment declared before it in its timeline")
				case j > i:
					v.errorf(s, kw+" names a segment declared before it in its timeline", "segment %q starts %s %q, which comes later", s.ID, kw, s.Ref)
				case starts != nil:
					at := starts[j] + s.Offset
					if s.Start == After {
						at += t.Segments[j].Duration
					}
					if at < 0 {
						v.errorf(s, "use a smaller offset; the timeline starts at zero", "segment %q would start %v before zero", s.ID, -at)
					}
				}
			}
			ids = append(ids, s.ID)
			v.leave(s)
		}
		v.pop()
	}
	if t.ID != "" && starts != nil {
		v.declareParts(t.ID, t.Parts(), t)
	}
}

// scheduleOK returns the starts of Schedule, or nil when a segment is
// nil.
func (t *Timeline) scheduleOK() ([]time.Duration, time.Duration) {
	for _, s := range t.Segments {
		if s == nil {
			return nil, 0
		}
	}
	return t.Schedule()
}

// stack checks a stack of bands.
func (v *validator) stack(s *Stack) {
	if len(s.Bands) == 0 {
		v.errorf(s, "add the stack's bands", "stack has no bands")
	}
	for i, b := range s.Bands {
		if b == nil {
			v.nilEntry(s, "Bands", i)
			continue
		}
		v.push(step{kind: "band", id: b.ID, index: i + 1})
		if v.enter(b, "band") {
			if b.ID == "" {
				v.errorf(b, "give every band an ID", "band has no id")
			}
			v.declare(b.ID, "band", b)
			v.tone(b, b.Tone)
			for j, it := range b.Items {
				if it == nil {
					v.nilEntry(b, "Items", j)
					continue
				}
				v.push(step{kind: "item", id: it.ID, index: j + 1})
				if v.enter(it, "item") {
					if it.ID == "" {
						v.errorf(it, "give every item an ID", "item has no id")
					}
					v.declare(it.ID, "item", it)
					v.tone(it, it.Tone)
					v.leave(it)
				}
				v.pop()
			}
			for j, n := range b.Notes {
				if n == nil {
					v.nilEntry(b, "Notes", j)
					continue
				}
				v.push(step{kind: "note", id: n.ID, index: j + 1})
				if v.enter(n, "note") {
					v.declare(n.ID, "note", n)
					v.tone(n, n.Tone)
					v.leave(n)
				}
				v.pop()
			}
			v.leave(b)
		}
		v.pop()
	}
}
