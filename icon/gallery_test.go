package icon

import (
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// galleryPath names a file to write the icon gallery to, for looking at the
// icons: go test ./icon -run TestGallery -gallery=icons.svg
var galleryPath = flag.String("gallery", "", "write an SVG gallery of all icons to this file")

// gallerySVG draws every built-in icon at 48 and at 24 units, with its name
// below, in a grid.
func gallerySVG() string {
	const cols, cellW, cellH = 6, 120, 96
	names := Names()
	rows := (len(names) + cols - 1) / cols
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d">`+"\n", cols*cellW, rows*cellH)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#fff"/>`+"\n")
	for i, name := range names {
		ic, _ := Lookup(name)
		x, y := float64(i%cols*cellW), float64(i/cols*cellH)
		writeIcon(&b, ic, x+20, y+12, 48)
		writeIcon(&b, ic, x+80, y+36, 24)
		fmt.Fprintf(&b, `<text x="%g" y="%g" font-family="sans-serif" font-size="12" text-anchor="middle" fill="#333">%s</text>`+"\n",
			x+cellW/2, y+80, name)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// writeIcon writes one icon placed in the square (x, y, size) as SVG paths.
func writeIcon(b *strings.Builder, ic *Icon, x, y, size float64) {
	for _, p := range ic.Scaled(x, y, size) {
		style := fmt.Sprintf(`fill="none" stroke="#1f2937" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"`, StrokeWidth*size/24)
		if p.Fill {
			style = `fill="#1f2937"`
		}
		fmt.Fprintf(b, `<path d="%s" %s/>`+"\n", pathData(p.Ops), style)
	}
}

// pathData formats operations as SVG path data.
func pathData(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		b.WriteByte(op.Cmd)
		for i, a := range op.Args {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%.3f", a)
		}
	}
	return b.String()
}

func TestGallery(t *testing.T) {
	svg := gallerySVG()
	if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil {
		t.Fatalf("gallery is not well-formed XML: %v", err)
	}
	for _, name := range Names() {
		if !strings.Contains(svg, ">"+name+"<") {
			t.Errorf("gallery lacks the label %q", name)
		}
	}
	if *galleryPath != "" {
		if err := os.WriteFile(*galleryPath, []byte(svg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
