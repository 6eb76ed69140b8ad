// Package dsl is the front end of the diag language: it turns .diag text
// into the diagram model.
//
// # Passes
//
// Compile runs these passes over a file:
//
//   - lex: the scanner (scanner.go) is the language's lexer, written by hand
//     and used by participle directly as its lexer.Definition. It gives each
//     token its byte offset, fills the File's table of line starts, keeps
//     every comment (File.Comments) and makes one EOL token of a run of line
//     ends. Before parsing, Parse checks what a grammar cannot explain well:
//     characters outside the language, strings left open, brackets that do
//     not match, nesting deeper than MaxDepth, formulas longer than
//     package expr takes. A test and a fuzz target hold the scanner to its
//     rules written as regular expressions.
//   - parse: participle parses the tokens with one grammar, the struct tags
//     of the AST, into a File. The grammar is built in parts, each on first
//     use: the top level, and the part of a panel kind or of the animate
//     block's statements once a file holds one (parser.go); a test holds
//     the parts to the grammar built whole. It reports one error, which
//     syntaxError rewrites in the words of the language.
//     Comments are then attached to the statements they document.
//   - resolve and convert: Compile walks the statements in source order and
//     turns the typed nodes into the model, declaring each id in the one
//     namespace of the diagram as it goes (resolve.go: declare, resolve,
//     "did you mean"). Declarations stay in this walk because the language
//     ties some of them to values (a timeline segment is declared only once
//     its duration converts, a scatter's class ids only once its blobs do)
//     and a duplicate is reported at the second declaration in source order.
//     The names the animation refers to are resolved in a pass of their own
//     once every panel has declared its ids (resolveScript), and the
//     animation is converted from what they resolved to.
//
// Errors are diagram.ErrorList values sorted by position (at most ten), with
// columns counted in characters and a hint saying how to fix each one;
// FormatError prints them with the source line and a caret.
//
// The package owns the lexer, the grammar, name resolution and "did you
// mean" suggestions. It does not lay anything out, and it imports no
// pipeline package other than diagram.
//
// # The grammar and the AST
//
// The grammar is the single specification of every statement: each is a
// struct whose tags are its participle grammar. Parts are optional in the
// grammar wherever Compile says better what is missing ("budget needs a
// duration, found end of line"), and a Stray keeps what a line adds beyond
// what its statement takes, so that Compile can name it. An Unknown is a
// statement no rule recognises, kept whole with its block.
//
// Formulas (y = x^2 + 1, z = ..., a region's 2*x + y - 1 > 0) are a
// language of their own, owned by package expr, which Go programs that
// build plots by hand use too. The grammar says exactly where a formula
// starts and ends (Formula, formula.go); Compile hands its source text to
// expr.Parse.
//
// Every node embeds a Span, the tokens it covers, and has Pos and End: a
// Pos is a byte offset plus one, as in go/token, and File.Position expands
// it to file:line:col with the column counted in characters. The leaves of
// the tree, identifiers, strings and numbers, are tokens (Token), which
// carry their own offsets. A block holds its statements as values of an
// interface that lists what it may hold (GraphStmt, PlotStmt, ActionStmt,
// ...). Statements embed Commented: the comment group on the lines right
// above one is its Doc, and a comment after it on its last line is its
// Comment; every comment is in File.Comments. Inspect walks the tree in
// source order, as go/ast.Inspect does.
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
//	    show a b; hide a; dim a; highlight b -> c; show b -> c[2]   [delay 0.5s] [ease linear|ease-in-out|steps]
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
//     arrow); the n-th edge written from the same node to the same node
//     gets "from->to[n]", which show, hide, dim and highlight name as
//     a -> b[n].
//   - flow a -> b needs an edge that carries things from a to b: a -> b,
//     b <- a, or a <-> b or a -- b written either way. In show, hide, dim and
//     highlight, "a -> b" names the edges that carry from a to b in the same
//     way, "a <-> b" or "a -- b" every edge joining them.
//   - Several top-level panels stack in a column.
//   - Nesting of blocks and parentheses is limited to MaxDepth levels.
//
// # Adding a panel kind
//
// A panel kind is one file (graph.go for graphs) holding:
//
//   - its grammar struct, which embeds Span and Commented and starts with
//     the kind's keyword, and the structs of its statements; a block's
//     statements are an interface with a marker method, whose members the
//     kind lists in its unions method;
//   - its help: keywords and usage lines for error messages, and which
//     statements each of its blocks may hold;
//   - its compile method, which declares its ids with compiler.declare,
//     resolves the names it refers to with compiler.resolve, and returns its
//     diagram.Panel.
//
// The grammar learns of the kind from one line in panelKinds (ast.go),
// above Unknown. After a change to the AST, walk.go, which Inspect uses, is
// rewritten with UPDATE_GOLDEN=1 go test -run TestWalkCode ./dsl.
package dsl
