package curriculum

// Catalog is the manifest as a catalog of sheet frames, for the Sheets
// option of package diag: the sheet named by a diagram's "sheet ID"
// statement takes its kicker, title and tagline from its entry, so the
// words are never copied by hand. The zero value is ready to use.
type Catalog struct{}

// Sheet returns the kicker, title and tagline of the entry id, and whether
// the manifest has it.
func (Catalog) Sheet(id string) (kicker, title, tagline string, ok bool) {
	e, ok := Lookup(id)
	if !ok {
		return "", "", "", false
	}
	return Kicker(e), e.Title, e.Tagline, true
}

// SheetIDs lists the ids of every entry, in curriculum order.
func (Catalog) SheetIDs() []string {
	m := load()
	ids := make([]string, len(m.entries))
	for i, e := range m.entries {
		ids[i] = e.ID
	}
	return ids
}
