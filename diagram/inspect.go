package diagram

// Inspect traverses the model rooted at e in depth-first order, in the
// style of go/ast.Inspect: it starts by calling f(e); if f returns true,
// Inspect calls itself for each element that e holds, followed by a call
// of f(nil). A nil element, or a nil pointer in an interface, is skipped
// without calling f.
//
// The elements an element holds are visited in the order of the fields
// that hold them, and the items of a list in list order:
//
//	*Diagram       Body, then &Legend[i], &Asks[i], then Script
//	*Split         Items
//	*Graph         Nodes, Edges, Groups (top-level ones)
//	*Group         Groups (nested ones)
//	*Plot          &X, &Y, Marks
//	*Curve         &Y
//	*Scatter       Blobs, Sampled
//	*Sampled       &Y
//	*Region        &Lhs, &Rhs
//	*Contour       &Z
//	*Rule          &Y (also for a vertical rule, whose Y is empty)
//	*Matrix        Rows, Heat, Outlines
//	*MatrixRow     Cells
//	*Note          Lines
//	*Tree          Roots
//	*TreeNode      Children
//	*Sequence      Actors, Items
//	*Message       Body
//	*Frame         Sections
//	*FrameSection  Items
//	*Timeline      Segments
//	*Stack         Bands
//	*Band          Items, Notes
//	*Script        Steps
//	*Step          Actions
//	*Action        Actions (of a Together action)
//
// Every other element (*Node, *Edge, *Axis, *Formula, *Blobs, *HeatScale,
// *Cell, *Outline, *NoteLine, *Actor, *SeqNote, *Segment, *StackItem,
// *StackNote, *LegendItem, *Ask, *PlotPath, *PlotArea, *PlotLabel) holds
// none. Plain values (XY points, CellBlocks, strings) are not elements;
// Strings gives the strings of one element.
//
// Inspect follows pointers as they are: a model in which an element holds
// itself, directly or through others, is not a tree, and Inspect would not
// end unless f returns false for an element it has already seen. Validate
// reports such a model.
func Inspect(e Element, f func(Element) bool) {
	switch x := e.(type) {
	case nil:
		return
	case *Diagram:
		if x == nil || !f(x) {
			return
		}
		Inspect(x.Body, f)
		for i := range x.Legend {
			Inspect(&x.Legend[i], f)
		}
		for i := range x.Asks {
			Inspect(&x.Asks[i], f)
		}
		if x.Script != nil {
			Inspect(x.Script, f)
		}

	// Panels.
	case *Split:
		if x == nil || !f(x) {
			return
		}
		for _, p := range x.Items {
			Inspect(p, f)
		}
	case *Graph:
		if x == nil || !f(x) {
			return
		}
		for _, n := range x.Nodes {
			if n != nil {
				Inspect(n, f)
			}
		}
		for _, ed := range x.Edges {
			if ed != nil {
				Inspect(ed, f)
			}
		}
		inspectGroups(x.Groups, f)
	case *Plot:
		if x == nil || !f(x) {
			return
		}
		Inspect(&x.X, f)
		Inspect(&x.Y, f)
		for _, m := range x.Marks {
			Inspect(m, f)
		}
	case *Matrix:
		if x == nil || !f(x) {
			return
		}
		for _, r := range x.Rows {
			if r != nil {
				Inspect(r, f)
			}
		}
		if x.Heat != nil {
			Inspect(x.Heat, f)
		}
		for _, o := range x.Outlines {
			if o != nil {
				Inspect(o, f)
			}
		}
	case *Note:
		if x == nil || !f(x) {
			return
		}
		for _, l := range x.Lines {
			if l != nil {
				Inspect(l, f)
			}
		}
	case *Tree:
		if x == nil || !f(x) {
			return
		}
		inspectTreeNodes(x.Roots, f)
	case *Sequence:
		if x == nil || !f(x) {
			return
		}
		for _, a := range x.Actors {
			if a != nil {
				Inspect(a, f)
			}
		}
		inspectSeqItems(x.Items, f)
	case *Timeline:
		if x == nil || !f(x) {
			return
		}
		for _, s := range x.Segments {
			if s != nil {
				Inspect(s, f)
			}
		}
	case *Stack:
		if x == nil || !f(x) {
			return
		}
		for _, b := range x.Bands {
			if b != nil {
				Inspect(b, f)
			}
		}

	// Parts of graphs.
	case *Node:
		if x == nil || !f(x) {
			return
		}
	case *Edge:
		if x == nil || !f(x) {
			return
		}
	case *Group:
		if x == nil || !f(x) {
			return
		}
		inspectGroups(x.Groups, f)

	// Parts of plots.
	case *Axis:
		if x == nil || !f(x) {
			return
		}
	case *Formula:
		if x == nil || !f(x) {
			return
		}
	case *Curve:
		if x == nil || !f(x) {
			return
		}
		Inspect(&x.Y, f)
	case *Scatter:
		if x == nil || !f(x) {
			return
		}
		if x.Blobs != nil {
			Inspect(x.Blobs, f)
		}
		if x.Sampled != nil {
			Inspect(x.Sampled, f)
		}
	case *Blobs:
		if x == nil || !f(x) {
			return
		}
	case *Sampled:
		if x == nil || !f(x) {
			return
		}
		Inspect(&x.Y, f)
	case *PlotPath:
		if x == nil || !f(x) {
			return
		}
	case *PlotArea:
		if x == nil || !f(x) {
			return
		}
	case *Region:
		if x == nil || !f(x) {
			return
		}
		Inspect(&x.Lhs, f)
		Inspect(&x.Rhs, f)
	case *Contour:
		if x == nil || !f(x) {
			return
		}
		Inspect(&x.Z, f)
	case *Rule:
		if x == nil || !f(x) {
			return
		}
		Inspect(&x.Y, f)
	case *PlotLabel:
		if x == nil || !f(x) {
			return
		}

	// Parts of matrices and notes.
	case *MatrixRow:
		if x == nil || !f(x) {
			return
		}
		for _, c := range x.Cells {
			if c != nil {
				Inspect(c, f)
			}
		}
	case *Cell:
		if x == nil || !f(x) {
			return
		}
	case *HeatScale:
		if x == nil || !f(x) {
			return
		}
	case *Outline:
		if x == nil || !f(x) {
			return
		}
	case *NoteLine:
		if x == nil || !f(x) {
			return
		}

	// Parts of trees, sequences, timelines and stacks.
	case *TreeNode:
		if x == nil || !f(x) {
			return
		}
		inspectTreeNodes(x.Children, f)
	case *Actor:
		if x == nil || !f(x) {
			return
		}
	case *Message:
		if x == nil || !f(x) {
			return
		}
		inspectSeqItems(x.Body, f)
	case *SeqNote:
		if x == nil || !f(x) {
			return
		}
	case *Frame:
		if x == nil || !f(x) {
			return
		}
		for _, s := range x.Sections {
			if s != nil {
				Inspect(s, f)
			}
		}
	case *FrameSection:
		if x == nil || !f(x) {
			return
		}
		inspectSeqItems(x.Items, f)
	case *Segment:
		if x == nil || !f(x) {
			return
		}
	case *Band:
		if x == nil || !f(x) {
			return
		}
		for _, it := range x.Items {
			if it != nil {
				Inspect(it, f)
			}
		}
		for _, n := range x.Notes {
			if n != nil {
				Inspect(n, f)
			}
		}
	case *StackItem:
		if x == nil || !f(x) {
			return
		}
	case *StackNote:
		if x == nil || !f(x) {
			return
		}

	// The sheet frame and the animation.
	case *LegendItem:
		if x == nil || !f(x) {
			return
		}
	case *Ask:
		if x == nil || !f(x) {
			return
		}
	case *Script:
		if x == nil || !f(x) {
			return
		}
		for _, s := range x.Steps {
			if s != nil {
				Inspect(s, f)
			}
		}
	case *Step:
		if x == nil || !f(x) {
			return
		}
		inspectActions(x.Actions, f)
	case *Action:
		if x == nil || !f(x) {
			return
		}
		inspectActions(x.Actions, f)

	default:
		// An element of a type this package does not define holds
		// nothing Inspect knows of.
		if !f(x) {
			return
		}
	}
	f(nil)
}

func inspectGroups(list []*Group, f func(Element) bool) {
	for _, g := range list {
		if g != nil {
			Inspect(g, f)
		}
	}
}

func inspectTreeNodes(list []*TreeNode, f func(Element) bool) {
	for _, n := range list {
		if n != nil {
			Inspect(n, f)
		}
	}
}

func inspectSeqItems(list []SeqItem, f func(Element) bool) {
	for _, it := range list {
		Inspect(it, f)
	}
}

func inspectActions(list []*Action, f func(Element) bool) {
	for _, a := range list {
		if a != nil {
			Inspect(a, f)
		}
	}
}

// Strings calls f for each string that the element e holds itself, in the
// order of its fields: ids, labels, titles, icon names, the ids it refers
// to, and a formula's text; not the strings of the elements it holds. An
// element of a type this package does not define has none.
func Strings(e Element, f func(s string)) {
	each := func(list []string) {
		for _, s := range list {
			f(s)
		}
	}
	switch x := e.(type) {
	case *Diagram:
		if x != nil {
			f(x.Title)
			f(x.Subtitle)
			f(x.Footer)
			f(x.Kicker)
		}
	case *Split:
		if x != nil {
			f(x.ID)
			f(x.Title)
		}
	case *Graph:
		if x != nil {
			f(x.ID)
			f(x.Title)
			for _, set := range x.SameRank {
				each(set)
			}
		}
	case *Plot:
		if x != nil {
			f(x.ID)
			f(x.Title)
		}
	case *Matrix:
		if x != nil {
			f(x.ID)
			f(x.Title)
			each(x.Cols)
			f(x.ColTitle)
			f(x.RowTitle)
		}
	case *Note:
		if x != nil {
			f(x.ID)
			f(x.Title)
			f(x.Heading)
			f(x.Icon)
		}
	case *Tree:
		if x != nil {
			f(x.ID)
			f(x.Title)
		}
	case *Sequence:
		if x != nil {
			f(x.ID)
			f(x.Title)
		}
	case *Timeline:
		if x != nil {
			f(x.ID)
			f(x.Title)
			f(x.BudgetLabel)
		}
	case *Stack:
		if x != nil {
			f(x.ID)
			f(x.Title)
		}
	case *Node:
		if x != nil {
			f(x.ID)
			f(x.Label)
			f(x.Icon)
		}
	case *Edge:
		if x != nil {
			f(x.ID)
			f(x.From)
			f(x.To)
			f(x.Label)
		}
	case *Group:
		if x != nil {
			f(x.ID)
			f(x.Label)
			each(x.Nodes)
		}
	case *Axis:
		if x != nil {
			f(x.Name)
		}
	case *Formula:
		if x != nil {
			f(x.Text)
		}
	case *Curve:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *Scatter:
		if x != nil {
			f(x.ID)
			f(x.Label)
			each(x.Classes)
		}
	case *PlotPath:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *PlotArea:
		if x != nil {
			f(x.ID)
			f(x.Label)
			f(x.Upper)
			f(x.Lower)
		}
	case *Region:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *Contour:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *Rule:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *PlotLabel:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *MatrixRow:
		if x != nil {
			f(x.ID)
			f(x.Header)
		}
	case *Cell:
		if x != nil {
			f(x.ID)
			f(x.Text)
			f(x.Detail)
		}
	case *Outline:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *NoteLine:
		if x != nil {
			f(x.ID)
			f(x.Text)
		}
	case *TreeNode:
		if x != nil {
			f(x.ID)
			f(x.Label)
			f(x.Detail)
			f(x.Branch)
		}
	case *Actor:
		if x != nil {
			f(x.ID)
			f(x.Label)
			f(x.Icon)
		}
	case *Message:
		if x != nil {
			f(x.ID)
			f(x.From)
			f(x.To)
			f(x.Label)
		}
	case *SeqNote:
		if x != nil {
			f(x.ID)
			each(x.Over)
			f(x.Text)
		}
	case *Frame:
		if x != nil {
			f(x.ID)
		}
	case *FrameSection:
		if x != nil {
			f(x.Label)
		}
	case *Segment:
		if x != nil {
			f(x.ID)
			f(x.Label)
			f(x.Ref)
		}
	case *Band:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *StackItem:
		if x != nil {
			f(x.ID)
			f(x.Label)
		}
	case *StackNote:
		if x != nil {
			f(x.ID)
			f(x.Text)
		}
	case *LegendItem:
		if x != nil {
			f(x.Kind)
			f(x.Label)
		}
	case *Ask:
		if x != nil {
			f(x.Question)
			f(x.Answer)
		}
	case *Step:
		if x != nil {
			f(x.Caption)
		}
	case *Action:
		if x != nil {
			each(x.Targets)
			f(x.Path)
		}
	}
}
