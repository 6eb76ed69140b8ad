package text

import (
	"strings"
	"unicode"

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
	text   string
	face   scene.FontFace
	size   float64
	shift  float64
	code   bool
	strike bool
	width  float64
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
	p := piece{face: base, size: size, code: s.Code, strike: s.Strike}
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

// WrapRich breaks spans into lines no wider than width, at spaces where
// the text does not hold together (see holds). A word wider than width is
// cut between characters. base is the face of plain text.
func WrapRich(spans []diagram.Span, base scene.FontFace, size, width float64) []RichLine {
	return wrapRich(spans, base, size, width, false)
}

// WrapFormula breaks a formula into lines no wider than width. A formula
// breaks only before a relation sign (=, ≈, ≤, →, ...) outside brackets,
// which then starts the next line; where even its parts are too wide, it
// breaks as prose does.
func WrapFormula(spans []diagram.Span, base scene.FontFace, size, width float64) []RichLine {
	return wrapRich(spans, base, size, width, true)
}

func wrapRich(spans []diagram.Span, base scene.FontFace, size, width float64, formula bool) []RichLine {
	space := max(Measure(scene.Sans, size, " "), Measure(base, size, " "))
	words := richWords(spans, base, size)
	// strength[i] is how firmly words[i] holds to the word before it.
	strength := make([]int, len(words))
	depth := 0
	for i, w := range words {
		if i > 0 {
			strength[i] = holds(words[i-1], w, formula, depth)
		}
		depth += bracketDepth(w)
	}
	var lines []RichLine
	var cur []word
	curW := 0.0
	flush := func() {
		lines = append(lines, joinWords(cur, size))
		cur, curW = nil, 0
	}
	// add places one word, breaking before it when it does not fit.
	add := func(w word) {
		for _, part := range splitWord(w, width) {
			need := part.width
			if len(cur) > 0 {
				need += space
			}
			if len(cur) > 0 && curW+need > width {
				// A line never starts with an operator such as − or =:
				// the word before it moves down too.
				var carry []word
				if !formula && isOperator(part) && len(cur) > 1 {
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
	// place places words[lo:hi], which hold together at level: whole
	// when they fit on a line, else in the pieces that hold together
	// more firmly.
	var place func(lo, hi, level int)
	place = func(lo, hi, level int) {
		cw := float64(hi-lo-1) * space
		for _, w := range words[lo:hi] {
			cw += w.width
		}
		switch {
		case hi-lo == 1:
			add(words[lo])
		case cw <= width:
			need := cw
			if len(cur) > 0 {
				need += space
			}
			if len(cur) > 0 && curW+need > width {
				flush()
				need = cw
			}
			cur = append(cur, words[lo:hi]...)
			curW += need
		case level > maxHold:
			for _, w := range words[lo:hi] {
				add(w)
			}
		default:
			start := lo
			for i := lo + 1; i <= hi; i++ {
				if i == hi || strength[i] <= level {
					place(start, i, level+1)
					start = i
				}
			}
		}
	}
	start := 0
	for i := 1; i <= len(words); i++ {
		if i == len(words) || strength[i] == 0 {
			place(start, i, 1)
			start = i
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// maxHold is the firmest hold between two words (see holds).
const maxHold = 3

// holds returns how firmly next holds to prev, the word before it: 0
// where a line may break, up to maxHold. A line breaks at the weakest
// holds first, and at firmer ones only where a piece is wider than the
// line. In prose an operator holds firmly (2) to the word after it, and a
// number to its unit ("12 ms", "4 GB"), so that "128 KiB / token" and
// "≈ 8.0 B" stay whole; the word before an operator, and two symbols side
// by side (w x, x_i y_i), hold less firmly (1). A formula breaks only
// before a relation sign (=, ≈, →, ...) outside brackets (depth is the
// bracket depth before next); inside, its words hold as in prose, one
// level firmer.
func holds(prev, next word, formula bool, depth int) int {
	h := 0
	switch {
	case isOperator(prev) || isNumber(plainOf(prev)) && isUnit(plainOf(next)):
		h = 2
	case isOperator(next) || isSymbol(prev) && isSymbol(next):
		h = 1
	}
	if formula {
		if depth == 0 && isRelation(next) {
			return 0
		}
		return h + 1
	}
	return h
}

// isSymbol reports whether a word is one letter, perhaps with scripts, or
// a number: an operand in a formula written in prose.
func isSymbol(w word) bool {
	if len(w.pieces) == 0 || w.pieces[0].code {
		return false
	}
	if isNumber(plainOf(w)) {
		return true
	}
	rs := []rune(w.pieces[0].text)
	return len(rs) == 1 && unicode.IsLetter(rs[0]) && w.pieces[0].shift == 0
}

// plainOf returns the text of a word.
func plainOf(w word) string {
	var b strings.Builder
	for _, p := range w.pieces {
		b.WriteString(p.text)
	}
	return b.String()
}

// bracketDepth returns how much deeper in brackets the text after a word
// is than the text before it.
func bracketDepth(w word) int {
	d := 0
	for _, p := range w.pieces {
		if p.code {
			continue
		}
		for _, r := range p.text {
			switch r {
			case '(', '[', '{', '⟨':
				d++
			case ')', ']', '}', '⟩':
				d--
			}
		}
	}
	return d
}

// isRelation reports whether a word is a lone relation sign, where a long
// formula may break.
func isRelation(w word) bool {
	if len(w.pieces) != 1 {
		return false
	}
	switch w.pieces[0].text {
	case "=", "≈", "≠", "≤", "≥", "<", ">", "←", "→", "⇒", "⇔", "∝", "≡", ":=", "~":
		return true
	}
	return false
}

// isNumber reports whether s is a number, perhaps signed or approximate
// and followed by punctuation: 128, 8.0, −3, ≈4, 10⁻³, 1,024.
func isNumber(s string) bool {
	s = strings.TrimLeft(s, "≈~±−-+$(<>")
	s = strings.TrimRight(s, ",.;:)")
	if s == "" {
		return false
	}
	rs := []rune(s)
	return unicode.IsNumber(rs[0]) && unicode.IsNumber(rs[len(rs)-1])
}

// isUnit reports whether s is a unit of measure, or units joined by /
// (GB/s, tok/s), perhaps followed by punctuation.
func isUnit(s string) bool {
	s = strings.TrimRight(s, ",.;:)")
	if s == "" {
		return false
	}
	for _, u := range strings.Split(s, "/") {
		if !units[u] {
			return false
		}
	}
	return true
}

// units are the units a number holds to.
var units = map[string]bool{}

func init() {
	for _, u := range strings.Fields(`
		% ‰ ° °C K x × px pt em
		b bit bits B byte bytes KB kB KiB MB MiB GB GiB TB TiB PB PiB Kb Mb Gb Tb
		ns µs us ms s sec min h hr d day days wk week weeks mo yr
		Hz kHz MHz GHz W kW MW GW Wh kWh MWh V A
		mm cm m km kg g mg
		k M G T bn
		FLOP FLOPs FLOPS GFLOP GFLOPS TFLOP TFLOPs TFLOPS PFLOP PFLOPS EFLOPS
		Gbps Mbps Tbps bps QPS qps RPS rps req tok token tokens step steps
		param params parameter parameters layer layers head heads GPU GPUs
		epoch epochs sample samples`) {
		units[u] = true
	}
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
	return a.face == b.face && a.size == b.size && a.shift == b.shift && a.code == b.code && a.strike == b.strike
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
		t.Runs = append(t.Runs, scene.Run{Text: p.text, Face: p.face, Size: p.size, X: rx, Shift: p.shift, Width: p.width, Strike: p.strike})
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
	return measureRich(s, base, size, width, false)
}

// measureRich is MeasureRich; with labelStep, lines are a line height
// apart (LineHeight), and further only by as much as scripts reach beyond
// the plain text, as labels have always been spaced.
func measureRich(s string, base scene.FontFace, size, width float64, labelStep bool) Rich {
	rt := Rich{size: size}
	for _, para := range strings.Split(s, "\n") {
		spans, err := diagram.ParseMarkup(para)
		if err != nil {
			spans = []diagram.Span{{Text: para}}
		}
		rt.lines = append(rt.lines, WrapRich(spans, base, size, width)...)
	}
	up0 := max(Ascent(base, size), Ascent(scene.Sans, size))
	down0 := max(Descent(base, size), Descent(scene.Sans, size))
	up, down := up0, down0
	for _, l := range rt.lines {
		u, d := l.Extent(size)
		up, down = max(up, u), max(down, d)
	}
	step := max(LineHeight(size), up+down+LineGap)
	if labelStep {
		step = LineHeight(size) + up - up0 + down - down0
	}
	for i, l := range rt.lines {
		rt.bases = append(rt.bases, up+float64(i)*step)
		rt.W = max(rt.W, l.W)
	}
	rt.H = up + down + float64(len(rt.lines)-1)*step
	return rt
}

// Line returns line i with the block's top at y, anchored at x (its
// start, middle or end), and the backgrounds of its inline code.
func (rt Rich) Line(i int, x, y float64, anchor scene.Anchor, paint scene.Paint) (*scene.Text, []scene.Item) {
	l := rt.lines[i]
	lx := x
	switch anchor {
	case scene.Middle:
		lx = x - l.W/2
	case scene.End:
		lx = x - l.W
	}
	t, behind := l.Text("", lx, y+rt.bases[i], rt.size, paint)
	t.X, t.Anchor = x, anchor
	return t, behind
}

// Place returns the lines with the block's top at y, each line anchored at
// x (its start, middle or end), every text bound to box.
func (rt Rich) Place(x, y float64, anchor scene.Anchor, paint scene.Paint, box scene.Rect) []scene.Item {
	var out []scene.Item
	for i := range rt.lines {
		t, behind := rt.Line(i, x, y, anchor, paint)
		t.Box = box
		out = append(out, behind...)
		out = append(out, t)
	}
	return out
}
