package dsl

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// treeComparer compares two ASTs field by field. Positions do not count,
// nor do the line ends between statements (a ";" may become a line break);
// tokens count by type and text, comments by text and by whether they
// follow code, and a node printed verbatim by its source text.
type treeComparer struct {
	x, y *File
	at   Pos    // the position in x of the innermost node being compared
	diff string // the first difference, or ""
}

var (
	tokenType   = reflect.TypeFor[lexer.Token]()
	spanType    = reflect.TypeFor[Span]()
	posType     = reflect.TypeFor[Pos]()
	groupType   = reflect.TypeFor[*CommentGroup]()
	nodeType    = reflect.TypeFor[Node]()
	fileSrcType = reflect.TypeFor[source]()
)

// fail records the first difference.
func (c *treeComparer) fail(path, format string, args ...any) bool {
	if c.diff == "" {
		c.diff = path + ": " + fmt.Sprintf(format, args...)
	}
	return false
}

// value compares a and b, values of one type found at path.
func (c *treeComparer) value(a, b reflect.Value, path string) bool {
	switch a.Type() {
	case tokenType:
		return c.token(a.Interface().(lexer.Token), b.Interface().(lexer.Token), path)
	case spanType:
		return c.tokens(a.Interface().(Span).Tokens, b.Interface().(Span).Tokens, path)
	case posType, fileSrcType:
		return true
	case groupType:
		return c.group(a.Interface().(*CommentGroup), b.Interface().(*CommentGroup), path)
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return c.fail(path, "one is missing")
			}
			return true
		}
		if a.Kind() == reflect.Interface && a.Elem().Type() != b.Elem().Type() {
			return c.fail(path, "%s became %s", a.Elem().Type(), b.Elem().Type())
		}
		if a.Type().Implements(nodeType) {
			n, m := a.Interface().(Node), b.Interface().(Node)
			if n.Pos().IsValid() {
				c.at = n.Pos()
			}
			if layoutOf(n) == layoutVerbatim && c.text(n) != textOf(c.y, m) {
				return c.fail(path, "%q became %q", c.text(n), textOf(c.y, m))
			}
		}
		return c.value(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		t := a.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if !c.value(a.Field(i), b.Field(i), path+"."+f.Name) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return c.fail(path, "%d elements became %d", a.Len(), b.Len())
		}
		for i := range a.Len() {
			if !c.value(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)) {
				return false
			}
		}
		return true
	case reflect.String:
		if a.String() != b.String() {
			return c.fail(path, "%q became %q", a.String(), b.String())
		}
		return true
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return c.fail(path, "%v became %v", a.Bool(), b.Bool())
		}
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			return c.fail(path, "%d became %d", a.Int(), b.Int())
		}
		return true
	}
	if !reflect.DeepEqual(a.Interface(), b.Interface()) {
		return c.fail(path, "%v became %v", a.Interface(), b.Interface())
	}
	return true
}

// text returns the source text of n in x.
func (c *treeComparer) text(n Node) string { return textOf(c.x, n) }

func textOf(f *File, n Node) string {
	if !n.Pos().IsValid() {
		return ""
	}
	return string(f.src.src[n.Pos().Offset():n.End().Offset()])
}

// token compares two tokens by type and text; two line ends are equal.
func (c *treeComparer) token(a, b lexer.Token, path string) bool {
	if a.Type != b.Type || a.Type != tokEOL && a.Value != b.Value {
		return c.fail(path, "%s became %s", describe(a), describe(b))
	}
	return true
}

// tokens compares the tokens of two spans, line ends aside.
func (c *treeComparer) tokens(a, b []lexer.Token, path string) bool {
	a, b = withoutEOL(a), withoutEOL(b)
	for i := range min(len(a), len(b)) {
		if !c.token(a[i], b[i], path) {
			return false
		}
	}
	if len(a) != len(b) {
		return c.fail(path, "%d tokens became %d", len(a), len(b))
	}
	return true
}

func withoutEOL(toks []lexer.Token) []lexer.Token {
	var out []lexer.Token
	for _, t := range toks {
		if t.Type != tokEOL {
			out = append(out, t)
		}
	}
	return out
}

// group compares two comment groups by their text and by whether they
// follow code.
func (c *treeComparer) group(a, b *CommentGroup, path string) bool {
	if a == nil || b == nil {
		if (a == nil) != (b == nil) {
			return c.fail(path, "a comment is attached to one statement only")
		}
		return true
	}
	c.at = a.Pos()
	if a.trailing != b.trailing {
		return c.fail(path, "a comment moved to or from the end of a line")
	}
	ta, tb := commentTexts(a), commentTexts(b)
	if ta != tb {
		return c.fail(path, "comment %q became %q", ta, tb)
	}
	return true
}

// commentTexts returns the comments of g as written, without the blanks at
// their ends, one line each.
func commentTexts(g *CommentGroup) string {
	var b strings.Builder
	for _, cm := range g.List {
		b.WriteString(strings.TrimRight(cm.Text, " \t\r\f\v"))
		b.WriteByte('\n')
	}
	return b.String()
}
