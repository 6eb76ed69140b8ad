package dsl

import "strings"

// Comment is one comment: "#" and the rest of its line.
type Comment struct {
	Hash Pos    // position of the "#"
	Text string // the comment as written, "#" included
}

// Pos returns the position of the "#".
func (c *Comment) Pos() Pos { return c.Hash }

// End returns the position just after the comment's last character.
func (c *Comment) End() Pos { return c.Hash + Pos(len(c.Text)) }

// CommentGroup is a run of comments with nothing between them: comments
// alone on consecutive lines, or the one comment after a statement on its
// line.
type CommentGroup struct {
	List []*Comment // at least one
	// trailing is set for a comment that follows code on its line.
	trailing bool
	// first and last are the lines of the first and last comment.
	first, last int
	attached    bool
}

// Pos returns the position of the group's first "#".
func (g *CommentGroup) Pos() Pos { return g.List[0].Pos() }

// End returns the position just after the group's last comment.
func (g *CommentGroup) End() Pos { return g.List[len(g.List)-1].End() }

// Text returns the text of the comments, without their "#" and the space
// after it, one line each.
func (g *CommentGroup) Text() string {
	var b strings.Builder
	for _, c := range g.List {
		line := strings.TrimPrefix(c.Text, "#")
		line = strings.TrimPrefix(line, " ")
		b.WriteString(strings.TrimRight(line, " \t\r"))
		b.WriteByte('\n')
	}
	return b.String()
}

// Commented is embedded in every statement node: the comments attached to
// the statement. Every comment of a file is in File.Comments; a formatter
// that prints statements with their Doc and Comment groups and the other
// groups where they fall keeps them all.
type Commented struct {
	// Doc is the group on the lines right above the statement, or nil.
	Doc *CommentGroup
	// Comment is the comment after the statement on its last line, or nil.
	Comment *CommentGroup
}

func (c *Commented) comments() *Commented { return c }

// statement is a node that comments attach to.
type statement interface {
	Node
	comments() *Commented
}

// addComment records a comment found by the scanner on line (from 1);
// trailing is set when code comes before it on its line.
func (s *scanner) addComment(off int, text string, line int, trailing bool) {
	c := &Comment{Hash: posAt(off), Text: text}
	if n := len(s.comments); n > 0 && !trailing {
		if g := s.comments[n-1]; !g.trailing && g.last == line-1 {
			g.List = append(g.List, c)
			g.last = line
			return
		}
	}
	s.comments = append(s.comments, &CommentGroup{List: []*Comment{c}, trailing: trailing, first: line, last: line})
}

// attachComments gives each statement of f its Doc and Comment groups. A
// group attaches to the outermost statement it fits (a top-level Stmt
// rather than the panel inside it), and to one statement only: a doc
// group to the first statement of the line after it, a comment after code
// to the statement that ends last before it on its line.
func attachComments(f *File) {
	if len(f.Comments) == 0 {
		return
	}
	docs := map[int]*CommentGroup{}     // own-line groups by their last line
	trailing := map[int]*CommentGroup{} // trailing comments by their line
	for _, g := range f.Comments {
		if g.trailing {
			trailing[g.first] = g
		} else {
			docs[g.last] = g
		}
	}
	// A trailing comment goes to the statement that ends last before it
	// on its line (b in "a; b # c"), the outermost of those that end there.
	closest := map[*CommentGroup]statement{}
	Inspect(f, func(n Node) bool {
		st, ok := n.(statement)
		if !ok {
			return true
		}
		c := st.comments()
		if g := docs[f.src.line(st.Pos().Offset())-1]; g != nil && !g.attached {
			c.Doc, g.attached = g, true
		}
		if g := trailing[f.src.line(st.End().Offset())]; g != nil && g.Pos() >= st.End() {
			if prev, ok := closest[g]; !ok || st.End() > prev.End() {
				closest[g] = st
			}
		}
		return true
	})
	for _, g := range f.Comments {
		if st, ok := closest[g]; ok {
			st.comments().Comment, g.attached = g, true
		}
	}
}
