package dsl

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// zoneErrorTests are malformed zones with the exact report FormatError
// prints for them.
var zoneErrorTests = []errorTest{
	{
		name: "unknown member",
		src:  "graph g {\n  api\n  zone z \"Z\" { apx }\n}\n",
		want: "t.diag:3:16: unknown node \"apx\" in zone \"z\"\n" +
			"      zone z \"Z\" { apx }\n" +
			"                   ^\n" +
			"    hint: did you mean \"api\"?\n",
	},
	{
		name: "no members",
		src:  "graph g {\n  api\n  zone z \"Z\" { }\n}\n",
		want: "t.diag:3:3: zone \"z\" has no members\n" +
			"      zone z \"Z\" { }\n" +
			"      ^\n" +
			"    hint: write zone ID [\"label\"] [tone T] { nodes and groups, from any group }\n",
	},
	{
		name: "no id",
		src:  "graph g {\n  api\n  zone \"Z\" { api }\n}\n",
		want: "t.diag:3:3: zone needs an id\n" +
			"      zone \"Z\" { api }\n" +
			"      ^\n" +
			"    hint: write zone ID [\"label\"] [tone T] { nodes and groups, from any group }\n",
	},
	{
		name: "member twice",
		src:  "graph g {\n  api\n  zone z \"Z\" { api api }\n}\n",
		want: "t.diag:3:20: \"api\" is listed twice in zone \"z\"\n" +
			"      zone z \"Z\" { api api }\n" +
			"                       ^\n" +
			"    hint: list each member once\n",
	},
	{
		name: "attribute it does not take",
		src:  "graph g {\n  api\n  zone z \"Z\" shape box { api }\n}\n",
		want: "t.diag:3:14: a zone does not take shape\n" +
			"      zone z \"Z\" shape box { api }\n" +
			"                 ^\n" +
			"    hint: write zone ID [\"label\"] [tone T] { nodes and groups, from any group }\n",
	},
	{
		name: "id taken",
		src:  "graph g {\n  api\n  zone api \"Z\" { api }\n}\n",
		want: "t.diag:3:8: duplicate id \"api\"\n" +
			"      zone api \"Z\" { api }\n" +
			"           ^\n" +
			"    hint: first declared at 2:3 as a node; every id in a diagram must be unique\n",
	},
	{
		name: "on a ring",
		src:  "graph g layout ring {\n  a -> b -> a\n  zone z { a }\n}\n",
		want: "t.diag:3:3: a graph on a ring has no zones\n" +
			"      zone z { a }\n" +
			"      ^\n" +
			"    hint: a ring has no zones: remove them, or use the layered layout\n",
	},
	{
		name: "second label",
		src:  "graph g {\n  api\n  zone z \"Z\" \"Y\" { api }\n}\n",
		want: "t.diag:3:14: second label for zone \"z\"\n" +
			"      zone z \"Z\" \"Y\" { api }\n" +
			"                 ^\n" +
			"    hint: a zone has one label\n",
	},
}

func TestZoneErrors(t *testing.T) {
	runErrorTests(t, zoneErrorTests)
}

// TestZoneMembers checks that a zone takes nodes and groups from any group,
// over several lines, and that a node in a group may be in several zones.
func TestZoneMembers(t *testing.T) {
	src := "graph g {\n  group app {\n    api\n    web\n  }\n  group data {\n    db\n  }\n  ext\n" +
		"  zone trusted \"Trusted\" tone good { api\n    data }\n  zone public { web ext api }\n}\n"
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(FormatError([]byte(src), err))
	}
	g := d.Body.(*diagram.Graph)
	want := []*diagram.Zone{
		{ID: "trusted", Label: "Trusted", Tone: diagram.Good, Members: []string{"api", "data"}, Pos: diagram.Pos{File: "t.diag", Line: 10, Col: 3}},
		{ID: "public", Members: []string{"web", "ext", "api"}, Pos: diagram.Pos{File: "t.diag", Line: 12, Col: 3}},
	}
	if diff := cmp.Diff(want, g.Zones); diff != "" {
		t.Errorf("zones mismatch (-want +got):\n%s", diff)
	}
}
