package dsl

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/google/go-cmp/cmp"
)

// wholeGrammar is the grammar of the language built in one piece, every
// union a participle union and the let statement's grammar inline: the
// oracle that the parts of the grammar (parser, parsePanel,
// parseAnimateStmt, Let.Parse) are held to.
var wholeGrammar = sync.OnceValue(func() *participle.Parser[wholeFile] {
	opts := []participle.Option{
		participle.Lexer(definition{}),
		participle.UseLookahead(1),
		participle.Union[Panel](panelKinds()...),
		participle.Union[AnimateStmt](&Step{}, &HiddenStmt{}, &Unknown{}),
		participle.Union[ActionStmt](actionStmts()...),
	}
	for _, p := range panelKinds() {
		if u, ok := p.(interface{ unions() []participle.Option }); ok {
			opts = append(opts, u.unions()...)
		}
	}
	return participle.MustBuild[wholeFile](opts...)
})

// wholeFile and wholeStmt are File and Stmt with the grammar of a let
// statement inline (letGrammar), where Let has a part of its own.
type wholeFile struct {
	Span
	Stmts []*wholeStmt `parser:"EOL? ( @@ ( EOL @@? )* )?"`
}

type wholeStmt struct {
	Span
	Commented
	Header  *Header     `parser:"@@"`
	Let     *letGrammar `parser:"| @@"`
	Param   *Param      `parser:"| @@"`
	Legend  *Legend     `parser:"| @@"`
	Animate *Animate    `parser:"| @@"`
	Connect *Connect    `parser:"| @@"`
	Callout *Callout    `parser:"| @@"`
	Panel   Panel       `parser:"| @@"`
}

// parseWhole parses a file with the whole grammar.
func parseWhole(peek *lexer.PeekingLexer) (*File, error) {
	w, err := wholeGrammar().ParseFromLexer(peek)
	if err != nil {
		return nil, err
	}
	f := &File{Span: w.Span}
	for _, st := range w.Stmts {
		f.Stmts = append(f.Stmts, &Stmt{Span: st.Span, Commented: st.Commented, Header: st.Header,
			Let: (*Let)(st.Let), Param: st.Param, Legend: st.Legend, Animate: st.Animate, Connect: st.Connect, Callout: st.Callout, Panel: st.Panel})
	}
	return f, nil
}

// TestWholeGrammarMirrorsFile checks that wholeFile and wholeStmt have the
// grammar of File and Stmt, field by field.
func TestWholeGrammarMirrorsFile(t *testing.T) {
	for _, pair := range [][2]reflect.Type{
		{reflect.TypeFor[File](), reflect.TypeFor[wholeFile]()},
		{reflect.TypeFor[Stmt](), reflect.TypeFor[wholeStmt]()},
	} {
		var got, want []string
		for i := range pair[0].NumField() {
			if f := pair[0].Field(i); f.Tag.Get("parser") != "" || f.Anonymous {
				want = append(want, f.Name+" "+f.Tag.Get("parser"))
			}
		}
		for i := range pair[1].NumField() {
			f := pair[1].Field(i)
			got = append(got, f.Name+" "+f.Tag.Get("parser"))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s and %s differ (-%[1]s +%[2]s):\n%s", pair[0], pair[1], diff)
		}
	}
}

// mutations returns n variants of src, each with one token deleted,
// doubled, swapped with the next or preceded by another token, at places
// drawn by rng.
func mutations(src []byte, n int, rng *rand.Rand) [][]byte {
	type span struct{ start, end int }
	var toks []span
	sc := newScanner(src)
	for {
		t, err := sc.Next()
		if err != nil || t.EOF() {
			break
		}
		if t.Type != tokSpace && t.Type != tokComment {
			toks = append(toks, span{t.Pos.Offset, t.Pos.Offset + len(t.Value)})
		}
	}
	if len(toks) < 2 {
		return nil
	}
	inserts := []string{"{", "}", "\n", ";", "->", `"x"`, "1", "x", ":", "(", ")", "graph", "step", "group", "row", "animate", "shape", "tone", "..", "=", "note"}
	var out [][]byte
	for range n {
		i := rng.IntN(len(toks) - 1)
		t, next := toks[i], toks[i+1]
		var b []byte
		switch rng.IntN(4) {
		case 0: // delete
			b = append(append(b, src[:t.start]...), src[t.end:]...)
		case 1: // double
			b = append(append(append(b, src[:t.end]...), ' '), src[t.start:]...)
		case 2: // swap with the next
			b = append(append(b, src[:t.start]...), src[next.start:next.end]...)
			b = append(append(b, src[t.end:next.start]...), src[t.start:t.end]...)
			b = append(b, src[next.end:]...)
		default: // insert
			b = append(append(b, src[:t.start]...), inserts[rng.IntN(len(inserts))]+" "...)
			b = append(b, src[t.start:]...)
		}
		out = append(out, b)
	}
	return out
}

// TestPartsParseAsWholeGrammar checks that the grammar built in parts
// gives the tree and the errors of the whole grammar, on the fuzz seeds,
// every example and curriculum sheet, and variants of them with a token
// deleted, doubled, swapped or inserted.
func TestPartsParseAsWholeGrammar(t *testing.T) {
	var srcs [][]byte
	for _, s := range fuzzSeeds {
		srcs = append(srcs, []byte(s))
	}
	examples := exampleSources(t)
	srcs = append(srcs, examples...)
	perFile := 12
	if testing.Short() {
		perFile = 2
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, src := range examples {
		srcs = append(srcs, mutations(src, perFile, rng)...)
	}
	for _, src := range srcs {
		got, gotErr := parseWith(parseFile, "f.diag", src, Limits{})
		want, wantErr := parseWith(parseWhole, "f.diag", src, Limits{})
		if g, w := fmt.Sprint(gotErr), fmt.Sprint(wantErr); g != w {
			t.Errorf("Parse(%q) error = %s, whole grammar: %s", src, g, w)
			continue
		}
		if diff := cmp.Diff(dumpTree(want), dumpTree(got)); diff != "" {
			t.Errorf("Parse(%q) tree mismatch (-whole grammar +parts):\n%s", src, diff)
		}
	}
}

// dumpTree writes out a parsed file, a line per node and per leaf: each
// node's type and span, each token's text and offset.
func dumpTree(f *File) []string {
	if f == nil {
		return nil
	}
	var out []string
	var dump func(path string, v reflect.Value)
	dump = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				dump(path, v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				dump(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
			}
		case reflect.Struct:
			if t, ok := v.Interface().(Token); ok {
				out = append(out, fmt.Sprintf("%s %q@%d", path, t.Value, t.Pos.Offset))
				return
			}
			if s, ok := v.Addr().Interface().(*Span); ok {
				out = append(out, fmt.Sprintf("%s %d..%d", path, s.Pos(), s.End()))
				return
			}
			out = append(out, path+" "+v.Type().Name())
			for i := range v.NumField() {
				if sf := v.Type().Field(i); sf.IsExported() {
					dump(path+"."+sf.Name, v.Field(i))
				}
			}
		default:
			out = append(out, fmt.Sprintf("%s %v", path, v.Interface()))
		}
	}
	dump("", reflect.ValueOf(f.Stmts))
	return out
}

var _ = strings.Repeat
