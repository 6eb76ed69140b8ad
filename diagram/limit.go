package diagram

// Limit names a cap on the work of a compile that a stage after the model
// enforces (a field of diag.Limits, whose flag is its name in lower case
// with hyphens: MaxLayoutDummies is --max-layout-dummies), so that the
// stage that refuses an input can say which cap to raise. The caps that
// count the model itself are checked before any stage runs.
type Limit string

// The caps the parser, the layout and the animation enforce.
const (
	LimitTokens          Limit = "MaxTokens"          // tokens of the source
	LimitLayoutDummies   Limit = "MaxLayoutDummies"   // dummy nodes of the layered graph layouts
	LimitCrossingWork    Limit = "MaxCrossingWork"    // work of the graphs' crossing reduction
	LimitContourVertices Limit = "MaxContourVertices" // points of all contour lines
	LimitFormulaWork     Limit = "MaxFormulaWork"     // work of evaluating plot formulas
	LimitKeyframes       Limit = "MaxKeyframes"       // keyframes of the animation
)
