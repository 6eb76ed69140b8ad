package dsl

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
)

// calloutErrorTests are malformed callouts with the exact report FormatError
// prints for them.
var calloutErrorTests = []errorTest{
	{
		name: "no text",
		src:  "graph g {\n  a\n}\ncallout at a\n",
		want: "t.diag:4:1: callout needs its text in quotes\n" +
			"    callout at a\n" +
			"    ^\n" +
			"    hint: write callout [ID] \"text\" at ELEMENT [left|right] [tone T]  (a note in the margin with a leader to any element; at a -> b for an edge)\n",
	},
	{
		name: "no element",
		src:  "graph g {\n  a\n}\ncallout \"x\"\n",
		want: "t.diag:4:1: callout needs the element it points at: at ELEMENT\n" +
			"    callout \"x\"\n" +
			"    ^\n" +
			"    hint: write callout [ID] \"text\" at ELEMENT [left|right] [tone T]  (a note in the margin with a leader to any element; at a -> b for an edge)\n",
	},
	{
		name: "unknown element",
		src:  "graph g {\n  api\n}\ncallout \"x\" at apx\n",
		want: "t.diag:4:16: unknown element \"apx\"\n" +
			"    callout \"x\" at apx\n" +
			"                   ^\n" +
			"    hint: did you mean \"api\"?\n",
	},
	{
		name: "unknown edge",
		src:  "graph g {\n  a -> b\n}\ncallout \"x\" at b -> a\n",
		want: "t.diag:4:16: no edge b -> a\n" +
			"    callout \"x\" at b -> a\n" +
			"                   ^\n" +
			"    hint: name an edge drawn in a graph or a connector, by its two ends\n",
	},
	{
		name: "second text",
		src:  "graph g {\n  a\n}\ncallout \"x\" at a \"y\"\n",
		want: "t.diag:4:18: second text for callout\n" +
			"    callout \"x\" at a \"y\"\n" +
			"                     ^\n" +
			"    hint: a callout has one text\n",
	},
	{
		name: "attribute it does not take",
		src:  "graph g {\n  a\n}\ncallout \"x\" at a dashed\n",
		want: "t.diag:4:18: a callout does not take dashed\n" +
			"    callout \"x\" at a dashed\n" +
			"                     ^\n" +
			"    hint: write callout [ID] \"text\" at ELEMENT [left|right] [tone T]  (a note in the margin with a leader to any element; at a -> b for an edge)\n",
	},
	{
		name: "unknown side",
		src:  "graph g {\n  a\n}\ncallout \"x\" at a top\n",
		want: "t.diag:4:18: unexpected \"top\" in callout\n" +
			"    callout \"x\" at a top\n" +
			"                     ^\n" +
			"    hint: write callout [ID] \"text\" at ELEMENT [left|right] [tone T]  (a note in the margin with a leader to any element; at a -> b for an edge)\n",
	},
	{
		name: "id taken",
		src:  "graph g {\n  a\n}\ncallout a \"x\" at a\n",
		want: "t.diag:4:9: duplicate id \"a\"\n" +
			"    callout a \"x\" at a\n" +
			"            ^\n" +
			"    hint: first declared at 2:3 as a node; every id in a diagram must be unique\n",
	},
}

func TestCalloutErrors(t *testing.T) {
	runErrorTests(t, calloutErrorTests)
}

// TestCallouts checks what a callout names: an element, an edge by its
// ends (the second written with <- names the edge the other way), a side,
// a tone and an id.
func TestCallouts(t *testing.T) {
	src := "graph g {\n  a -> b\n}\ncallout pit \"Pitfall\" at a left tone bad\ncallout \"5 ms\" at a -> b\ncallout \"back\" at b <- a\n"
	d, _, err := Compile("t.diag", []byte(src))
	if err != nil {
		t.Fatal(FormatError([]byte(src), err))
	}
	want := []*diagram.Callout{
		{ID: "pit", Text: "Pitfall", At: "a", Side: diagram.CalloutLeft, Tone: diagram.Bad, Pos: diagram.Pos{File: "t.diag", Line: 4, Col: 1}},
		{Text: "5 ms", At: "a->b", Pos: diagram.Pos{File: "t.diag", Line: 5, Col: 1}},
		{Text: "back", At: "a->b", Pos: diagram.Pos{File: "t.diag", Line: 6, Col: 1}},
	}
	if diff := cmp.Diff(want, d.Callouts); diff != "" {
		t.Errorf("callouts mismatch (-want +got):\n%s", diff)
	}
}
