package diagram

import "strconv"

// Part names a part of an element that the layout draws as an element of
// its own, so that the animation can address it by the id SubID gives:
// the element's id, a dot and the part, as in "budget.total" or
// "data.class2". The parts of an element are listed by its Parts method.
type Part string

// The parts.
const (
	PartTotal   Part = "total"   // a timeline's marker of its total time
	PartAxis    Part = "axis"    // a timeline's time axis
	PartBudget  Part = "budget"  // a timeline's budget line
	PartOverrun Part = "overrun" // the stretch of a timeline past its budget
	PartClass   Part = "class"   // one class of a scatter's blobs: PartClass.N(i)
	PartCenter  Part = "center"  // the centre of one blob: PartCenter.N(i)
	PartCenters Part = "centers" // the centres of all the blobs of a scatter
	PartMarker  Part = "marker"  // the marker at the first point of a path
)

// N returns the n-th part of a numbered kind, counting from 1:
// PartClass.N(2) is "class2".
func (p Part) N(n int) Part { return p + Part(strconv.Itoa(n)) }

// SubID returns the id of the part p of the element id: id, a dot and p.
// An element without an id has no parts the animation can address, so
// SubID returns "" for an empty id.
func SubID(id string, p Part) string {
	if id == "" {
		return ""
	}
	return id + "." + string(p)
}

// Parts returns the parts drawn under the timeline's id: the total and the
// axis, the budget line when there is a budget, and the overrun when the
// phases end after the budget.
func (t *Timeline) Parts() []Part {
	parts := []Part{PartTotal, PartAxis}
	if t.Budget > 0 {
		parts = append(parts, PartBudget)
		if _, end := t.Schedule(); end > t.Budget {
			parts = append(parts, PartOverrun)
		}
	}
	return parts
}

// Parts returns the parts of a scatter of blobs: each class, and with
// Centers, the centres together and each centre. Other scatters have none.
func (s *Scatter) Parts() []Part {
	if s.Blobs == nil {
		return nil
	}
	var parts []Part
	for i := 1; i <= s.Blobs.K; i++ {
		parts = append(parts, PartClass.N(i))
	}
	if s.Centers {
		parts = append(parts, PartCenters)
		for i := 1; i <= s.Blobs.K; i++ {
			parts = append(parts, PartCenter.N(i))
		}
	}
	return parts
}

// Parts returns the marker of a path that has one, and nothing otherwise.
func (p *PlotPath) Parts() []Part {
	if p.Marker == NoMarker {
		return nil
	}
	return []Part{PartMarker}
}
