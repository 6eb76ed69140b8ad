package diagram

import "time"

// Script is a diagram's animation: steps run one after another.
type Script struct {
	Loop  bool
	Steps []*Step
	Pos   Pos
}

// Step is one captioned stage of the animation.
type Step struct {
	Caption  string
	Duration time.Duration
	// Actions run in order; a Together action runs its children at once.
	Actions []*Action
	Pos     Pos
}

// ActionKind names what an action does.
type ActionKind int

// The action kinds.
const (
	Show ActionKind = iota
	Hide
	Dim
	Highlight
	Flow
	Trace
	MoveAlong
	MoveTo
	Count
	Together
)

var actionNames = [...]string{"show", "hide", "dim", "highlight", "flow", "trace", "move", "move", "count", "together"}

// String returns the keyword that starts the action.
func (k ActionKind) String() string {
	if k >= 0 && int(k) < len(actionNames) {
		return actionNames[k]
	}
	return "?"
}

// Easing is the timing curve of an action.
type Easing int

// The easings. EaseInOut is the default.
const (
	EaseInOut Easing = iota
	Linear
	Steps
)

// Action is one thing that happens in a step.
type Action struct {
	Kind    ActionKind
	Targets []string // element ids; for Flow, the node ids along the path
	Path    string   // for MoveAlong: the id of the path followed
	X, Y    float64  // for MoveTo, in data coordinates
	From    float64  // for Count
	To      float64  // for Count
	Delay   time.Duration
	Easing  Easing
	Actions []*Action // for Together
	Pos     Pos
}
