package svg

import (
	"bytes"
	"fmt"
	"io"
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
}

// cls returns the prefixed class name and records it as used.
func (r *renderer) cls(name string) string {
	r.classes[name] = true
	return r.prefix + "-" + name
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
	var a []string
	if id != "" {
		a = append(a, r.elemID(id))
	}
	classes := extra
	if id != "" && r.animated[id] {
		classes = append(classes, r.cls("a"))
	}
	if len(classes) > 0 {
		a = append(a, `class="`+strings.Join(classes, " ")+`"`)
	}
	if sts := r.frame[id]; len(sts) > 0 {
		a = append(a, frameAttrs(sts)...)
	}
	return a
}

// frameAttrs fix the animated properties at their values in a still
// frame: opacity and dash offset in a style attribute, which wins over the
// classes as the animation would, and the translation as a transform
// attribute, which every SVG viewer draws.
func frameAttrs(sts []animate.State) []string {
	var parts, attrs []string
	for _, st := range sts {
		switch st.Prop {
		case animate.Transform:
			if st.V.DX != 0 || st.V.DY != 0 {
				attrs = append(attrs, `transform="translate(`+num(st.V.DX)+" "+num(st.V.DY)+`)"`)
			}
		case animate.DashOffset:
			parts = append(parts, "stroke-dashoffset:"+num(st.V.Offset))
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
	r.canvas.Group(attrs...)
	r.items(g.Items)
	r.canvas.Gend()
}

// styleAttrs returns the class and presentation attributes of a style.
func (r *renderer) styleAttrs(st scene.Style) (classes []string, attrs []string) {
	if st.Fill.None {
		attrs = append(attrs, `fill="none"`)
	} else if st.Fill.Color != "" && safeColor(st.Fill.Color) {
		attrs = append(attrs, attr("fill", st.Fill.Color))
	} else {
		classes = append(classes, r.cls(paintClass("f", st.Fill)))
	}
	if st.Stroke.None || st.StrokeWidth == 0 {
		attrs = append(attrs, `stroke="none"`)
	} else {
		if st.Stroke.Color != "" && safeColor(st.Stroke.Color) {
			attrs = append(attrs, attr("stroke", st.Stroke.Color))
		} else {
			classes = append(classes, r.cls(paintClass("s", st.Stroke)))
		}
		attrs = append(attrs, numAttr("stroke-width", st.StrokeWidth))
		if len(st.Dash) > 0 {
			parts := make([]string, len(st.Dash))
			for i, d := range st.Dash {
				parts[i] = num(d)
			}
			attrs = append(attrs, `stroke-dasharray="`+strings.Join(parts, " ")+`"`)
		}
	}
	if st.Opacity > 0 && st.Opacity < 1 {
		attrs = append(attrs, numAttr("opacity", st.Opacity))
	}
	return classes, attrs
}

func (r *renderer) rect(b scene.Rect, attrs ...string) {
	r.canvas.Rect(round2(b.X), round2(b.Y), round2(b.W), round2(b.H), attrs...)
}

func (r *renderer) box(b *scene.Box) {
	classes, sattrs := r.styleAttrs(b.Style)
	attrs := append(r.common(r.idOf(b.ID, b), classes...), sattrs...)
	if b.Shape == diagram.Box || b.Shape == diagram.Rounded {
		if b.Corner > 0 {
			c := round2(b.Corner)
			r.canvas.Roundrect(round2(b.R.X), round2(b.R.Y), round2(b.R.W), round2(b.R.H), c, c, attrs...)
			return
		}
		r.rect(b.R, attrs...)
		return
	}
	if b.Shape == diagram.Circle {
		c := b.R.Center()
		r.canvas.Ellipse(round2(c.X), round2(c.Y), round2(b.R.W/2), round2(b.R.H/2), attrs...)
		return
	}
	r.canvas.Path(pathData(scene.ShapeOps(b.Shape, b.R)), attrs...)
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
	attrs := append(r.common(id, classes...), sattrs...)
	attrs = append(attrs, `stroke-linecap="round"`, `stroke-linejoin="round"`)
	ops := p.Ops
	var heads [][]scene.PathOp
	if p.Style.ArrowEnd || p.Style.ArrowStart {
		w := max(p.Style.StrokeWidth, 1)
		ops, heads = arrowHeads(ops, p.Style.ArrowStart, p.Style.ArrowEnd, 4+2.5*w, 3+1.5*w)
	}
	if len(heads) == 0 {
		r.canvas.Path(pathData(ops), attrs...)
		return
	}
	// The line and its heads form one group so they animate together.
	r.canvas.Group(r.common(id)...)
	line := attrs
	if id != "" {
		line = append(r.common("", classes...), sattrs...)
		line = append(line, `stroke-linecap="round"`, `stroke-linejoin="round"`)
	}
	r.canvas.Path(pathData(ops), line...)
	stroke := p.Style.Stroke
	headAttrs := []string{}
	if stroke.Color != "" && safeColor(stroke.Color) {
		headAttrs = append(headAttrs, attr("fill", stroke.Color))
	} else {
		headAttrs = append(headAttrs, `class="`+r.cls(paintClass("f", stroke))+`"`)
	}
	// The heads of a traced line have their own id: they appear when the
	// line arrives.
	headsID := animate.HeadsID(id)
	ownID := id != "" && (r.animated[headsID] || len(r.frame[headsID]) > 0)
	if ownID {
		r.canvas.Group(r.common(headsID)...)
	}
	for _, h := range heads {
		r.canvas.Path(pathData(h), headAttrs...)
	}
	if ownID {
		r.canvas.Gend()
	}
	r.canvas.Gend()
}

func (r *renderer) circle(c *scene.Circle) {
	classes, sattrs := r.styleAttrs(c.Style)
	attrs := append(r.common(r.idOf(c.ID, c), classes...), sattrs...)
	r.canvas.Circle(round2(c.C.X), round2(c.C.Y), round2(c.R), attrs...)
}

var faceClass = map[scene.FontFace]string{scene.Sans: "sans", scene.SansBold: "bold", scene.Mono: "mono"}

func (r *renderer) textItem(t *scene.Text) {
	if len(t.Runs) == 0 {
		return
	}
	paint := t.Paint
	var fill []string
	var fillAttr []string
	if paint.Color != "" && safeColor(paint.Color) {
		fillAttr = append(fillAttr, attr("fill", paint.Color))
	} else {
		fill = append(fill, r.cls(paintClass("f", paint)))
	}
	w := r.canvas.Writer
	single := len(t.Runs) == 1 && t.Runs[0].Shift == 0
	main := t.Runs[0]
	classes := append(fill, r.cls(faceClass[main.Face]))
	attrs := r.common(r.idOf(t.ID, t), classes...)
	attrs = append(attrs, fillAttr...)
	attrs = append(attrs, numAttr("x", main.X), numAttr("y", t.Y), numAttr("font-size", main.Size))
	io.WriteString(w, "<text "+strings.Join(attrs, " ")+">")
	if single {
		r.noteText(main.Face, main.Text)
		io.WriteString(w, escText(main.Text))
		io.WriteString(w, "</text>\n")
		return
	}
	for _, run := range t.Runs {
		r.noteText(run.Face, run.Text)
		a := []string{numAttr("x", run.X), numAttr("y", t.Y+run.Shift)}
		if run.Face != main.Face {
			a = append(a, `class="`+r.cls(faceClass[run.Face])+`"`)
		}
		if run.Size != main.Size {
			a = append(a, numAttr("font-size", run.Size))
		}
		io.WriteString(w, "<tspan "+strings.Join(a, " ")+">"+escText(run.Text)+"</tspan>")
	}
	io.WriteString(w, "</text>\n")
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
func pathData(ops []scene.PathOp) string {
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(op.Cmd)
		for j, p := range op.Pts {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(p.X))
			b.WriteByte(' ')
			b.WriteString(num(p.Y))
		}
	}
	return b.String()
}

// arrowHeads shortens the path at the marked ends by the head length and
// returns the filled triangles to draw there.
func arrowHeads(ops []scene.PathOp, start, end bool, length, half float64) ([]scene.PathOp, [][]scene.PathOp) {
	ops = append([]scene.PathOp(nil), ops...)
	var heads [][]scene.PathOp
	pts := func(i int) []scene.Point { return append([]scene.Point(nil), ops[i].Pts...) }
	if end && len(ops) >= 2 {
		last := len(ops) - 1
		p := pts(last)
		tip := p[len(p)-1]
		var from scene.Point
		if len(p) >= 2 {
			from = p[len(p)-2]
		} else {
			q := ops[last-1].Pts
			from = q[len(q)-1]
		}
		head, base := triangle(from, tip, length, half)
		if head != nil {
			p[len(p)-1] = base
			ops[last] = scene.PathOp{Cmd: ops[last].Cmd, Pts: p}
			heads = append(heads, head)
		}
	}
	if start && len(ops) >= 2 {
		tip := ops[0].Pts[0]
		from := ops[1].Pts[0]
		head, base := triangle(from, tip, length, half)
		if head != nil {
			ops[0] = scene.PathOp{Cmd: 'M', Pts: []scene.Point{base}}
			heads = append(heads, head)
		}
	}
	return ops, heads
}

// triangle returns the arrowhead pointing from "from" to "tip" and the point
// where the line should now end.
func triangle(from, tip scene.Point, length, half float64) ([]scene.PathOp, scene.Point) {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	d := math.Hypot(dx, dy)
	if d < 1e-9 {
		return nil, tip
	}
	ux, uy := dx/d, dy/d
	length = min(length, d)
	base := scene.Point{X: tip.X - ux*length, Y: tip.Y - uy*length}
	l := scene.Point{X: base.X - uy*half, Y: base.Y + ux*half}
	rr := scene.Point{X: base.X + uy*half, Y: base.Y - ux*half}
	// The line stops a little inside the head so no gap shows.
	stop := scene.Point{X: tip.X - ux*length*0.7, Y: tip.Y - uy*length*0.7}
	return []scene.PathOp{
		{Cmd: 'M', Pts: []scene.Point{tip}},
		{Cmd: 'L', Pts: []scene.Point{l}},
		{Cmd: 'L', Pts: []scene.Point{rr}},
		{Cmd: 'Z'},
	}, stop
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
