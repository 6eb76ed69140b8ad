package quality

import "github.com/aiprep/diag/scene/geom"

// structure is how groups nest and which nodes they hold, as declared by
// Members and Parent (explicit) or, when no group declares either, as read
// from the boxes (see the package documentation).
type structure struct {
	explicit  bool
	groupByID map[string]int
	parent    []int            // index of each group's parent, or -1
	memberOf  map[string][]int // node id -> groups that list it directly
}

func newStructure(g geom.Geometry) structure {
	st := structure{
		groupByID: make(map[string]int, len(g.Groups)),
		parent:    make([]int, len(g.Groups)),
		memberOf:  make(map[string][]int),
	}
	for i, gr := range g.Groups {
		if _, dup := st.groupByID[gr.ID]; !dup {
			st.groupByID[gr.ID] = i
		}
		if len(gr.Members) > 0 || gr.Parent != "" {
			st.explicit = true
		}
		for _, m := range gr.Members {
			st.memberOf[m] = append(st.memberOf[m], i)
		}
	}
	for i, gr := range g.Groups {
		st.parent[i] = -1
		if p, ok := st.groupByID[gr.Parent]; ok && gr.Parent != "" && p != i {
			st.parent[i] = p
		}
	}
	return st
}

// isAncestor reports whether group a is group b's parent, grandparent and
// so on. Parent cycles end the walk.
func (st *structure) isAncestor(a, b int) bool {
	for steps, p := 0, st.parent[b]; p >= 0 && steps < len(st.parent); steps, p = steps+1, st.parent[p] {
		if p == a {
			return true
		}
	}
	return false
}

// isMember reports whether node i belongs to group gi, directly or through a
// nested group.
func (s *scene) isMember(i, gi int) bool {
	if !s.explicit {
		return s.groups[gi].holds(s.nodes[i])
	}
	for _, h := range s.memberOf[s.g.Nodes[i].ID] {
		if h == gi || s.isAncestor(gi, h) {
			return true
		}
	}
	return false
}

// nested reports whether one of the groups a and b lies in the other.
func (s *scene) nested(a, b int) bool {
	if !s.explicit {
		return s.groups[a].holds(s.groups[b]) || s.groups[b].holds(s.groups[a])
	}
	return s.isAncestor(a, b) || s.isAncestor(b, a)
}

// membersOutside counts declared member nodes and nested groups that stick
// out of their group. Unknown ids are ignored.
func (s *scene) membersOutside() int {
	n := 0
	for gi, gr := range s.g.Groups {
		if !s.groupOK[gi] {
			continue
		}
		box := s.groups[gi]
		for _, m := range gr.Members {
			ni, ok := s.nodeByID[m]
			if !ok || !s.nodeOK[ni] {
				continue
			}
			if out := box.stickOut(s.nodes[ni]); out > tolerance {
				n++
				s.problems.add("member outside: %s sticks out of %s by %s",
					name("node", m, ni), name("group", gr.ID, gi), px(out))
			}
		}
		if p := s.parent[gi]; p >= 0 && s.groupOK[p] {
			if out := s.groups[p].stickOut(box); out > tolerance {
				n++
				s.problems.add("member outside: %s sticks out of its parent %s by %s",
					name("group", gr.ID, gi), name("group", s.g.Groups[p].ID, p), px(out))
			}
		}
	}
	return n
}
