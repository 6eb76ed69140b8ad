package dsl

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// fastParse builds the AST of the commonest files, graphs and headers,
// without participle: participle tries every alternative of the grammar by
// reflection at every statement, and on a file of plain node and edge lines
// it spends about 20 µs and a hundred allocations on each line.
//
// fastParse covers a subset of the grammar: header statements; row, column
// and grid; graph panels with nodes, edges, groups and rank lines. Inside
// that subset it builds exactly the AST that participle builds; on anything
// else, or on the first token that is not what a well-formed statement of
// the subset expects, it gives up (ok is false) and Parse runs participle,
// which remains the grammar of record and the source of every syntax error.
// TestFastParseMatchesParticiple and FuzzFastParse hold the two to the same
// trees.
func fastParse(toks []lexer.Token) (f *File, ok bool) {
	p := &fastParser{toks: toks}
	f = &File{Pos: p.peek().Pos}
	p.eols()
	for !p.at(tokEOF, "") {
		st := p.stmt()
		if st == nil {
			return nil, false
		}
		f.Stmts = append(f.Stmts, st)
		if p.at(tokEOF, "") {
			break
		}
		if !p.at(tokEOL, "") {
			return nil, false
		}
		p.eols()
	}
	return f, true
}

// fastParser reads a token slice that ends with EOF.
type fastParser struct {
	toks []lexer.Token
	i    int
}

func (p *fastParser) peek() *lexer.Token { return &p.toks[p.i] }

// next returns the current token and moves past it; EOF stays put.
func (p *fastParser) next() *lexer.Token {
	t := &p.toks[p.i]
	if p.i < len(p.toks)-1 {
		p.i++
	}
	return t
}

// at reports whether the current token has type typ and, unless value is
// "", that value.
func (p *fastParser) at(typ lexer.TokenType, value string) bool {
	t := p.peek()
	return t.Type == typ && (value == "" || t.Value == value)
}

// atAny reports whether the current token is an identifier among words.
func (p *fastParser) atAny(words ...string) bool {
	t := p.peek()
	return t.Type == tokIdent && contains(words, t.Value)
}

func (p *fastParser) eols() {
	for p.at(tokEOL, "") {
		p.next()
	}
}

// attrKeywords may not be taken for an id after graph, group, row, column
// or grid: the grammar's negative lookahead.
var attrKeywords = []string{"shape", "tone", "icon", "direction", "dashed", "bold"}

func (p *fastParser) stmt() *Stmt {
	st := &Stmt{Pos: p.peek().Pos}
	switch {
	case p.atAny("title", "subtitle", "footer", "kicker", "theme", "size", "sheet", "ask"):
		st.Header = p.header()
	case p.atAny("graph", "row", "column", "grid"):
		if st.Panel = p.panel(); st.Panel == nil {
			return nil
		}
	default:
		return nil
	}
	return st
}

func (p *fastParser) header() *Header {
	h := &Header{Pos: p.peek().Pos, Keyword: p.next().Value}
	for {
		v := p.value()
		if v == nil {
			return h
		}
		h.Args = append(h.Args, v)
	}
}

// value reads a string, a number or an identifier, or returns nil without
// moving.
func (p *fastParser) value() *Value {
	t := p.peek()
	switch t.Type {
	case tokString:
		return &Value{Pos: t.Pos, String: p.string()}
	case tokIdent:
		return &Value{Pos: t.Pos, Ident: p.ident()}
	}
	if n := p.number(); n != nil {
		return &Value{Pos: t.Pos, Number: n}
	}
	return nil
}

func (p *fastParser) ident() *Ident {
	t := p.next()
	return &Ident{Pos: t.Pos, Name: t.Value}
}

func (p *fastParser) string() *String {
	t := p.next()
	return &String{Pos: t.Pos, Raw: t.Value}
}

// number reads [-]Number, or returns nil without moving.
func (p *fastParser) number() *Number {
	t := p.peek()
	switch {
	case t.Type == tokNumber:
		p.next()
		return &Number{Pos: t.Pos, Raw: t.Value}
	case t.Type == tokPunct && t.Value == "-" && p.toks[p.i+1].Type == tokNumber:
		p.next()
		return &Number{Pos: t.Pos, Raw: "-" + p.next().Value}
	}
	return nil
}

// optionalID reads the id after graph, group, row, column or grid: any
// identifier but an attribute keyword.
func (p *fastParser) optionalID() *Ident {
	if p.at(tokIdent, "") && !p.atAny(attrKeywords...) {
		return p.ident()
	}
	return nil
}

// attrs reads attributes until the next token is none.
func (p *fastParser) attrs() []*Attr {
	var out []*Attr
	for {
		t := p.peek()
		a := &Attr{Pos: t.Pos}
		switch {
		case t.Type == tokString:
			a.Label = p.string()
		case p.atAny("shape", "tone", "icon", "direction"):
			a.Key = p.next().Value
			if p.at(tokIdent, "") {
				a.Value = p.ident()
			}
		case p.atAny("dashed", "bold"):
			a.Flag = p.next().Value
		default:
			return out
		}
		out = append(out, a)
	}
}

// block reads "{" EOL* ( item ( EOL+ item? )* )? "}", calling item for each
// statement; item returns false when the statement is outside the subset.
func (p *fastParser) block(item func() bool) bool {
	if !p.at(tokPunct, "{") {
		return false
	}
	p.next()
	p.eols()
	for !p.at(tokPunct, "}") {
		if !item() {
			return false
		}
		if p.at(tokPunct, "}") {
			break
		}
		if !p.at(tokEOL, "") {
			return false
		}
		p.eols()
	}
	p.next()
	return true
}

// panel reads a graph, row, column or grid, or returns nil.
func (p *fastParser) panel() Panel {
	pos := p.peek().Pos
	switch {
	case p.atAny("graph"):
		p.next()
		g := &Graph{Pos: pos, ID: p.optionalID(), Attrs: p.attrs()}
		if !p.block(func() bool { return p.graphStmt(&g.Stmts) }) {
			return nil
		}
		return g
	case p.atAny("row", "column", "grid"):
		s := &Split{Pos: pos, Kind: p.next().Value}
		s.Cols = p.number()
		s.ID = p.optionalID()
		s.Attrs = p.attrs()
		ok := p.block(func() bool {
			if !p.atAny("graph", "row", "column", "grid") {
				return false
			}
			item := p.panel()
			s.Items = append(s.Items, item)
			return item != nil
		})
		if !ok {
			return nil
		}
		return s
	}
	return nil
}

// graphStmt reads one statement of a graph or group into *out.
func (p *fastParser) graphStmt(out *[]*GraphStmt) bool {
	t := p.peek()
	if t.Type != tokIdent {
		return false
	}
	st := &GraphStmt{Pos: t.Pos}
	switch t.Value {
	case "group":
		p.next()
		g := &Group{Pos: t.Pos, ID: p.optionalID(), Attrs: p.attrs()}
		if !p.block(func() bool { return p.graphStmt(&g.Stmts) }) {
			return false
		}
		st.Group = g
	case "rank":
		p.next()
		r := &Rank{Pos: t.Pos}
		if p.at(tokIdent, "") {
			r.Mode = p.ident()
		}
		for p.at(tokIdent, "") {
			r.Nodes = append(r.Nodes, p.ident())
		}
		st.Rank = r
	default:
		id := p.ident()
		if !p.at(tokArrow, "") {
			st.Node = &NodeDecl{Pos: t.Pos, ID: id, Attrs: p.attrs()}
			break
		}
		e := &Edge{Pos: t.Pos, From: id}
		for p.at(tokArrow, "") {
			arrow := p.next()
			if !p.at(tokIdent, "") {
				return false
			}
			e.Hops = append(e.Hops, &Hop{Pos: arrow.Pos, Arrow: arrow.Value, To: p.ident()})
		}
		e.Attrs = p.attrs()
		st.Edge = e
	}
	// A statement ends at the end of its line or at the block's "}".
	if !p.at(tokEOL, "") && !p.at(tokPunct, "}") {
		return false
	}
	*out = append(*out, st)
	return true
}
