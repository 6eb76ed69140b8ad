package dsl

import (
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiprep/diag/diagram"
)

// The AST. Struct tags hold the participle grammar. Statements are separated
// by EOL tokens (one token for a run of newlines and ";", with the blank
// and comment lines between them); a block is "{" statements "}" with its
// opening brace on the statement's line. Every node embeds the Span of its
// tokens, which gives its Pos and End (use File.Position for line and
// column).

// File is a parsed .diag file.
type File struct {
	Span
	Stmts []*Stmt `parser:"EOL? ( @@ ( EOL @@? )* )?"`

	// Name is the file name given to Parse.
	Name string
	// Sheet is the curriculum sheet id from a "sheet ID" statement, or "".
	Sheet string
	// Comments are all the comments of the file, in order.
	Comments []*CommentGroup

	src source
}

// Position converts a position recorded in the AST to a diagram position,
// whose column counts characters (runes) rather than bytes. It caches line
// offsets in f, so a File is not safe for concurrent calls.
func (f *File) Position(p Pos) diagram.Pos { return f.src.pos(p) }

// Stmt is one top-level statement.
type Stmt struct {
	Span
	Commented
	Header  *Header  `parser:"@@"`
	Let     *Let     `parser:"| @@"`
	Param   *Param   `parser:"| @@"`
	Legend  *Legend  `parser:"| @@"`
	Animate *Animate `parser:"| @@"`
	Connect *Connect `parser:"| @@"`
	Callout *Callout `parser:"| @@"`
	Panel   Panel    `parser:"| @@"`
}

// Panel is a panel statement: a container (row, column, grid) or one of the
// panel kinds. Each kind lives in its own file with its grammar struct, its
// help text and its conversion to the model.
type Panel interface {
	statement
	// help describes the kind's statements for syntax error messages.
	help() *help
	// compile declares the panel's ids in the shared scope, checks the
	// panel and returns its model (nil when nothing can be built).
	compile(c *compiler) diagram.Panel
}

// panelKinds lists the panel statements the grammar tries, in order; the
// first that matches wins. To add a panel kind, write its grammar struct and
// its help and compile methods in a file of its own and add one line here,
// above Unknown.
func panelKinds() []Panel {
	return []Panel{
		&Split{},
		&Graph{},
		&Plot{},
		&Matrix{},
		&Note{}, // before Sequence, so a bare "note" is explained as a panel
		&Tree{},
		&Sequence{},
		&Timeline{},
		&Stack{},
		&Bars{},
		&Histogram{},
		&SplitBar{},
		&Unknown{}, // must stay last: it catches any other statement
	}
}

// Header is a one-line statement of the diagram's frame: title, subtitle,
// footer, kicker, theme, size, sheet or ask, followed by its values.
type Header struct {
	Span
	Keyword string   `parser:"@('ask' | 'sheet' | 'title' | 'subtitle' | 'kicker' | 'footer' | 'theme' | 'size')"`
	Args    []*Value `parser:"@@*"`
}

// Legend is the legend block: one "KIND "label"" line per item.
type Legend struct {
	Span
	Items []*LegendItem `parser:"'legend' '{' EOL? ( @@ ( EOL @@? )* )? '}'"`
}

// LegendItem is one legend line: an optional name (NAME:), a kind (solid,
// dashed, bold, dot or a tone) and its label. The animation names the
// entry NAME legend.NAME; an entry without a name cannot be animated.
type LegendItem struct {
	Span
	Commented
	Name *Tag     `parser:"( (?= Ident ':') @@ )?"`
	Kind Token    `parser:"@Ident"`
	Args []*Value `parser:"@@*"`
}

// Value is a string, a number (with its sign, if any) or an identifier
// given as an argument.
type Value struct {
	Span
	String Token   `parser:"@String"`
	Number []Token `parser:"| @( '-'? Number )"`
	Ident  Token   `parser:"| @Ident"`
}

// Token is a token of the source: its type, its text as written and its
// byte offset. The leaves of the AST are tokens (identifiers, strings,
// numbers), so a leaf costs the parser no node of its own; tokenPos gives
// a token's Pos. A leaf that is absent is the zero Token, whose Value is "".
type Token = lexer.Token

// StringValue returns the text a string literal stands for, given the
// literal as written (quotes and escapes included); a malformed escape is
// kept as written (Compile reports it).
func StringValue(raw string) string {
	v, _ := unquote(raw)
	return v
}

// Tag is a name written before a colon, as in tp: "TP" or curve loss: y =
// x^2: it names the part of a panel that it starts.
type Tag struct {
	Span
	ID Token `parser:"@Ident ':'"`
}

// ToneAttr is the attribute tone NAME; Name is empty when no name follows.
type ToneAttr struct {
	Span
	Name Token `parser:"'tone' @Ident?"`
}

// Attr is one attribute of a declaration: a label string, a keyword with a
// value (shape S, tone T, icon NAME, direction D, route R, pin SIDE,
// order source, layout L), a weight (weight W), a glyph with its size
// (repeat N, tensor WxHxC, kernel K), a flag (dashed, bold) or a label
// part (part NAME "text").
type Attr struct {
	Span
	Label Token  `parser:"@String"`
	Key   string `parser:"| @('shape' | 'tone' | 'icon' | 'direction' | 'route' | 'pin' | 'order' | 'layout')"`
	Value Token  `parser:"@Ident?"`
	// Weight is the number of weight W, with its sign; empty when no
	// number follows.
	Weight []Token `parser:"| 'weight' @( Number | ( '-' | '+' ) Number? )?"`
	// Glyph is repeat, tensor or kernel, and Size the count or
	// dimensions that follow it (6, N, 224x224x3, 3); Size is empty when
	// none follows.
	Glyph string    `parser:"| @('repeat' | 'tensor' | 'kernel')"`
	Size  Token     `parser:"@(Number | Ident)?"`
	Flag  string    `parser:"| @('dashed' | 'bold')"`
	Part  *PartAttr `parser:"| @@"`
	// Detail is a node's detail line: detail "text".
	Detail Token `parser:"| 'detail' @String"`
}

// PartAttr is a named line of a node's label: part NAME "text". It is drawn
// under the label, and the animation names it NODE.NAME.
type PartAttr struct {
	Span
	Name Token `parser:"'part' @Ident?"`
	Text Token `parser:"@String?"`
}

// Unknown is a statement no rule recognises, kept whole (up to the end of
// the line, with its block if any) so that Compile can report it with a
// suggestion and carry on.
type Unknown struct {
	Span
	Commented
	Words []string  `parser:"@~(EOL | '{' | '}') @~(EOL | '{' | '}')*"`
	Block *RawBlock `parser:"@@?"`
}

// Stray is a run of tokens up to the end of its line that no rule takes: a
// line that starts no statement of its block, or what follows the last part
// a statement takes. It is kept so that Compile can name its first token in
// an error and carry on. Only blocks whose statements never open a block of
// their own use it (plot, matrix, note, timeline and band lines); elsewhere
// an unknown statement is an Unknown.
type Stray struct {
	Span
	Commented
	Words []string `parser:"@~(EOL | '{' | '}')+"`
}

// RawBlock is the skipped block of an Unknown statement.
type RawBlock struct {
	Span
	Blocks []*RawBlock `parser:"'{' ( ~('{' | '}') | @@ )* '}'"`
}
