package text

import (
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Rich text: a line of inline markup (see diagram.ParseMarkup) becomes
// measured runs, is wrapped to a width at spaces, and each wrapped line
// becomes one Text whose runs carry their own face, size, x and baseline
// shift.

// LineGap is the least space between the ink of wrapped lines, in px.
const LineGap = 2

// scriptSize returns the size of sub- and superscripts for a main size:
// about 72 %, never under 11 px.
func scriptSize(size float64) float64 { return max(11, size*0.72) }

// scriptShift returns the baseline shift of a span (negative is up).
func scriptShift(s diagram.SpanShift, size float64) float64 {
	switch s {
	case diagram.Superscript:
		return -0.38 * size
	case diagram.Subscript:
		return 0.22 * size
	}
	return 0
}

// piece is a measured piece of rich text in one style.
type piece struct {
	text  string
	face  scene.FontFace
	size  float64
	shift float64
	code  bool
	width float64
}

// word is a run of pieces with no break opportunity inside.
type word struct {
	pieces []piece
	width  float64
}

// RichLine is one wrapped line: its pieces with their x offsets from the
// line's start, and its width.
type RichLine struct {
	pieces []piece
	xs     []float64
	W      float64
}

func styleOf(s diagram.Span, base scene.FontFace, size float64) piece {
	p := piece{face: base, size: size, code: s.Code}
	switch {
	case s.Code:
		p.face = scene.Mono
	case s.Bold:
		p.face = scene.SansBold
	}
	if s.Shift != diagram.Baseline {
		p.size = scriptSize(size)
		p.shift = scriptShift(s.Shift, size)
	}
	return p
}

// richWords splits spans into words at spaces outside code spans; base is
// the face of text that is neither bold nor code.
func richWords(spans []diagram.Span, base scene.FontFace, size float64) []word {
	var words []word
	var cur word
	flush := func() {
		if len(cur.pieces) > 0 {
			words = append(words, cur)
		}
		cur = word{}
	}
	add := func(st piece, text string) {
		if text == "" {
			return
		}
		st.text = text
		st.width = Measure(st.face, st.size, text)
		cur.pieces = append(cur.pieces, st)
		cur.width += st.width
	}
	for _, s := range spans {
		st := styleOf(s, base, size)
		if s.Code {
			add(st, s.Text)
			continue
		}
		parts := strings.Split(s.Text, " ")
		for i, part := range parts {
			if i > 0 {
				flush()
			}
			add(st, part)
		}
	}
	flush()
	return words
}

// WrapRich breaks spans into lines no wider than width. A word wider than
// width is cut between characters. base is the face of plain text.
func WrapRich(spans []diagram.Span, base scene.FontFace, size, width float64) []RichLine {
	space := Measure(scene.Sans, size, " ")
	var lines []RichLine
	var cur []word
	curW := 0.0
	flush := func() {
		lines = append(lines, joinWords(cur, size))
		cur, curW = nil, 0
	}
	for _, w := range richWords(spans, base, size) {
		for _, part := range splitWord(w, width) {
			need := part.width
			if len(cur) > 0 {
				need += space
			}
			if len(cur) > 0 && curW+need > width {
				// A line never starts with an operator such as − or =:
				// the word before it moves down too.
				var carry []word
				if isOperator(part) && len(cur) > 1 {
					carry = cur[len(cur)-1:]
					cur = cur[:len(cur)-1]
				}
				flush()
				need = part.width
				for _, w := range carry {
					cur = append(cur, w)
					curW += w.width
					need += space
				}
			}
			cur = append(cur, part)
			curW += need
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// isOperator reports whether a word is a lone operator sign.
func isOperator(w word) bool {
	if len(w.pieces) != 1 {
		return false
	}
	switch w.pieces[0].text {
	case "−", "-", "+", "=", "≈", "×", "·", "/", "←", "→", "≤", "≥", "<", ">", "±":
		return true
	}
	return false
}

// splitWord cuts a word wider than width into parts that fit.
func splitWord(w word, width float64) []word {
	if w.width <= width {
		return []word{w}
	}
	var out []word
	var cur word
	for _, p := range w.pieces {
		for _, r := range p.text {
			ch := string(r)
			cw := Measure(p.face, p.size, ch)
			if cur.width+cw > width && len(cur.pieces) > 0 {
				out = append(out, trimWord(cur))
				cur = word{}
			}
			if len(cur.pieces) == 0 && ch == " " {
				continue // a part never starts with a space
			}
			n := len(cur.pieces)
			if n > 0 && samePieceStyle(cur.pieces[n-1], p) {
				cur.pieces[n-1].text += ch
				cur.pieces[n-1].width = Measure(p.face, p.size, cur.pieces[n-1].text)
			} else {
				q := p
				q.text, q.width = ch, cw
				cur.pieces = append(cur.pieces, q)
			}
			cur.width = 0
			for _, q := range cur.pieces {
				cur.width += q.width
			}
		}
	}
	if len(cur.pieces) > 0 {
		out = append(out, trimWord(cur))
	}
	return out
}

// trimWord drops the spaces at the end of a word cut from a longer one.
func trimWord(w word) word {
	last := &w.pieces[len(w.pieces)-1]
	last.text = strings.TrimRight(last.text, " ")
	last.width = Measure(last.face, last.size, last.text)
	w.width = 0
	for _, p := range w.pieces {
		w.width += p.width
	}
	return w
}

func samePieceStyle(a, b piece) bool {
	return a.face == b.face && a.size == b.size && a.shift == b.shift && a.code == b.code
}

// joinWords makes a line of words. A space between two words of one plain
// style stays inside the merged run; a space at a change of style becomes
// a gap between runs (renderers drop spaces at the ends of runs). Every
// merged run is measured again so that x offsets follow the real advances.
func joinWords(words []word, size float64) RichLine {
	space := Measure(scene.Sans, size, " ")
	var l RichLine
	x := 0.0
	for i, w := range words {
		for k, p := range w.pieces {
			n := len(l.pieces)
			gap := i > 0 && k == 0
			if n > 0 && samePieceStyle(l.pieces[n-1], p) && (!gap || !p.code && p.shift == 0) {
				last := &l.pieces[n-1]
				if gap {
					last.text += " "
				}
				last.text += p.text
				last.width = Measure(last.face, last.size, last.text)
				x = l.xs[n-1] + last.width
				continue
			}
			if gap {
				x += space
			}
			l.pieces = append(l.pieces, p)
			l.xs = append(l.xs, x)
			x += p.width
		}
	}
	l.W = x
	return l
}

// Extent returns how far the line's ink reaches above and below its
// baseline.
func (l RichLine) Extent(size float64) (up, down float64) {
	up, down = Ascent(scene.Sans, size), Descent(scene.Sans, size)
	for _, p := range l.pieces {
		up = max(up, Ascent(p.face, p.size)-p.shift)
		down = max(down, Descent(p.face, p.size)+p.shift)
	}
	return up, down
}

// Text returns the line as one Text with its start at x and its baseline
// at y, and the code backgrounds drawn behind it.
func (l RichLine) Text(id string, x, y, size float64, paint scene.Paint) (*scene.Text, []scene.Item) {
	t := &scene.Text{ID: id, X: x, Y: y, Anchor: scene.Start, Size: size, Paint: paint}
	var behind []scene.Item
	up, down := 0.0, 0.0
	for i, p := range l.pieces {
		rx := x + l.xs[i]
		t.Runs = append(t.Runs, scene.Run{Text: p.text, Face: p.face, Size: p.size, X: rx, Shift: p.shift, Width: p.width})
		up = max(up, Ascent(p.face, p.size)-p.shift)
		down = max(down, Descent(p.face, p.size)+p.shift)
		if p.code && strings.TrimSpace(p.text) != "" {
			a, d := Ascent(p.face, p.size), Descent(p.face, p.size)
			behind = append(behind, &scene.Box{Shape: diagram.Rounded, R: scene.Rect{X: rx - 2, Y: y - a + 1, W: p.width + 4, H: a + d - 1}, Corner: 3,
				Style: scene.Style{Fill: scene.Paint{Tone: diagram.Muted, Role: scene.Line}, Stroke: scene.NoPaint, Opacity: 0.22}})
		}
	}
	if len(t.Runs) == 0 || len(t.Runs) > 1 && t.Runs[0].Face != scene.Sans {
		// A line starts in the regular face, so that renderers that style
		// the line by its first run and the other runs by their own face
		// (without resetting the weight) draw every run in its face.
		t.Runs = append([]scene.Run{{Text: "", Face: scene.Sans, Size: size, X: x}}, t.Runs...)
	}
	t.Ink = scene.Rect{X: x, Y: y - up, W: l.W, H: up + down}
	return t, behind
}

// Rich is a block of rich text: paragraphs split at newlines, each
// wrapped to a width, stacked with one baseline step.
type Rich struct {
	lines []RichLine
	bases []float64 // baselines from the top of the block
	size  float64
	W, H  float64
}

// NumLines returns how many lines the text wraps to.
func (rt Rich) NumLines() int { return len(rt.lines) }

// MeasureRich parses the markup of s (showing it as written when it does
// not parse), wraps each paragraph to width and stacks the lines.
func MeasureRich(s string, base scene.FontFace, size, width float64) Rich {
	rt := Rich{size: size}
	for _, para := range strings.Split(s, "\n") {
		spans, err := diagram.ParseMarkup(para)
		if err != nil {
			spans = []diagram.Span{{Text: para}}
		}
		rt.lines = append(rt.lines, WrapRich(spans, base, size, width)...)
	}
	up, down := Ascent(base, size), Descent(base, size)
	for _, l := range rt.lines {
		u, d := l.Extent(size)
		up, down = max(up, u), max(down, d)
	}
	step := max(LineHeight(size), up+down+LineGap)
	for i, l := range rt.lines {
		rt.bases = append(rt.bases, up+float64(i)*step)
		rt.W = max(rt.W, l.W)
	}
	rt.H = up + down + float64(len(rt.lines)-1)*step
	return rt
}

// Place returns the lines with the block's top at y, each line anchored at
// x (its start, middle or end), every text bound to box.
func (rt Rich) Place(x, y float64, anchor scene.Anchor, paint scene.Paint, box scene.Rect) []scene.Item {
	var out []scene.Item
	for i, l := range rt.lines {
		lx := x
		switch anchor {
		case scene.Middle:
			lx = x - l.W/2
		case scene.End:
			lx = x - l.W
		}
		t, behind := l.Text("", lx, y+rt.bases[i], rt.size, paint)
		t.Box = box
		out = append(out, behind...)
		out = append(out, t)
	}
	return out
}
