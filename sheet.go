package diag

import (
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/internal/editdist"
)

// A SheetCatalog gives the frames of the sheets that a "sheet ID"
// statement may name: a diagram that says "sheet bias-variance" takes the
// kicker, title and tagline of that sheet from the catalog, so that a set
// of diagrams shares its words without copying them. The diag command
// passes the curriculum's catalog (curriculum.Catalog); a library user
// passes their own, or none.
type SheetCatalog interface {
	// Sheet returns the kicker, title and tagline of the sheet id, and
	// whether the catalog has it.
	Sheet(id string) (kicker, title, tagline string, ok bool)
	// SheetIDs lists the ids of the catalog, for "did you mean" hints.
	SheetIDs() []string
}

// applySheet fills the header of a diagram that names a sheet from the
// catalog: the kicker always, the title and subtitle (from the tagline)
// unless the file sets them. A sheet id the catalog does not have, or any
// sheet id without a catalog, is an error at the id.
func applySheet(f *dsl.File, d *diagram.Diagram, cat SheetCatalog) error {
	for _, st := range f.Stmts {
		h := st.Header
		if h == nil || h.Keyword != "sheet" || len(h.Args) != 1 || h.Args[0].Ident.Value == "" {
			continue
		}
		id := h.Args[0].Ident.Value
		var kicker, title, tagline string
		ok := false
		if cat != nil {
			kicker, title, tagline, ok = cat.Sheet(id)
		}
		if !ok {
			pos := f.Position(h.Args[0].Pos())
			return diagram.ErrorList{{Pos: pos, Msg: "unknown sheet \"" + id + "\"", Hint: sheetHint(id, cat)}}
		}
		d.Kicker = kicker
		if d.Title == "" {
			d.Title = title
		}
		if d.Subtitle == "" {
			d.Subtitle = tagline
		}
	}
	return nil
}

// sheetHint suggests the closest id of the catalog.
func sheetHint(id string, cat SheetCatalog) string {
	if cat == nil {
		return "this compile has no sheet catalog (Options.Sheets); set the title, subtitle and kicker in the file instead"
	}
	best, bestD := "", 1<<30
	for _, c := range cat.SheetIDs() {
		if d := editdist.Distance(strings.ToLower(id), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= max(2, len(id)/3) {
		return "did you mean \"" + best + "\"?"
	}
	return "name a sheet of the catalog the compile is given"
}
