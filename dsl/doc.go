// Package dsl is the front end of the diag language: it turns .diag text
// into the diagram model.
//
// Parse lexes and parses a file with a participle grammar into a File, an
// AST in which every node keeps its position. The grammar lives in the AST's
// struct tags; the tokens come from a hand-written scanner, which is
// participle's lexer (see scanner for its rules; a test and a fuzz target
// hold it to the same rules written as regular expressions). The parser is
// built on first use. Compile also resolves names in
// one namespace shared by the whole diagram (panels, nodes, groups and, later,
// plot marks), checks every reference, and converts the AST into a
// diagram.Diagram. Errors are diagram.ErrorList values sorted by position
// (at most ten), with columns counted in characters and a hint saying how to
// fix each one; FormatError prints them with the source line and a caret.
//
// The package owns the lexer, the grammar, name resolution and "did you
// mean" suggestions. It does not lay anything out, and it imports no pipeline
// package other than diagram.
//
// # The language
//
// Statements are one per line (";" also separates them); "#" starts a
// comment; a block is { ... } with its "{" on the statement's line. Ids are
// [A-Za-z_][A-Za-z0-9_]* with inner "." or "-" (bias-variance, descent.marker);
// strings are "double quoted" with the escapes \" \\ \n \t and \u{2207}.
// Durations are 2s, 1.5s or 500ms.
//
//	sheet bias-variance              # curriculum id, kept in File.Sheet
//	kicker "AI Interview Prep · Layer 1"
//	title "Gradient Descent"          # also subtitle, footer
//	theme light|dark|auto
//	size 1440 900
//	legend { solid "data flow"; dashed "feedback"; bad "failure case" }
//	ask "question" "answer"
//
//	row [ID] ["title"] { panels }     # also column; grid N [ID] ["title"] { }
//	graph [ID] ["title"] [direction down|right|up|left] {
//	  fwd "Forward" [shape S] [tone T] [icon NAME]
//	  a -> b -> c "label" [dashed] [bold] [tone T]   # arrows: -> <- <-> --
//	  group ID ["label"] [tone T] { nodes, edges, groups }
//	  rank same a b c
//	}
//	animate [loop] {
//	  step "caption" 2s {
//	    show a b; hide a; dim a; highlight b -> c   [delay 0.5s] [ease linear|ease-in-out|steps]
//	    flow a -> b -> c
//	    trace path
//	    move dot along path; move dot to (1.5, -2)
//	    count n from 0 to 100
//	    together { actions }
//	  }
//	}
//
// Rules worth knowing:
//   - Every id in a diagram is unique: panels, nodes, groups and marks share
//     one namespace, across graphs too.
//   - A node may be declared by its first use in an edge, inside the group
//     where it is first used. Such an id that is a few edits from a declared
//     node or group of the same graph is reported as a typo (one edit for ids
//     of three or four characters, two beyond; never for one or two, nor
//     between ids that differ only in digits, like layer1 and layer2).
//   - A chain's label and attributes apply to every hop: a -> b -> c "x"
//     gives a->b and b->c both the label "x". Write one edge per line to
//     label one hop.
//   - Edge ids are "from->to" as written ("a <- b" is a->b with a Backward
//     arrow); the n-th parallel edge gets "from->to#n".
//   - flow a -> b needs an edge that carries things from a to b: a -> b,
//     b <- a, or a <-> b or a -- b written either way. In show, hide, dim and
//     highlight, "a -> b" names the edges that carry from a to b in the same
//     way, "a <-> b" or "a -- b" every edge joining them.
//   - Several top-level panels stack in a column.
//   - Nesting of blocks and parentheses is limited to MaxDepth levels.
//
// # Adding a panel kind
//
// Each panel kind has one file holding its grammar struct, its help (keywords
// and usage lines for error messages) and its compile method, which declares
// its ids with compiler.declare, resolves references with compiler.resolve and
// returns its diagram.Panel (graph.go for graphs). The grammar learns of a
// kind from one line in panelKinds in ast.go.
package dsl
