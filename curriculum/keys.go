package curriculum

import (
	_ "embed"
	"sync"
)

//go:embed keys.tsv
var keysText string

var (
	keysOnce sync.Once
	keysByID map[string][]string
)

// Keys returns a few strings that the diagram with the given id must show,
// taken from the brief's "must show" items: the curriculum test looks for
// each in the diagram's text, so an edit cannot silently drop them. The
// list is empty for diagrams not authored yet.
func Keys(id string) []string {
	keysOnce.Do(func() {
		keysByID = map[string][]string{}
		for _, r := range rows(keysText) {
			if len(r.fields) < 2 {
				continue
			}
			keysByID[r.fields[0]] = append([]string(nil), r.fields[1:]...)
		}
	})
	return keysByID[id]
}
