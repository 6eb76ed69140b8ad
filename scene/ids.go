package scene

import "strconv"

// StepPart is a part of the reading path of one animation step. The
// layout draws the parts under the ids StepID gives and the animation
// finds them there.
type StepPart int

// The parts of a step's reading path.
const (
	StepCaption StepPart = iota // the step's caption line: "step-N"
	StepNow                     // the caption's highlight while the step runs: "step-N-now"
	StepDot                     // the step's progress dot: "step-N-dot"
	StepBadge                   // the step's numbered badge on the diagram: "step-N-badge"
)

var stepSuffix = [...]string{StepCaption: "", StepNow: "-now", StepDot: "-dot", StepBadge: "-badge"}

// StepID returns the id of a part of step n, counted from 1.
func StepID(n int, part StepPart) string {
	return "step-" + strconv.Itoa(n) + stepSuffix[part]
}
