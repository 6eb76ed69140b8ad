package diag_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/diagram"
)

// failingWriter counts the writes it is given.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.Buffer.Write(p)
}

// TestCompileTo checks that CompileTo and RenderTo write the bytes of
// Compile and Render in one write, and nothing on an error.
func TestCompileTo(t *testing.T) {
	src, err := os.ReadFile("examples/anim-flow.diag")
	if err != nil {
		t.Fatal(err)
	}
	want, err := diag.Compile("examples/anim-flow.diag", src, diag.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var w countingWriter
	if err := diag.CompileTo(&w, "examples/anim-flow.diag", src, diag.Options{}); err != nil {
		t.Fatal(err)
	}
	if w.writes != 1 || !bytes.Equal(w.Bytes(), want) {
		t.Errorf("CompileTo wrote %d bytes in %d writes, want the %d bytes of Compile in one", w.Len(), w.writes, len(want))
	}

	var bad countingWriter
	err = diag.CompileTo(&bad, "bad.diag", []byte("graph g {\n  a -> \n}\n"), diag.Options{})
	if err == nil || bad.writes != 0 {
		t.Errorf("CompileTo of a bad source: error %v after %d writes, want an error and no write", err, bad.writes)
	}

	d := &diagram.Diagram{Body: &diagram.Graph{Nodes: []*diagram.Node{{ID: "a"}}, Edges: []*diagram.Edge{{From: "a", To: "b"}}}}
	err = diag.RenderTo(&bad, d, "bad.diag", diag.Options{})
	if err == nil || bad.writes != 0 {
		t.Errorf("RenderTo of a dangling edge: error %v after %d writes, want an error and no write", err, bad.writes)
	}
	if _, err := diag.Render(nil, "nil.diag", diag.Options{}); err == nil || err.Error() != "nil.diag: no diagram to draw (pass a *diagram.Diagram; an empty one draws an empty picture)" {
		t.Errorf("Render(nil) = %v, want an error", err)
	}
	if _, err := diag.Render(&diagram.Diagram{}, "empty.diag", diag.Options{}); err != nil {
		t.Errorf("Render of an empty diagram: %v", err)
	}
	d.Body.(*diagram.Graph).Nodes = append(d.Body.(*diagram.Graph).Nodes, &diagram.Node{ID: "b"})
	want, err = diag.Render(d, "good.diag", diag.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var good countingWriter
	if err := diag.RenderTo(&good, d, "good.diag", diag.Options{}); err != nil || good.writes != 1 || !bytes.Equal(good.Bytes(), want) {
		t.Errorf("RenderTo: error %v, %d writes; want the bytes of Render in one write", err, good.writes)
	}
}

// TestFrameWithoutStatic checks that a Frame above zero draws the still
// picture at that moment whether Static is set or not, and that Static
// alone still draws the final picture.
func TestFrameWithoutStatic(t *testing.T) {
	src, err := os.ReadFile("examples/anim-show.diag")
	if err != nil {
		t.Fatal(err)
	}
	compile := func(opts diag.Options) []byte {
		t.Helper()
		out, err := diag.Compile("examples/anim-show.diag", src, opts)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	at := 1500 * time.Millisecond
	frame := compile(diag.Options{Frame: at})
	if !bytes.Equal(frame, compile(diag.Options{Static: true, Frame: at})) {
		t.Errorf("Frame %v without Static differs from the still picture with Static", at)
	}
	if bytes.Contains(frame, []byte("@keyframes")) {
		t.Errorf("Frame %v without Static is animated", at)
	}
	final := compile(diag.Options{Static: true})
	if bytes.Equal(final, frame) {
		t.Errorf("Static alone draws the picture at %v, want the final picture", at)
	}
	if !bytes.Contains(compile(diag.Options{}), []byte("@keyframes")) {
		t.Errorf("the zero Options do not animate")
	}
}

// TestFormatError checks the root's error formatting on errors of a
// source and of a model built in Go, and that its error types match them.
func TestFormatError(t *testing.T) {
	src := []byte("graph g {\n  a -> b\n}\nanimate {\n  step \"s\" 1s { show c }\n}\n")
	_, err := diag.Compile("f.diag", src, diag.Options{})
	want := "f.diag:5:22: unknown id \"c\"\n      step \"s\" 1s { show c }\n                         ^\n    hint: declare it first, in a graph or another panel\n"
	if got := diag.FormatError(src, err); got != want {
		t.Errorf("FormatError of a source error = %q, want %q", got, want)
	}
	var list diag.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Errorf("Compile error %v is not an ErrorList of one", err)
	}

	d := &diagram.Diagram{Body: &diagram.Graph{PanelHead: diagram.PanelHead{ID: "g"}, Nodes: []*diagram.Node{{ID: "a"}}, Edges: []*diagram.Edge{{From: "a", To: "zz"}}}}
	_, err = diag.Render(d, "built.diag", diag.Options{})
	got := diag.FormatError(nil, err)
	want = "built.diag: graph g: edge 1 (a -> zz): unknown node \"zz\"\n    hint: an edge joins nodes and groups of its own graph\n"
	if got != want {
		t.Errorf("FormatError of a model error = %q, want %q", got, want)
	}
	if p := diag.Printable("a\x1b[31mb"); p != `a\x1b[31mb` {
		t.Errorf("Printable = %q, want the escape shown", p)
	}
}

// TestFontCSS checks that the shared fonts hold the characters of the
// texts, of their escapes and of the renderer, and no other beyond ASCII.
func TestFontCSS(t *testing.T) {
	plain, err := diag.FontCSS()
	if err != nil {
		t.Fatal(err)
	}
	more, err := diag.FontCSS(`title "\u{416}"`, "ℵ")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(more, "@font-face{") || len(more) <= len(plain) {
		t.Errorf("FontCSS with two more characters is %d bytes, FontCSS alone %d; want more", len(more), len(plain))
	}
	same, err := diag.FontCSS("Ж ℵ")
	if err != nil {
		t.Fatal(err)
	}
	if same != more {
		t.Errorf("an escape does not add the character it stands for: FontCSS differs from the one of the characters written out")
	}
	arrows, _ := diag.FontCSS("→ ✓")
	if arrows != plain {
		t.Errorf("the renderer's own characters are not in every font set")
	}
}
