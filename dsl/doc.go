// Package dsl is the front end of the diag language: it turns .diag text
// into the diagram model.
//
// Parse lexes and parses a file with a participle grammar into a File, an
// AST in which every node keeps its position. Compile also resolves names in
// one namespace shared by the whole diagram (panels, nodes, groups and, later,
// plot marks), checks every reference, and converts the AST into a
// diagram.Diagram. Errors are diagram.ErrorList values sorted by position,
// with columns counted in characters and a hint saying how to fix each one;
// FormatError prints them with the source line and a caret.
//
// The package owns the lexer, the grammar, name resolution and "did you
// mean" suggestions. It does not lay anything out, and it imports no pipeline
// package other than diagram.
//
// Each panel kind has one file holding its grammar structs and its
// conversion (graph.go for graphs); the list of panel kinds the grammar tries
// is panelKinds in ast.go.
package dsl
