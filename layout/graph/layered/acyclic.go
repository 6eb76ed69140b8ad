package layered

// Cycle removal by depth-first search, as in Graphviz dot (Gansner et al.
// 1993, section 2.1): search from every node without predecessors, in input
// order, then from any node not yet reached, also in input order; an arc to
// a node still on the search path closes a cycle and is reversed. Authors
// list a diagram's flow in reading order, so the arcs reversed are the ones
// that go back against it ("loss -> embedding: gradients"). Reversed edges
// are still drawn from From to To.

// arc is a directed edge between two vertices of a simple working graph.
type arc struct {
	tail, head int
	minLen     int
	weight     int
}

// feedbackArcs returns, for each arc, whether it must be reversed to make the
// graph acyclic. Loops (tail == head) are never reversed.
func feedbackArcs(n int, arcs []arc) []bool {
	out := make([][]int, n)
	hasPred := make([]bool, n)
	for i, a := range arcs {
		if a.tail == a.head {
			continue
		}
		out[a.tail] = append(out[a.tail], i)
		hasPred[a.head] = true
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, n)
	rev := make([]bool, len(arcs))
	type frame struct{ v, next int }
	var stack []frame
	search := func(root int) {
		state[root] = onPath
		stack = append(stack[:0], frame{root, 0})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == len(out[f.v]) {
				state[f.v] = done
				stack = stack[:len(stack)-1]
				continue
			}
			i := out[f.v][f.next]
			f.next++
			switch h := arcs[i].head; state[h] {
			case onPath:
				rev[i] = true
			case unseen:
				state[h] = onPath
				stack = append(stack, frame{h, 0})
			}
		}
	}
	for v := range n {
		if !hasPred[v] && state[v] == unseen {
			search(v)
		}
	}
	for v := range n {
		if state[v] == unseen {
			search(v)
		}
	}
	return rev
}
