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
	LimitSweepDrawings   Limit = "MaxSweepDrawings"   // marks drawn again for the values of swept parameters
)

// The caps on the data charts, which the model checks (see Validate): a
// chart past them would not be readable at any size, and the caps keep the
// work of its layout small.
const (
	MaxBars       = 500  // bars of one bar chart
	MaxBarSeries  = 12   // series of one bar chart, or of one histogram
	MaxBins       = 1000 // bins of one histogram
	MaxSplitParts = 50   // parts of one proportional bar
	MaxLabelParts = 8    // label parts of one graph node
)
