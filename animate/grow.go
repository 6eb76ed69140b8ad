package animate

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// growing is one group of bars that a grow action grows: the group, the
// id its track gets, and the mark groups it belongs to within the target
// (outermost first), whose labels arrive when their bars have grown.
type growing struct {
	g      *scene.Group
	owner  string // the id of the nearest group with an id, for the track's id
	marks  []*scene.Group
	t0, t1 float64
}

// grow grows the bars of the element it, named id, from the line they
// stand on between s and e: each group of bars the layout marked with a
// scene.Grow starts flat on its line and is scaled along the bars to its
// full length, so the still picture (a transform of none) is the complete
// chart. Groups grow in rounds by their Grow.Order (the series of a stack
// one after another, the parts of a proportional bar from left to right),
// each round an equal share of the slot. The value labels, error bars and
// leader lines beside the bars of a mark group appear when the last of its
// bars has grown.
func (b *builder) grow(a *diagram.Action, id string, it scene.Item, s, e float64) {
	var list []*growing
	var collect func(it scene.Item, owner string, marks []*scene.Group)
	collect = func(it scene.Item, owner string, marks []*scene.Group) {
		g, ok := it.(*scene.Group)
		if !ok {
			return
		}
		if g.ID != "" {
			owner = g.ID
		}
		if g.Grow != nil {
			list = append(list, &growing{g: g, owner: owner, marks: marks})
			return
		}
		if g.Kind == scene.KindMark {
			marks = append(slices.Clip(marks), g)
		}
		for _, m := range g.Items {
			collect(m, owner, marks)
		}
	}
	collect(it, id, nil)
	if len(list) == 0 {
		b.errs.Add(a.Pos, fmt.Sprintf("%q has no bars to grow", id), "grow a bar chart or one of its bars, a histogram or one of its series, or a split or one of its parts")
		return
	}
	var orders []int
	for _, gr := range list {
		if !slices.Contains(orders, gr.g.Grow.Order) {
			orders = append(orders, gr.g.Grow.Order)
		}
	}
	slices.Sort(orders)
	d := (e - s) / float64(len(orders))
	arrive := map[*scene.Group]float64{}
	for _, gr := range list {
		round := slices.Index(orders, gr.g.Grow.Order)
		gr.t0, gr.t1 = s+d*float64(round), s+d*float64(round+1)
		flat, origin := growStart(gr.g)
		gid := b.name(gr.g, gr.owner+"~grow")
		c := b.channel(gid, Transform, flat, Value{})
		if !b.own(c, a, gid) {
			return
		}
		c.origin = origin
		// A bar grown before is flattened again first, then grows.
		b.add(c, segment{T0: gr.t0, Keys: []Key{{T: gr.t0, V: flat}}})
		b.add(c, segment{T0: gr.t0, Ease: a.Easing, Keys: []Key{{T: gr.t1, V: Value{}, Ease: diagram.Linear}}})
		for _, m := range gr.marks {
			arrive[m] = max(arrive[m], gr.t1)
		}
	}
	// The labels of each mark group arrive with its bars, in the order the
	// groups were found.
	done := map[*scene.Group]bool{}
	for _, gr := range list {
		for _, m := range gr.marks {
			if done[m] {
				continue
			}
			done[m] = true
			b.arrive(m, arrive[m], min(fade, d/2))
		}
	}
}

// growStart returns the first value of a group that grows, flat on the
// line it grows from, and the transform origin on that line.
func growStart(g *scene.Group) (Value, scene.Point) {
	c := g.Bounds().Center()
	if g.Grow.Horizontal {
		return Value{ShrinkX: 1}, scene.Point{X: round2(g.Grow.At), Y: round2(c.Y)}
	}
	return Value{ShrinkY: 1}, scene.Point{X: round2(c.X), Y: round2(g.Grow.At)}
}

// arrive fades in the members of a mark group that do not grow (its value
// labels, error bars and leader lines), so that they arrive at time t, when
// its bars have grown, over in seconds; a member the script animates
// otherwise keeps its own script.
func (b *builder) arrive(m *scene.Group, t, in float64) {
	n := 0
	for _, it := range m.Items {
		if growsIn(it) {
			continue
		}
		if g, ok := it.(*scene.Group); ok && g.ID != "" {
			continue // a part with its own id keeps its own script
		}
		id := b.idOf(it)
		if id == "" {
			n++
			id = b.name(it, m.ID+"~label"+strconv.Itoa(n))
		}
		if _, named := b.channels[chanKey{target: id, prop: Opacity}]; named {
			continue
		}
		c := b.channel(id, Opacity, Value{Opacity: 0}, Value{Opacity: 1})
		b.add(c, segment{T0: t - in, Keys: []Key{{T: t - in, V: Value{}}}})
		b.add(c, segment{T0: t - in, Ease: diagram.EaseInOut, Keys: []Key{{T: t, V: Value{Opacity: 1}, Ease: diagram.Linear}}})
	}
}

// growsIn reports whether an item is or holds a group that grows.
func growsIn(it scene.Item) bool {
	found := false
	scene.Walk([]scene.Item{it}, func(x scene.Item) bool {
		if g, ok := x.(*scene.Group); ok && g.Grow != nil {
			found = true
		}
		return !found
	})
	return found
}
