package curriculum

import "testing"

func TestCatalog(t *testing.T) {
	var c Catalog
	ids := c.SheetIDs()
	if len(ids) != len(Entries()) {
		t.Fatalf("SheetIDs lists %d ids, want %d", len(ids), len(Entries()))
	}
	for i, e := range Entries() {
		if ids[i] != e.ID {
			t.Errorf("SheetIDs()[%d] = %q, want %q", i, ids[i], e.ID)
		}
		kicker, title, tagline, ok := c.Sheet(e.ID)
		if !ok || kicker != Kicker(e) || title != e.Title || tagline != e.Tagline {
			t.Errorf("Sheet(%q) = %q, %q, %q, %v; want the entry's kicker, title and tagline", e.ID, kicker, title, tagline, ok)
		}
	}
	if _, _, _, ok := c.Sheet("no-such-sheet"); ok {
		t.Errorf("Sheet of an unknown id reports that it exists")
	}
}
