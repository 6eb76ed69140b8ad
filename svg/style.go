package svg

import (
	"encoding/base64"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/aiprep/diag/animate"
	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/font"
	"github.com/aiprep/diag/scene"
)

// style builds the document's one style sheet: fonts, palette classes and
// animation. Nothing from the input is written into it but identifiers
// made by ident and numbers made by num.
func (r *renderer) style(sc *scene.Scene, tl *animate.Timeline, opts Options) (string, error) {
	var b strings.Builder
	if !opts.NoFont {
		if err := r.fontFaces(&b); err != nil {
			return "", err
		}
	}
	p := "." + r.prefix
	fmt.Fprintf(&b, "%s text{font-kerning:none;font-variant-ligatures:none;white-space:pre}\n%s .%s-ov{opacity:0}\n", p, p, r.prefix)
	for _, f := range []scene.FontFace{scene.Sans, scene.SansBold, scene.Mono} {
		fmt.Fprintf(&b, "%s .%s-%s{font-family:%s}\n", p, r.prefix, faceClass[f], fontStack(f))
	}
	// faces are used through cls; palette classes need the used set only.
	switch sc.Theme {
	case diagram.Dark:
		r.palette(&b, &DarkPalette)
	case diagram.Light:
		r.palette(&b, &LightPalette)
	default:
		r.palette(&b, &LightPalette)
		b.WriteString("@media (prefers-color-scheme: dark){\n")
		r.palette(&b, &DarkPalette)
		r.darkRawColors(&b)
		b.WriteString("}\n")
	}
	if !tl.Empty() {
		r.keepStrokes(&b, tl)
	}
	if !tl.Empty() && len(opts.Frame) == 0 {
		r.keyframes(&b, tl)
	}
	return b.String(), nil
}

func fontStack(f scene.FontFace) string {
	switch f {
	case scene.SansBold:
		return font.Family(font.SansBold) + ",'DejaVu Sans',sans-serif;font-weight:bold"
	case scene.Mono:
		return font.Family(font.Mono) + ",'DejaVu Sans Mono',monospace;font-weight:normal"
	}
	// The weight is set on every face, so a run inside a bold line keeps
	// its own weight instead of inheriting the line's.
	return font.Family(font.Sans) + ",'DejaVu Sans',sans-serif;font-weight:normal"
}

// fontFaces embeds a subset of each face used, holding just the characters
// drawn.
func (r *renderer) fontFaces(b *strings.Builder) error {
	for _, f := range []scene.FontFace{scene.Sans, scene.SansBold, scene.Mono} {
		t, ok := r.text[f]
		if !ok || t.Len() == 0 {
			continue
		}
		data, err := font.Subset(font.Face(f), t.String())
		if err != nil {
			return fmt.Errorf("svg: font subset: %v", err)
		}
		fmt.Fprintf(b, "@font-face{font-family:%s;src:url(data:font/ttf;base64,%s) format('truetype')}\n",
			font.Family(font.Face(f)), base64.StdEncoding.EncodeToString(data))
	}
	return nil
}

// palette writes one rule per paint class used.
func (r *renderer) palette(b *strings.Builder, pal *Palette) {
	for _, c := range sortedKeys(r.classes) {
		prop, paint, ok := classPaint(c)
		if !ok {
			continue
		}
		fmt.Fprintf(b, ".%s .%s-%s{%s:%s}\n", r.prefix, r.prefix, c, prop, pal.color(paint))
	}
}

// darkRawColors writes the rules of the classes made by rawPaint, which
// give an element its raw colour in the dark theme.
func (r *renderer) darkRawColors(b *strings.Builder) {
	for _, c := range sortedKeys(r.classes) {
		for _, prop := range []string{"fill", "stroke"} {
			if hex, ok := strings.CutPrefix(c, darkRawPrefix[prop]); ok {
				fmt.Fprintf(b, ".%s .%s-%s{%s:#%s}\n", r.prefix, r.prefix, c, prop, hex)
			}
		}
	}
}

// classPaint reverses paintClass.
func classPaint(c string) (prop string, p scene.Paint, ok bool) {
	parts := strings.Split(c, "-")
	if len(parts) < 2 {
		return "", p, false
	}
	switch parts[0] {
	case "f":
		prop = "fill"
	case "s":
		prop = "stroke"
	default:
		return "", p, false
	}
	if len(parts) == 2 {
		switch parts[1] {
		case "page":
			return prop, scene.Paint{Role: scene.Page}, true
		case "panel":
			return prop, scene.Paint{Role: scene.Panel}, true
		}
		return "", p, false
	}
	tone, ok := diagram.ParseTone(parts[1])
	if !ok {
		return "", p, false
	}
	for role, name := range roleNames {
		if name == parts[2] {
			return prop, scene.Paint{Tone: tone, Role: role}, true
		}
	}
	return "", p, false
}

// keyframes writes one @keyframes rule per track and one animation rule per
// animated element. Every animation lasts the shared period, starts at 0s
// and repeats forever when the timeline loops (else plays once and holds
// its last keyframe); step times are keyframe percentages. The timing
// function of each keyframe interval is written on the keyframe that
// starts it, so the browser eases each interval on its own, as Timeline.At
// does. With reduced motion asked for, no animation runs and the base
// styles show the complete picture.
func (r *renderer) keyframes(b *strings.Builder, tl *animate.Timeline) {
	period := tl.Period
	iter := "1"
	if tl.Loop {
		iter = "infinite"
	}
	byTarget := map[string][]string{}
	var order []string
	// Fallback tracks animate their targets only where a browser cannot
	// animate the shape of a path (CSS d): there, they alone do.
	fallback := map[string][]string{}
	var fallbackOrder []string
	// origins holds the transform origin of each transformed element: its
	// centre in its own box for a move, a point of the picture for an
	// element that scales (a bar that grows from its baseline).
	origins := map[string]string{}
	for i, tr := range tl.Tracks {
		name := fmt.Sprintf("%s-k%d", r.prefix, i)
		fmt.Fprintf(b, "@keyframes %s{", name)
		for j, k := range tr.Keys {
			pct := 0.0
			if period > 0 {
				pct = k.T / period * 100
			}
			fmt.Fprintf(b, "%s%%{%s", pctString(pct), propValue(tr, k.V))
			if j < len(tr.Keys)-1 && k.Ease != diagram.EaseInOut {
				fmt.Fprintf(b, ";animation-timing-function:%s", animate.CSSEasing(k.Ease))
			}
			b.WriteString("}")
		}
		b.WriteString("}\n")
		if tr.Fallback {
			if _, ok := fallback[tr.Target]; !ok {
				fallbackOrder = append(fallbackOrder, tr.Target)
			}
			fallback[tr.Target] = append(fallback[tr.Target], name)
			continue
		}
		if _, ok := byTarget[tr.Target]; !ok {
			order = append(order, tr.Target)
		}
		byTarget[tr.Target] = append(byTarget[tr.Target], name)
		if tr.Prop == animate.Transform {
			origins[tr.Target] = "transform-box:fill-box;transform-origin:center;"
			if tr.Scales() || tr.Rotates() {
				origins[tr.Target] = "transform-box:view-box;transform-origin:" + num(tr.Origin.X) + "px " + num(tr.Origin.Y) + "px;"
			}
		}
	}
	rule := func(id string, names []string) {
		var parts []string
		for _, n := range names {
			parts = append(parts, fmt.Sprintf("%s %ss ease-in-out 0s %s both", n, secString(period), iter))
		}
		fmt.Fprintf(b, "#%s-%s{%sanimation:%s}\n", r.prefix, ident(id), origins[id], strings.Join(parts, ","))
	}
	for _, id := range order {
		rule(id, byTarget[id])
	}
	if len(fallbackOrder) > 0 {
		b.WriteString("@supports not (d:path(\"M0 0\")){\n")
		for _, id := range fallbackOrder {
			rule(id, fallback[id])
		}
		b.WriteString("}\n")
	}
	fmt.Fprintf(b, "@media (prefers-reduced-motion: reduce){.%s .%s-a{animation:none!important}}\n", r.prefix, r.prefix)
}

// pctString formats a keyframe offset to a millionth of a percent, finer
// than the smallest gap between animate's keys.
func pctString(p float64) string {
	return strconv.FormatFloat(math.Round(p*1e6)/1e6, 'f', -1, 64)
}

// secString formats a duration in seconds to the millisecond.
func secString(s float64) string {
	return strconv.FormatFloat(math.Round(s*1000)/1000, 'f', -1, 64)
}

// scaleString formats a scale factor to a millionth: a bar 1000 px long
// that grows is then drawn to a thousandth of a px.
func scaleString(s float64) string {
	return strconv.FormatFloat(math.Round(s*1e6)/1e6+0, 'f', -1, 64) // +0 clears a negative zero
}

func propValue(tr animate.Track, v animate.Value) string {
	switch tr.Prop {
	case animate.Transform:
		if tr.Rotates() {
			return fmt.Sprintf("transform:translate(%spx,%spx) rotate(%sdeg) scale(%s,%s)", num(v.DX), num(v.DY), scaleString(v.Rotate), scaleString(v.ScaleX()), scaleString(v.ScaleY()))
		}
		if tr.Scales() {
			return fmt.Sprintf("transform:translate(%spx,%spx) scale(%s,%s)", num(v.DX), num(v.DY), scaleString(v.ScaleX()), scaleString(v.ScaleY()))
		}
		return fmt.Sprintf("transform:translate(%spx,%spx) scale(1)", num(v.DX), num(v.DY))
	case animate.DashOffset:
		return "stroke-dashoffset:" + num(v.Offset)
	case animate.Shape:
		return `d:path("` + outlineData(tr.Shapes[v.Shape]) + `")`
	}
	return "opacity:" + strconv.FormatFloat(math.Round(v.Opacity*1000)/1000, 'f', -1, 64)
}

// outlineData returns the path data of an outline: absolute moves and
// lines only, the form in which a browser animates one path into another
// of as many points.
func outlineData(o animate.Outline) string {
	var b []byte
	for _, piece := range o {
		for i, p := range piece {
			if len(b) > 0 {
				b = append(b, ' ')
			}
			if i == 0 {
				b = append(b, 'M')
			} else {
				b = append(b, 'L')
			}
			b = appendNum(b, p.X)
			b = append(b, ' ')
			b = appendNum(b, p.Y)
		}
	}
	return string(b)
}

// keepStrokes writes, for every element whose strokes keep their width as
// it scales (a rotate or a scale), that its strokes and those of its
// parts do not scale: vector-effect works on the transform of the style
// sheet and of a still frame alike.
func (r *renderer) keepStrokes(b *strings.Builder, tl *animate.Timeline) {
	for _, tr := range tl.Tracks {
		if tr.KeepStroke {
			id := "#" + r.prefix + "-" + ident(tr.Target)
			fmt.Fprintf(b, "%s,%s *{vector-effect:non-scaling-stroke}\n", id, id)
		}
	}
}
