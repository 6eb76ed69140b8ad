package curriculum

import "fmt"

// Layers returns the eight layers in study order.
func Layers() []Layer {
	return append([]Layer(nil), load().layers...)
}

// Entries returns every diagram entry in curriculum order: by layer, and
// within a layer in the order the manifest lists them.
func Entries() []Entry {
	return append([]Entry(nil), load().entries...)
}

// Lookup returns the entry with the id, and whether it exists.
func Lookup(id string) (Entry, bool) {
	m := load()
	i, ok := m.byID[id]
	if !ok {
		return Entry{}, false
	}
	return m.entries[i], true
}

// LayerOf returns the layer with the number n, and whether it exists.
func LayerOf(n int) (Layer, bool) {
	m := load()
	if n < 1 || n > len(m.layers) {
		return Layer{}, false
	}
	return m.layers[n-1], true
}

// SiteText returns the texts of the study site's header.
func SiteText() Site {
	return load().site
}

// Kicker returns the small line above a diagram's title, e.g.
// "AI Interview Prep · Layer 1 · Foundations". An entry whose layer does
// not exist gets the kicker without a layer name.
func Kicker(e Entry) string {
	l, ok := LayerOf(e.Layer)
	if !ok {
		return fmt.Sprintf("%s · Layer %d", SiteText().Title, e.Layer)
	}
	return fmt.Sprintf("%s · Layer %d · %s", SiteText().Title, e.Layer, l.Name)
}
