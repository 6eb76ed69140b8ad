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
