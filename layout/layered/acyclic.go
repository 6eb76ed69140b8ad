package layered

// Cycle removal by the greedy heuristic of Eades, Lin and Smyth, "A fast and
// effective heuristic for the feedback arc set problem" (1993): repeatedly
// take sinks to the end of a vertex sequence and sources to its front, and
// when neither is left, the vertex whose out-degree exceeds its in-degree the
// most (the first such vertex in input order). Edges pointing backward in the
// final sequence are reversed. Ties are broken by input order, so the result
// is deterministic.

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
	in := make([][]int, n)
	indeg := make([]int, n)
	outdeg := make([]int, n)
	for i, a := range arcs {
		if a.tail == a.head {
			continue
		}
		out[a.tail] = append(out[a.tail], i)
		in[a.head] = append(in[a.head], i)
		outdeg[a.tail]++
		indeg[a.head]++
	}
	removed := make([]bool, n)
	pos := make([]int, n) // place in the final sequence
	front, back := 0, n-1
	var sinks, sources []int
	for v := range n {
		if outdeg[v] == 0 {
			sinks = append(sinks, v)
		} else if indeg[v] == 0 {
			sources = append(sources, v)
		}
	}
	remove := func(v int) {
		removed[v] = true
		for _, i := range out[v] {
			h := arcs[i].head
			if removed[h] {
				continue
			}
			indeg[h]--
			if indeg[h] == 0 && outdeg[h] > 0 {
				sources = append(sources, h)
			}
		}
		for _, i := range in[v] {
			t := arcs[i].tail
			if removed[t] {
				continue
			}
			outdeg[t]--
			if outdeg[t] == 0 {
				sinks = append(sinks, t)
			}
		}
	}
	next := 0 // scan start for the max-delta search
	for left := n; left > 0; {
		if len(sinks) > 0 {
			v := sinks[len(sinks)-1]
			sinks = sinks[:len(sinks)-1]
			if removed[v] {
				continue
			}
			pos[v] = back
			back--
			remove(v)
			left--
			continue
		}
		if len(sources) > 0 {
			v := sources[len(sources)-1]
			sources = sources[:len(sources)-1]
			if removed[v] || outdeg[v] == 0 {
				continue
			}
			pos[v] = front
			front++
			remove(v)
			left--
			continue
		}
		best, bestDelta := -1, 0
		for v := next; v < n; v++ {
			if removed[v] {
				continue
			}
			if d := outdeg[v] - indeg[v]; best < 0 || d > bestDelta {
				best, bestDelta = v, d
			}
		}
		for next < n && removed[next] {
			next++
		}
		pos[best] = front
		front++
		remove(best)
		left--
	}
	rev := make([]bool, len(arcs))
	for i, a := range arcs {
		rev[i] = a.tail != a.head && pos[a.tail] > pos[a.head]
	}
	return rev
}
