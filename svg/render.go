package svg

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	svgo "github.com/ajstarks/svgo/float"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Options tune the output.
type Options struct {
	// Prefix is put before every id, class and keyframe name, so several
	// SVGs inlined in one page never collide. Any character but an ASCII
	// letter, digit or '-' is escaped, and a '_' goes in front unless it
	// then starts with a letter, so that every name is a valid CSS
	// identifier; "d" when empty.
	Prefix string
	// NoFont leaves out the embedded font; the page that shows the SVG must
	// provide the font families itself.
	NoFont bool
	// Frame, when not nil, fixes every element's state to these values: a
	// still picture of one moment of the animation (timeline.At of that
	// moment). The timeline then only supplies its overlays and dash
	// lengths; no keyframes are written.
	Frame []animate.State
}

// Render writes the scene and its timeline (which may be nil) as one SVG
// document.
func Render(sc *scene.Scene, tl *animate.Timeline, opts Options) ([]byte, error) {
	r := &renderer{
		prefix:   prefixIdent(opts.Prefix),
		scene:    sc,
		tl:       tl,
		classes:  map[string]bool{},
		animated: map[string]bool{},
		text:     map[scene.FontFace]*strings.Builder{},
		frame:    map[string][]animate.State{},
		prefixed: map[string]string{},
		paints:   map[paintKey]string{},
		interned: map[string]string{},
	}
	for _, st := range opts.Frame {
		r.frame[st.Target] = append(r.frame[st.Target], st)
	}
	if tl != nil {
		if len(opts.Frame) == 0 {
			for _, tr := range tl.Tracks {
				r.animated[tr.Target] = true
			}
		}
		r.dash = map[string]float64{}
		for _, tr := range tl.Tracks {
			if tr.Prop == animate.DashOffset {
				r.dash[tr.Target] = tr.DashLen
			}
		}
	}
	var body bytes.Buffer
	body.Grow(sizeHint(sc.Items))
	r.canvas = svgo.New(&body)
	r.rect(scene.Rect{W: sc.Width, H: sc.Height}, attr("class", r.cls("f-page")))
	// Overlays go over the picture but under the reading-path badges,
	// which must stay readable.
	var badges []scene.Item
	for _, it := range sc.Items {
		if g, ok := it.(*scene.Group); ok && g.Kind == scene.KindBadge {
			badges = append(badges, it)
			continue
		}
		r.item(it)
	}
	if tl != nil {
		r.items(tl.Overlays)
	}
	r.items(badges)
	style, err := r.style(sc, tl, opts)
	if err != nil {
		return nil, err
	}

	var out bytes.Buffer
	out.Grow(len(style) + body.Len() + len(sc.Title) + len(sc.Desc) + 1024)
	c := svgo.New(&out)
	c.Startraw(
		numAttr("width", sc.Width),
		numAttr("height", sc.Height),
		`viewBox="0 0 `+num(sc.Width)+` `+num(sc.Height)+`"`,
		`role="img"`,
		attr("aria-label", sc.Title),
		attr("class", r.prefix),
	)
	if sc.Title != "" {
		c.Title(cleanText(sc.Title))
	}
	if sc.Desc != "" {
		c.Desc(cleanText(sc.Desc))
	}
	if strings.Contains(style, "]]>") {
		return nil, fmt.Errorf("svg: style sheet would break out of its CDATA section")
	}
	c.Style("text/css", style)
	out.Write(body.Bytes())
	c.End()
	return out.Bytes(), nil
}

// sizeHint guesses the size of the drawing of items, so that the buffer
// that receives it rarely grows: about 150 bytes an element.
func sizeHint(items []scene.Item) int {
	n := 0
	for _, it := range items {
		n += 150
		if g, ok := it.(*scene.Group); ok {
			n += sizeHint(g.Items)
		}
	}
	return n
}

type renderer struct {
	prefix   string
	scene    *scene.Scene
	tl       *animate.Timeline
	canvas   *svgo.SVG
	classes  map[string]bool
	animated map[string]bool
	dash     map[string]float64
	text     map[scene.FontFace]*strings.Builder
	frame    map[string][]animate.State
	clips    int

	// prefixed holds the prefixed name of each class used, paints the
	// class of each paint, so that an element costs no string building
	// for them; interned holds attributes that many elements share; buf is
	// scratch space for path data and attribute lists.
	prefixed map[string]string
	paints   map[paintKey]string
	interned map[string]string
	buf      []byte
}

// paintKey is what a paint's class depends on (see paintClass).
type paintKey struct {
	kind string
	tone diagram.Tone
	role scene.PaintRole
}

// cls returns the prefixed class name and records it as used.
func (r *renderer) cls(name string) string {
	if p, ok := r.prefixed[name]; ok {
		return p
	}
	r.classes[name] = true
	p := r.prefix + "-" + name
	r.prefixed[name] = p
	return p
}

// paintCls returns the prefixed class of a paint used as fill ("f") or
// stroke ("s") and records it as used.
func (r *renderer) paintCls(kind string, pt scene.Paint) string {
	k := paintKey{kind, pt.Tone, pt.Role}
	if p, ok := r.paints[k]; ok {
		return p
	}
	p := r.cls(paintClass(kind, pt))
	r.paints[k] = p
	return p
}

// rawPaint returns the presentation attribute that gives prop ("fill" or
// "stroke") the raw colour of p. When p has another colour in the dark
// theme, a dark picture takes that colour, and a picture that follows the
// reader's setting also gets the class that switches to it there (see
// darkRawColors); the class is returned, or "".
func (r *renderer) rawPaint(prop string, p scene.Paint) (attribute, class string) {
	c := p.Color
	if p.DarkColor != "" && p.DarkColor != p.Color && safeColor(p.DarkColor) {
		switch r.scene.Theme {
		case diagram.Dark:
			c = p.DarkColor
		case diagram.Light:
		default:
			class = r.cls(darkRawPrefix[prop] + strings.ToLower(p.DarkColor[1:]))
		}
	}
	return attr(prop, c), class
}

// darkRawPrefix is the start of the class name that switches a raw colour
// in the dark theme, by property; the rest of the name is the colour's hex
// digits.
var darkRawPrefix = map[string]string{"fill": "df-", "stroke": "ds-"}

// intern returns b as a string, the same string for the same bytes: many
// elements share their class list or stroke width.
func (r *renderer) intern(b []byte) string {
	if s, ok := r.interned[string(b)]; ok {
		return s
	}
	s := string(b)
	r.interned[s] = s
	return s
}

// joined joins an element's attributes, separated by spaces, into one,
// which svgo writes as it stands: svgo would otherwise join them by
// repeated concatenation. It reuses attrs to hold the result.
func (r *renderer) joined(attrs []string) []string {
	if len(attrs) <= 1 {
		return attrs
	}
	b := r.buf[:0]
	for i, a := range attrs {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, a...)
	}
	r.buf = b
	attrs[0] = string(b)
	return attrs[:1]
}

// elemID returns the id attribute of an element of the input.
func (r *renderer) elemID(id string) string {
	if id == "" {
		return ""
	}
	return `id="` + r.prefix + "-" + ident(id) + `"`
}

// idOf returns the id an item is drawn with: its own, or the one the
// timeline gave it to animate it.
func (r *renderer) idOf(own string, it scene.Item) string {
	if own != "" {
		return own
	}
	return r.tl.ID(it)
}

func (r *renderer) items(items []scene.Item) {
	for _, it := range items {
		r.item(it)
	}
}

func (r *renderer) item(it scene.Item) {
	switch v := it.(type) {
	case *scene.Group:
		r.group(v)
	case *scene.Box:
		r.box(v)
	case *scene.Path:
		r.path(v)
	case *scene.Circle:
		r.circle(v)
	case *scene.Text:
		r.textItem(v)
	}
}

// common returns the attributes shared by every element: id and the
// animation class.
func (r *renderer) common(id string, extra ...string) []string {
	a := make([]string, 0, 6)
	if id != "" {
		a = append(a, r.elemID(id))
	}
	animated := id != "" && r.animated[id]
	if len(extra) > 0 || animated {
		b := append(r.buf[:0], `class="`...)
		for i, c := range extra {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, c...)
		}
		if animated {
			if len(extra) > 0 {
				b = append(b, ' ')
			}
			b = append(b, r.cls("a")...)
		}
		r.buf = append(b, '"')
		a = append(a, r.intern(r.buf))
	}
	if sts := r.frame[id]; len(sts) > 0 {
		a = append(a, frameAttrs(sts)...)
	}
	return a
}

// frameAttrs fix the animated properties at their values in a still
// frame: opacity and dash offset in a style attribute, which wins over the
// classes as the animation would, and the translation and scale as a
// transform attribute, which every SVG viewer draws. A scale about the
// origin O, then a move by D, is the attribute
// translate(O+D) scale(sx sy) translate(−O), the same matrix as the
// style sheet's transform about its transform-origin.
func frameAttrs(sts []animate.State) []string {
	var parts, attrs []string
	for _, st := range sts {
		switch st.Prop {
		case animate.Transform:
			if st.V.Scales() || st.V.Rotate != 0 {
				o := st.Origin
				turn := ""
				if st.V.Rotate != 0 {
					turn = " rotate(" + scaleString(st.V.Rotate) + ")"
				}
				attrs = append(attrs, `transform="translate(`+num(o.X+st.V.DX)+" "+num(o.Y+st.V.DY)+")"+turn+" scale("+
					scaleString(st.V.ScaleX())+" "+scaleString(st.V.ScaleY())+") translate("+num(-o.X)+" "+num(-o.Y)+`)"`)
			} else if st.V.DX != 0 || st.V.DY != 0 {
				attrs = append(attrs, `transform="translate(`+num(st.V.DX)+" "+num(st.V.DY)+`)"`)
			}
		case animate.DashOffset:
			parts = append(parts, "stroke-dashoffset:"+num(st.V.Offset))
		case animate.Shape:
			// The path is drawn in its outline of the moment (see path).
		default:
			parts = append(parts, "opacity:"+strconv.FormatFloat(math.Round(st.V.Opacity*1000)/1000, 'f', -1, 64))
		}
	}
	if len(parts) > 0 {
		attrs = append(attrs, `style="`+strings.Join(parts, ";")+`"`)
	}
	return attrs
}

func (r *renderer) group(g *scene.Group) {
	var classes []string
	if g.Kind == scene.KindOverlay {
		// An overlay is an effect, not part of the picture: hidden unless
		// its animation shows it.
		classes = append(classes, r.cls("ov"))
	}
	attrs := r.common(r.idOf(g.ID, g), classes...)
	if g.Clip != (scene.Rect{}) {
		r.clips++
		cid := fmt.Sprintf("%s-clip%d", r.prefix, r.clips)
		r.canvas.ClipPath(`id="` + cid + `"`)
		r.rect(g.Clip)
		r.canvas.ClipEnd()
		attrs = append(attrs, `clip-path="url(#`+cid+`)"`)
	}
	r.canvas.Group(r.joined(attrs)...)
	r.items(g.Items)
	r.canvas.Gend()
}

// styleAttrs returns the class and presentation attributes of a style.
func (r *renderer) styleAttrs(st scene.Style) (classes []string, attrs []string) {
	classes = make([]string, 0, 2)
	attrs = make([]string, 0, 4)
	if st.Fill.None {
		attrs = append(attrs, `fill="none"`)
	} else if st.Fill.Color != "" && safeColor(st.Fill.Color) {
		a, c := r.rawPaint("fill", st.Fill)
		attrs = append(attrs, a)
		if c != "" {
			classes = append(classes, c)
		}
	} else {
		classes = append(classes, r.paintCls("f", st.Fill))
	}
	if st.Stroke.None || st.StrokeWidth == 0 {
		attrs = append(attrs, `stroke="none"`)
	} else {
		if st.Stroke.Color != "" && safeColor(st.Stroke.Color) {
			a, c := r.rawPaint("stroke", st.Stroke)
			attrs = append(attrs, a)
			if c != "" {
				classes = append(classes, c)
			}
		} else {
			classes = append(classes, r.paintCls("s", st.Stroke))
		}
		attrs = append(attrs, r.numAttr("stroke-width", st.StrokeWidth))
		if len(st.Dash) > 0 {
			b := append(r.buf[:0], `stroke-dasharray="`...)
			for i, d := range st.Dash {
				if i > 0 {
					b = append(b, ' ')
				}
				b = appendNum(b, d)
			}
			r.buf = append(b, '"')
			attrs = append(attrs, r.intern(r.buf))
		}
	}
	if st.Opacity > 0 && st.Opacity < 1 {
		attrs = append(attrs, r.numAttr("opacity", st.Opacity))
	}
	return classes, attrs
}

// numAttr returns name="n" with n formatted by num, as numAttr does, the
// same string for the same attribute.
func (r *renderer) numAttr(name string, v float64) string {
	b := append(r.buf[:0], name...)
	b = append(b, `="`...)
	b = appendNum(b, v)
	r.buf = append(b, '"')
	return r.intern(r.buf)
}

func (r *renderer) rect(b scene.Rect, attrs ...string) {
	r.canvas.Rect(round2(b.X), round2(b.Y), round2(b.W), round2(b.H), r.joined(attrs)...)
}

func (r *renderer) box(b *scene.Box) {
	classes, sattrs := r.styleAttrs(b.Style)
	attrs := append(r.common(r.idOf(b.ID, b), classes...), sattrs...)
	if b.Shape == diagram.Box || b.Shape == diagram.Rounded {
		if b.Corner > 0 {
			c := round2(b.Corner)
			r.canvas.Roundrect(round2(b.R.X), round2(b.R.Y), round2(b.R.W), round2(b.R.H), c, c, r.joined(attrs)...)
			return
		}
		r.rect(b.R, attrs...)
		return
	}
	if b.Shape == diagram.Circle {
		c := b.R.Center()
		r.canvas.Ellipse(round2(c.X), round2(c.Y), round2(b.R.W/2), round2(b.R.H/2), r.joined(attrs)...)
		return
	}
	r.canvas.Path(r.pathData(scene.ShapeOps(b.Shape, b.R)), r.joined(attrs)...)
}

func (r *renderer) path(p *scene.Path) {
	id := r.idOf(p.ID, p)
	st := p.Style
	var traced []string
	if l := r.dash[id]; l > 0 {
		// A traced path: one dash as long as the path, moved by the
		// animation's dash offset.
		st.Dash = nil
		traced = []string{`stroke-dasharray="` + num(l) + " " + num(l) + `"`}
	}
	classes, sattrs := r.styleAttrs(st)
	sattrs = append(sattrs, traced...)
	if st.EvenOdd {
		sattrs = append(sattrs, `fill-rule="evenodd"`)
	}
	attrs := append(r.common(id, classes...), sattrs...)
	attrs = append(attrs, `stroke-linecap="round"`, `stroke-linejoin="round"`)
	ops := p.Ops
	for _, st := range r.frame[id] {
		if st.Prop == animate.Shape {
			ops = animate.OutlineOps(st.Outline)
		}
	}
	var heads []arrowHead
	if p.Style.ArrowEnd || p.Style.ArrowStart {
		w := max(p.Style.StrokeWidth, 1)
		ops, heads = arrowHeads(ops, p.Style.ArrowStart, p.Style.ArrowEnd, 4+2.5*w, 3+1.5*w)
	}
	if len(heads) == 0 {
		r.canvas.Path(r.pathData(ops), r.joined(attrs)...)
		return
	}
	// The line and its heads form one group so they animate together.
	r.canvas.Group(r.joined(r.common(id))...)
	line := attrs
	if id != "" {
		line = append(r.common("", classes...), sattrs...)
		line = append(line, `stroke-linecap="round"`, `stroke-linejoin="round"`)
	}
	r.canvas.Path(r.pathData(ops), r.joined(line)...)
	stroke := p.Style.Stroke
	var headAttr string
	if stroke.Color != "" && safeColor(stroke.Color) {
		headAttr = attr("fill", stroke.Color)
	} else {
		headAttr = `class="` + r.paintCls("f", stroke) + `"`
	}
	// The heads of a traced line have their own id: they appear when the
	// line arrives.
	headsID := animate.HeadsID(id)
	ownID := id != "" && (r.animated[headsID] || len(r.frame[headsID]) > 0)
	if ownID {
		r.canvas.Group(r.joined(r.common(headsID))...)
	}
	for _, h := range heads {
		r.buf = h.appendData(r.buf[:0])
		r.canvas.Path(string(r.buf), headAttr)
	}
	if ownID {
		r.canvas.Gend()
	}
	r.canvas.Gend()
}

func (r *renderer) circle(c *scene.Circle) {
	classes, sattrs := r.styleAttrs(c.Style)
	attrs := append(r.common(r.idOf(c.ID, c), classes...), sattrs...)
	r.canvas.Circle(round2(c.C.X), round2(c.C.Y), round2(c.R), r.joined(attrs)...)
}

var faceClass = map[scene.FontFace]string{scene.Sans: "sans", scene.SansBold: "bold", scene.Mono: "mono"}

func (r *renderer) textItem(t *scene.Text) {
	if len(t.Runs) == 0 {
		return
	}
	paint := t.Paint
	main := t.Runs[0]
	single := len(t.Runs) == 1 && main.Shift == 0 && !main.Strike
	var fillAttr string
	classes := make([]string, 0, 2)
	if paint.Color != "" && safeColor(paint.Color) {
		var c string
		fillAttr, c = r.rawPaint("fill", paint)
		if c != "" {
			classes = append(classes, c)
		}
	} else {
		classes = append(classes, r.paintCls("f", paint))
	}
	classes = append(classes, r.cls(faceClass[main.Face]))
	attrs := r.common(r.idOf(t.ID, t), classes...)
	b := append(r.buf[:0], "<text "...)
	for _, a := range attrs {
		b = append(append(b, a...), ' ')
	}
	if fillAttr != "" {
		b = append(append(b, fillAttr...), ' ')
	}
	b = appendNumAttr(b, "x", main.X)
	b = appendNumAttr(append(b, ' '), "y", t.Y)
	b = appendNumAttr(append(b, ' '), "font-size", main.Size)
	b = append(b, '>')
	if single {
		r.noteText(main.Face, main.Text)
		b = append(b, escText(main.Text)...)
	} else {
		for _, run := range t.Runs {
			r.noteText(run.Face, run.Text)
			b = append(b, "<tspan "...)
			b = appendNumAttr(b, "x", run.X)
			b = appendNumAttr(append(b, ' '), "y", t.Y+run.Shift)
			if run.Face != main.Face {
				b = append(append(append(b, ` class="`...), r.cls(faceClass[run.Face])...), '"')
			}
			if run.Size != main.Size {
				b = appendNumAttr(append(b, ' '), "font-size", run.Size)
			}
			if run.Strike {
				b = append(b, ` text-decoration="line-through"`...)
			}
			b = append(b, '>')
			b = append(b, escText(run.Text)...)
			b = append(b, "</tspan>"...)
		}
	}
	r.buf = append(b, "</text>\n"...)
	r.canvas.Writer.Write(r.buf)
}

// noteText records text drawn in a face, for the font subset.
func (r *renderer) noteText(f scene.FontFace, s string) {
	b, ok := r.text[f]
	if !ok {
		b = &strings.Builder{}
		r.text[f] = b
	}
	b.WriteString(cleanText(s))
}

// pathData formats path operations as an SVG path "d" attribute.
func (r *renderer) pathData(ops []scene.PathOp) string {
	r.buf = appendPathData(r.buf[:0], ops)
	return string(r.buf)
}

// appendPathData appends path operations formatted as an SVG path "d"
// attribute to b.
func appendPathData(b []byte, ops []scene.PathOp) []byte {
	for i, op := range ops {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, op.Cmd)
		for j, p := range op.Pts {
			if j > 0 {
				b = append(b, ' ')
			}
			b = appendNum(b, p.X)
			b = append(b, ' ')
			b = appendNum(b, p.Y)
		}
	}
	return b
}

// arrowHeads shortens the path at the marked ends by the head length and
// returns the filled triangles to draw there.
func arrowHeads(ops []scene.PathOp, start, end bool, length, half float64) ([]scene.PathOp, []arrowHead) {
	ops = append([]scene.PathOp(nil), ops...)
	var heads []arrowHead
	if end && len(ops) >= 2 {
		last := len(ops) - 1
		p := ops[last].Pts
		tip := p[len(p)-1]
		var from scene.Point
		if len(p) >= 2 {
			from = p[len(p)-2]
		} else {
			q := ops[last-1].Pts
			from = q[len(q)-1]
		}
		head, base, ok := triangle(from, tip, length, half)
		if ok {
			p = append([]scene.Point(nil), p...)
			p[len(p)-1] = base
			ops[last] = scene.PathOp{Cmd: ops[last].Cmd, Pts: p}
			heads = append(heads, head)
		}
	}
	if start && len(ops) >= 2 {
		tip := ops[0].Pts[0]
		from := ops[1].Pts[0]
		head, base, ok := triangle(from, tip, length, half)
		if ok {
			ops[0] = scene.PathOp{Cmd: 'M', Pts: []scene.Point{base}}
			heads = append(heads, head)
		}
	}
	return ops, heads
}

// arrowHead is a filled triangle: its tip, then the two corners of its
// base.
type arrowHead [3]scene.Point

// appendData appends the head's outline as SVG path data to b: the path
// M tip L left L right Z.
func (h arrowHead) appendData(b []byte) []byte {
	for i, p := range h {
		if i > 0 {
			b = append(b, " L"...)
		} else {
			b = append(b, 'M')
		}
		b = appendNum(b, p.X)
		b = append(b, ' ')
		b = appendNum(b, p.Y)
	}
	return append(b, " Z"...)
}

// triangle returns the arrowhead pointing from "from" to "tip" and the point
// where the line should now end; ok is false when the two points are one.
func triangle(from, tip scene.Point, length, half float64) (head arrowHead, stop scene.Point, ok bool) {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	d := math.Hypot(dx, dy)
	if d < 1e-9 {
		return head, tip, false
	}
	ux, uy := dx/d, dy/d
	length = min(length, d)
	base := scene.Point{X: tip.X - ux*length, Y: tip.Y - uy*length}
	l := scene.Point{X: base.X - uy*half, Y: base.Y + ux*half}
	rr := scene.Point{X: base.X + uy*half, Y: base.Y - ux*half}
	// The line stops a little inside the head so no gap shows.
	stop = scene.Point{X: tip.X - ux*length*0.7, Y: tip.Y - uy*length*0.7}
	return arrowHead{tip, l, rr}, stop, true
}

// sortedKeys returns the keys of a set in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
