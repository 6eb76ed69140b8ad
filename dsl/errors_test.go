package dsl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/icon"
)

// errorTest is a malformed file and the exact report FormatError prints
// for it.
type errorTest struct {
	name string
	src  string
	want string
}

// runErrorTests compiles each test's source and compares the formatted
// error with its want.
func runErrorTests(t *testing.T, tests []errorTest) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Compile("t.diag", []byte(tc.src))
			if err == nil {
				t.Fatalf("Compile(%q) succeeded, want an error", tc.src)
			}
			if diff := cmp.Diff(tc.want, FormatError([]byte(tc.src), err)); diff != "" {
				t.Errorf("Compile(%q) error mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

// errorTests are malformed files with the exact report FormatError prints
// for them.
var errorTests = []errorTest{
	{
		name: "strike not closed in a note line",
		src:  "note n {\n  \"keep ~~this\"\n}\n",
		want: "t.diag:2:9: strike-through not closed\n" +
			"      \"keep ~~this\"\n" +
			"            ^\n" +
			"    hint: end struck text with a second ~~, or write \\\\~ for a literal tilde\n",
	},
	{
		name: "one-character script running into a name",
		src:  "note n {\n  \"n × d_model\"\n}\n",
		want: "t.diag:2:9: a one-character script runs into \"o\"\n" +
			"      \"n × d_model\"\n" +
			"            ^\n" +
			"    hint: write d_{model} for a longer script, `d_model` for a name, or d\\\\_model for the character itself\n",
	},
	{
		name: "one-character script in a node label",
		src:  "graph g {\n  x \"X: n × d_model\"\n}\n",
		want: "t.diag:2:14: a one-character script runs into \"o\"\n" +
			"      x \"X: n × d_model\"\n" +
			"                 ^\n" +
			"    hint: write d_{model} for a longer script, `d_model` for a name, or d\\\\_model for the character itself\n",
	},
	{
		name: "bold not closed in an edge label",
		src:  "graph g {\n  a -> b \"calls **tool\"\n}\n",
		want: "t.diag:2:17: bold not closed\n" +
			"      a -> b \"calls **tool\"\n" +
			"                    ^\n" +
			"    hint: end bold text with a second **\n",
	},
	{
		name: "script group not closed in a panel title",
		src:  "graph g \"Attention W_{ij\" {\n  a -> b\n}\n",
		want: "t.diag:1:22: { not closed\n" +
			"    graph g \"Attention W_{ij\" {\n" +
			"                         ^\n" +
			"    hint: close the group with }, like W_{ij}\n",
	},
	{
		name: "script of one bracket in a sequence message",
		src:  "sequence s {\n  a -> b \"1/(1 + e^(−z))\"\n}\n",
		want: "t.diag:2:19: a script of one bracket\n" +
			"      a -> b \"1/(1 + e^(−z))\"\n" +
			"                      ^\n" +
			"    hint: write the script in braces, like e^{−z}, or e\\\\^ for the character itself\n",
	},
	{
		name: "second node detail",
		src:  "graph g {\n  a \"A\" detail \"x\" detail \"y\"\n}\n",
		want: "t.diag:2:20: second detail for node \"a\"\n" +
			"      a \"A\" detail \"x\" detail \"y\"\n" +
			"                       ^\n" +
			"    hint: a node has one detail line; write \\n in it for a second\n",
	},
	{
		name: "detail on an edge",
		src:  "graph g {\n  a -> b detail \"z\"\n}\n",
		want: "t.diag:2:10: an edge does not take detail\n" +
			"      a -> b detail \"z\"\n" +
			"             ^\n" +
			"    hint: write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "markup error in a node detail",
		src:  "graph g {\n  c detail \"w_{x\"\n}\n",
		want: "t.diag:2:15: { not closed\n" +
			"      c detail \"w_{x\"\n" +
			"                  ^\n" +
			"    hint: close the group with }, like W_{ij}\n",
	},
	{
		name: "unknown route",
		src:  "graph g route curvy {\n  a -> b\n}\n",
		want: "t.diag:1:15: unknown route \"curvy\"\n" +
			"    graph g route curvy {\n" +
			"                  ^\n" +
			"    hint: routes are orthogonal, straight, spline\n",
	},
	{
		name: "weight without a number",
		src:  "graph g {\n  a -> b weight heavy\n}\n",
		want: "t.diag:2:17: unexpected \"heavy\"\n" +
			"      a -> b weight heavy\n" +
			"                    ^\n" +
			"    hint: write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "weight out of range",
		src:  "graph g {\n  a -> b weight -2000000\n}\n",
		want: "t.diag:2:17: edge weight -2e+06 is out of range\n" +
			"      a -> b weight -2000000\n" +
			"                    ^\n" +
			"    hint: weights are within ±1000000; scale them down\n",
	},
	{
		name: "unknown node in align",
		src:  "graph g {\n  left -> right\n  align left rigth\n}\n",
		want: "t.diag:3:14: unknown node \"rigth\"\n" +
			"      align left rigth\n" +
			"                 ^\n" +
			"    hint: did you mean \"right\"?\n",
	},
	{
		name: "repeat count of one",
		src:  "graph g {\n  group blk repeat 1 { a }\n}\n",
		want: "t.diag:2:20: bad repeat count \"1\"\n" +
			"      group blk repeat 1 { a }\n" +
			"                       ^\n" +
			"    hint: a count is a whole number from 2 to 9999, or a name of up to 12 letters, digits and _ such as N\n",
	},
	{
		name: "repeat without a count",
		src:  "graph g {\n  group blk \"Block\" repeat { a }\n}\n",
		want: "t.diag:2:21: repeat needs a count\n" +
			"      group blk \"Block\" repeat { a }\n" +
			"                        ^\n" +
			"    hint: write repeat N, a count such as repeat 6 or a name such as repeat N\n",
	},
	{
		name: "repeat on a node",
		src:  "graph g {\n  a \"A\" repeat 3\n}\n",
		want: "t.diag:2:9: a node does not take repeat\n" +
			"      a \"A\" repeat 3\n" +
			"            ^\n" +
			"    hint: write ID [\"label\"] [detail \"text\"] [shape S] [tone T] [icon NAME] [tensor WxHxC] [pin left|right|top|bottom] [part NAME \"text\"]...\n",
	},
	{
		name: "tensor with a zero dimension",
		src:  "graph g {\n  a tensor 224x0x3\n}\n",
		want: "t.diag:2:12: bad tensor dimensions \"224x0x3\"\n" +
			"      a tensor 224x0x3\n" +
			"               ^\n" +
			"    hint: write tensor N, NxD or WxHxC with whole numbers, such as tensor 224x224x3 (each from 1 to 1000000)\n",
	},
	{
		name: "tensor of four dimensions",
		src:  "graph g {\n  a tensor 8x3x224x224\n}\n",
		want: "t.diag:2:12: tensor 8x3x224x224 has 4 dimensions, at most 3 are drawn\n" +
			"      a tensor 8x3x224x224\n" +
			"               ^\n" +
			"    hint: write tensor N, NxD or WxHxC with whole numbers, such as tensor 224x224x3\n",
	},
	{
		name: "tensor with a shape",
		src:  "graph g {\n  a tensor 7x7x512 shape circle\n}\n",
		want: "t.diag:2:3: tensor node \"a\" has a shape or an icon\n" +
			"      a tensor 7x7x512 shape circle\n" +
			"      ^\n" +
			"    hint: a tensor is drawn as a volume; leave out the shape and the icon\n",
	},
	{
		name: "kernel of zero",
		src:  "graph g {\n  a tensor 8x8x3\n  b tensor 6x6x4\n  a -> b kernel 0\n}\n",
		want: "t.diag:4:17: bad kernel size \"0\"\n" +
			"      a -> b kernel 0\n" +
			"                    ^\n" +
			"    hint: write kernel K, a whole number such as kernel 3 from 1 to 1000000\n",
	},
	{
		name: "unknown pin",
		src:  "graph g {\n  a pin middle\n}\n",
		want: "t.diag:2:9: unknown pin \"middle\"\n" +
			"      a pin middle\n" +
			"            ^\n" +
			"    hint: sides are left, right, top, bottom\n",
	},
	{
		name: "group on a ring",
		src:  "graph g layout ring {\n  group box { a }\n  a -> b\n}\n",
		want: "t.diag:2:3: a graph on a ring has no groups\n" +
			"      group box { a }\n" +
			"      ^\n" +
			"    hint: a ring has no groups: remove them, or use the layered layout\n",
	},
	{
		name: "unclosed block",
		src:  "graph g {\n  a -> b\n",
		want: "t.diag:1:9: block opened here is never closed\n" +
			"    graph g {\n" +
			"            ^\n" +
			"    hint: add a closing }\n",
	},
	{
		name: "unclosed inner block found by indentation",
		src:  "row {\n  graph a {\n    x -> y\n\n  graph b {\n  }\n}\n",
		want: "t.diag:2:11: block opened here is never closed\n" +
			"      graph a {\n" +
			"              ^\n" +
			"    hint: add a closing }\n",
	},
	{
		name: "sign before an unknown constant in a plot range",
		src:  "let alpha = 2\nplot p {\n  x - alpah .. 1\n}\n",
		want: "t.diag:3:7: unknown constant \"alpah\"\n" +
			"      x - alpah .. 1\n" +
			"          ^\n" +
			"    hint: did you mean \"alpha\"?\n",
	},
	{
		name: "stray closing brace",
		src:  "graph g {\n  a\n}\n}\n",
		want: "t.diag:4:1: unmatched \"}\"\n" +
			"    }\n" +
			"    ^\n" +
			"    hint: remove it, or open the block with \"{\" earlier\n",
	},
	{
		name: "brace on the next line",
		src:  "graph g\n{\n  a\n}\n",
		want: "t.diag:2:1: { must be on the same line as its statement\n" +
			"    {\n" +
			"    ^\n" +
			"    hint: move { to the end of the line before\n",
	},
	{
		name: "string left open",
		src:  "title \"Gradient\nsubtitle \"x\"\n",
		want: "t.diag:1:7: string not closed\n" +
			"    title \"Gradient\n" +
			"          ^\n" +
			"    hint: end the string with \" on the same line (write \\\" for a quote inside it)\n",
	},
	{
		name: "bad escape",
		src:  "title \"a\\qb\"\n",
		want: "t.diag:1:9: unknown escape \\q\n" +
			"    title \"a\\qb\"\n" +
			"            ^\n" +
			"    hint: escapes are \\\" \\\\ \\n \\t and \\u{hex}\n",
	},
	{
		name: "character outside the language after a tab",
		src:  "\ttitle @\n",
		want: "t.diag:1:8: unexpected character \"@\"\n" +
			"        title @\n" +
			"              ^\n" +
			"    hint: characters outside the syntax belong inside a string\n",
	},
	{
		name: "invalid UTF-8",
		src:  "title \"θ\xff\"\n",
		want: "t.diag:1:9: text is not valid UTF-8\n" +
			"    title \"θ\uFFFD\"\n" +
			"            ^\n" +
			"    hint: save the file as UTF-8\n",
	},
	{
		name: "control character in a string",
		src:  "title \"a\x01b\"\n",
		want: "t.diag:1:9: control character U+0001 in string\n" +
			"    title \"a\\x01b\"\n" +
			"            ^\n" +
			"    hint: remove it; write \\n for a line break or \\t for a tab\n",
	},
	{
		name: "unknown keyword",
		src:  "grpah g {\n  a\n}\n",
		want: "t.diag:1:1: unknown keyword \"grpah\"\n" +
			"    grpah g {\n" +
			"    ^\n" +
			"    hint: did you mean \"graph\"?\n",
	},
	{
		name: "keyword in the wrong block",
		src:  "row {\n  title \"x\"\n}\n",
		want: "t.diag:2:3: title is not allowed here\n" +
			"      title \"x\"\n" +
			"      ^\n" +
			"    hint: title belongs at the top level\n",
	},
	{
		name: "edge outside a graph",
		src:  "row {\n  a -> b\n}\n",
		want: "t.diag:2:3: an edge must be inside a graph\n" +
			"      a -> b\n" +
			"      ^\n" +
			"    hint: write graph ID { a -> b }\n",
	},
	{
		name: "group outside a graph",
		src:  "group g { a }\n",
		want: "t.diag:1:1: group is not allowed here\n" +
			"    group g { a }\n" +
			"    ^\n" +
			"    hint: group belongs inside graph { } or group { }\n",
	},
	{
		name: "step outside animate",
		src:  "step \"x\" 1s { }\n",
		want: "t.diag:1:1: step is not allowed here\n" +
			"    step \"x\" 1s { }\n" +
			"    ^\n" +
			"    hint: step belongs inside animate { }\n",
	},
	{
		name: "incomplete statement",
		src:  "graph\n",
		want: "t.diag:1:1: incomplete graph statement\n" +
			"    graph\n" +
			"    ^\n" +
			"    hint: write graph ID [\"title\"] [direction down|right|up|left] [route orthogonal|straight|spline] [order source] [layout layered|ring] { nodes and edges }\n",
	},
	{
		name: "unknown shape",
		src:  "graph g {\n  a shape hexgon\n}\n",
		want: "t.diag:2:11: unknown shape \"hexgon\"\n" +
			"      a shape hexgon\n" +
			"              ^\n" +
			"    hint: did you mean \"hexagon\"? shapes are box, rounded, circle, cylinder, diamond, person, document, queue, hexagon, cloud\n",
	},
	{
		name: "unknown tone",
		src:  "graph g {\n  a tone wran\n}\n",
		want: "t.diag:2:10: unknown tone \"wran\"\n" +
			"      a tone wran\n" +
			"             ^\n" +
			"    hint: did you mean \"warn\"? tones are neutral, accent, info, good, warn, bad, muted\n",
	},
	{
		name: "unknown icon",
		src:  "graph g {\n  db \"DB\" icon databse\n}\n",
		want: "t.diag:2:16: unknown icon \"databse\"\n" +
			"      db \"DB\" icon databse\n" +
			"                   ^\n" +
			"    hint: did you mean \"database\"? icons are " + strings.Join(icon.Names(), ", ") + "\n",
	},
	{
		name: "unknown direction",
		src:  "graph g direction sideways {\n  a\n}\n",
		want: "t.diag:1:19: unknown direction \"sideways\"\n" +
			"    graph g direction sideways {\n" +
			"                      ^\n" +
			"    hint: directions are down, right, up, left\n",
	},
	{
		name: "unknown theme",
		src:  "theme purple\n",
		want: "t.diag:1:7: unknown theme \"purple\"\n" +
			"    theme purple\n" +
			"          ^\n" +
			"    hint: themes are auto, light, dark\n",
	},
	{
		name: "edge id one letter from a declared node",
		src:  "graph g {\n  fwd \"Forward\"\n  batch -> fwdd\n}\n",
		want: "t.diag:3:12: unknown node \"fwdd\"\n" +
			"      batch -> fwdd\n" +
			"               ^\n" +
			"    hint: did you mean \"fwd\"? (to add a new node, declare fwdd on its own line)\n",
	},
	{
		name: "duplicate id",
		src:  "graph g {\n  loss \"Loss\"\n  group loss {\n  }\n}\n",
		want: "t.diag:3:9: duplicate id \"loss\"\n" +
			"      group loss {\n" +
			"            ^\n" +
			"    hint: first declared at 2:3 as a node; every id in a diagram must be unique\n",
	},
	{
		name: "node of another graph",
		src:  "graph g { a -> b }\ngraph h { a -> c }\n",
		want: "t.diag:2:11: \"a\" is not a node of this graph\n" +
			"    graph h { a -> c }\n" +
			"              ^\n" +
			"    hint: \"a\" is declared at 1:11 as a node of graph \"g\"; an edge joins nodes of its own graph, and ids are shared by the whole diagram\n",
	},
	{
		name: "unexpected word after an edge",
		src:  "graph g {\n  a -> b \"x\" dotted\n}\n",
		want: "t.diag:2:14: unexpected \"dotted\"\n" +
			"      a -> b \"x\" dotted\n" +
			"                 ^\n" +
			"    hint: write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "misspelt attribute",
		src:  "graph g {\n  a -> b dashd\n}\n",
		want: "t.diag:2:10: unknown attribute \"dashd\"\n" +
			"      a -> b dashd\n" +
			"             ^\n" +
			"    hint: did you mean \"dashed\"? write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "edge after a node label",
		src:  "graph g {\n  a \"A\" -> b\n}\n",
		want: "t.diag:2:9: an edge cannot follow a node's label or attributes\n" +
			"      a \"A\" -> b\n" +
			"            ^\n" +
			"    hint: declare a on its own line, then write a -> ...\n",
	},
	{
		name: "chain ending in an arrow",
		src:  "graph g {\n  a -> b ->\n}\n",
		want: "t.diag:2:10: missing node after ->\n" +
			"      a -> b ->\n" +
			"             ^\n" +
			"    hint: write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "edge without a target",
		src:  "graph g {\n  a ->\n}\n",
		want: "t.diag:2:5: missing node after ->\n" +
			"      a ->\n" +
			"        ^\n" +
			"    hint: write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "show names an unknown id",
		src:  "graph g { batch -> fwd }\nanimate {\n  step \"s\" 1s { show batchh }\n}\n",
		want: "t.diag:3:22: unknown id \"batchh\"\n" +
			"      step \"s\" 1s { show batchh }\n" +
			"                         ^\n" +
			"    hint: did you mean \"batch\"?\n",
	},
	{
		name: "unknown action",
		src:  "graph g { a -> b }\nanimate {\n  step \"s\" 1s { shwo a }\n}\n",
		want: "t.diag:3:17: unknown keyword \"shwo\"\n" +
			"      step \"s\" 1s { shwo a }\n" +
			"                    ^\n" +
			"    hint: did you mean \"show\"?\n",
	},
	{
		name: "bad duration",
		src:  "graph g { a -> b }\nanimate {\n  step \"s\" 2x { show a }\n}\n",
		want: "t.diag:3:12: unknown unit \"x\" in duration \"2x\"\n" +
			"      step \"s\" 2x { show a }\n" +
			"               ^\n" +
			"    hint: write seconds or milliseconds, like 2s, 1.5s or 500ms\n",
	},
	{
		name: "duration without a unit",
		src:  "graph g { a -> b }\nanimate {\n  step \"s\" 2 { show a }\n}\n",
		want: "t.diag:3:12: duration \"2\" needs a unit\n" +
			"      step \"s\" 2 { show a }\n" +
			"               ^\n" +
			"    hint: write seconds or milliseconds, like 2s, 1.5s or 500ms\n",
	},
	{
		name: "missing step caption",
		src:  "graph g { a -> b }\nanimate {\n  step 2s { show a }\n}\n",
		want: "t.diag:3:3: step needs a caption\n" +
			"      step 2s { show a }\n" +
			"      ^\n" +
			"    hint: write step \"caption\" 2s { actions }\n",
	},
	{
		name: "flow over a missing edge",
		src:  "graph g {\n  a -> b\n  c\n}\nanimate {\n  step \"s\" 1s { flow a -> b -> c }\n}\n",
		want: "t.diag:6:29: no edge from \"b\" to \"c\" to flow along\n" +
			"      step \"s\" 1s { flow a -> b -> c }\n" +
			"                                ^\n" +
			"    hint: add an edge b -> c to a graph, or flow along edges that exist\n",
	},
	{
		name: "flow against the arrow",
		src:  "graph g { a -> b }\nanimate {\n  step \"s\" 1s { flow b -> a }\n}\n",
		want: "t.diag:3:24: no edge from \"b\" to \"a\" to flow along\n" +
			"      step \"s\" 1s { flow b -> a }\n" +
			"                           ^\n" +
			"    hint: the edge between them points from \"a\" to \"b\"; write flow a -> b, or make the edge <->\n",
	},
	{
		name: "unknown easing",
		src:  "graph g { a -> b }\nanimate {\n  step \"s\" 1s { show a ease fast }\n}\n",
		want: "t.diag:3:29: unknown easing \"fast\"\n" +
			"      step \"s\" 1s { show a ease fast }\n" +
			"                                ^\n" +
			"    hint: easings are \"ease-in-out\", \"linear\" or \"steps\"\n",
	},
	{
		name: "grid without a number",
		src:  "grid \"Results\" {\n}\n",
		want: "t.diag:1:1: grid needs a number of columns\n" +
			"    grid \"Results\" {\n" +
			"    ^\n" +
			"    hint: write grid N [\"title\"] { panels }\n",
	},
	{
		name: "title set twice",
		src:  "title \"A\"\ntitle \"B\"\n",
		want: "t.diag:2:1: title set twice\n" +
			"    title \"B\"\n" +
			"    ^\n" +
			"    hint: first set at 1:1; keep one\n",
	},
	{
		name: "caret counts characters after emoji and theta",
		src:  "graph g {\n  a \"🙂 θ\" shape hexgon\n}\n",
		want: "t.diag:2:17: unknown shape \"hexgon\"\n" +
			"      a \"🙂 θ\" shape hexgon\n" +
			"                     ^\n" +
			"    hint: did you mean \"hexagon\"? shapes are box, rounded, circle, cylinder, diamond, person, document, queue, hexagon, cloud\n",
	},
	{
		name: "// comment at the top level, with an apostrophe",
		src:  "// don't\ntitle \"x\"\n",
		want: "t.diag:1:1: // does not start a comment\n" +
			"    // don't\n" +
			"    ^\n" +
			"    hint: use # for comments: # don't\n",
	},
	{
		name: "// comments inside a block and after code, and the errors after them",
		src:  "graph g {\n  // inputs\n  a -> b // a's edge { not a block\n  c ->\n}\n",
		want: "t.diag:2:3: // does not start a comment\n" +
			"      // inputs\n" +
			"      ^\n" +
			"    hint: use # for comments: # inputs\n" +
			"t.diag:3:10: // does not start a comment\n" +
			"      a -> b // a's edge { not a block\n" +
			"             ^\n" +
			"    hint: use # for comments: # a's edge { not a block\n" +
			"t.diag:4:5: missing node after ->\n" +
			"      c ->\n" +
			"        ^\n" +
			"    hint: write a -> b [\"label\"] [dashed] [bold] [tone T] [route R] [weight W] [kernel K]  (arrows: -> <- <-> --)\n",
	},
	{
		name: "D2 edge label",
		src:  "graph g {\n  a -> b: sends \"x\"\n}\n",
		want: "t.diag:2:9: an edge's label is a string after it, not text after \":\"\n" +
			"      a -> b: sends \"x\"\n" +
			"            ^\n" +
			"    hint: write a -> b \"sends \\\"x\\\"\"\n",
	},
	{
		name: "D2 node label",
		src:  "graph g {\n  db: Database\n}\n",
		want: "t.diag:2:5: a node's label is a string after it, not text after \":\"\n" +
			"      db: Database\n" +
			"        ^\n" +
			"    hint: write db \"Database\"\n",
	},
	{
		name: "Mermaid arrows",
		src:  "graph g {\n  A-->B\n  A --- C\n  A-.->D\n  A ==> E\n}\n",
		want: "t.diag:2:4: \"-->\" is not an arrow\n" +
			"      A-->B\n" +
			"       ^\n" +
			"    hint: write A -> B\n" +
			"t.diag:3:5: \"---\" is not an arrow\n" +
			"      A --- C\n" +
			"        ^\n" +
			"    hint: write A -- C\n" +
			"t.diag:4:4: \"-.->\" is not an arrow\n" +
			"      A-.->D\n" +
			"       ^\n" +
			"    hint: write A -> D dashed\n" +
			"t.diag:5:5: \"==>\" is not an arrow\n" +
			"      A ==> E\n" +
			"        ^\n" +
			"    hint: write A -> E bold\n",
	},
	{
		name: "Mermaid node labels",
		src:  "graph g {\n  A[Start] --> B\n  C(Round)\n}\n",
		want: "t.diag:2:4: a node's label is a string after its id, not text in []\n" +
			"      A[Start] --> B\n" +
			"       ^\n" +
			"    hint: write A \"Start\" on a line of its own, then the edge with the id alone\n" +
			"t.diag:3:4: a node's label is a string after its id, not text in ()\n" +
			"      C(Round)\n" +
			"       ^\n" +
			"    hint: write C \"Round\" shape rounded\n",
	},
	{
		name: "Mermaid graph TD",
		src:  "graph TD\n  A-->B\n",
		want: "t.diag:1:7: a graph's direction is written direction down\n" +
			"    graph TD\n" +
			"          ^\n" +
			"    hint: write graph g direction down { nodes and edges }\n",
	},
	{
		name: "Mermaid graph LR;",
		src:  "graph LR;\n  A --> B;\n",
		want: "t.diag:1:7: a graph's direction is written direction right\n" +
			"    graph LR;\n" +
			"          ^\n" +
			"    hint: write graph g direction right { nodes and edges }\n",
	},
	{
		name: "Mermaid flowchart and its edges",
		src:  "flowchart LR\n  A-->B\n  B --> C: done\n",
		want: "t.diag:1:1: unknown keyword \"flowchart\"\n" +
			"    flowchart LR\n" +
			"    ^\n" +
			"    hint: write graph g direction right { nodes and edges }\n" +
			"t.diag:2:3: an edge must be inside a graph\n" +
			"      A-->B\n" +
			"      ^\n" +
			"    hint: write graph ID { A -> B }\n" +
			"t.diag:3:3: an edge must be inside a graph\n" +
			"      B --> C: done\n" +
			"      ^\n" +
			"    hint: write graph ID { B -> C \"done\" }\n",
	},
	{
		name: "Graphviz digraph",
		src:  "digraph G {\n  a -> b;\n}\n",
		want: "t.diag:1:1: unknown keyword \"digraph\"\n" +
			"    digraph G {\n" +
			"    ^\n" +
			"    hint: write graph G direction down { nodes and edges }\n",
	},
	{
		name: "parallel edge written with #",
		src:  "graph g {\n  a -> b \"x\"\n  a -> b \"y\"\n}\nanimate {\n  step \"s\" 1s { show a -> b#2 }\n  step \"t\" 1s {\n    dim a -> b #2\n    trace a -> b#3\n  }\n}\n",
		want: "t.diag:6:28: \"#2\" is a comment, not an edge number\n" +
			"      step \"s\" 1s { show a -> b#2 }\n" +
			"                               ^\n" +
			"    hint: write a -> b[2] for the second edge written from a to b\n" +
			"t.diag:8:16: \"#2\" is a comment, not an edge number\n" +
			"        dim a -> b #2\n" +
			"                   ^\n" +
			"    hint: write a -> b[2] for the second edge written from a to b\n" +
			"t.diag:9:17: \"#3\" is a comment, not an edge number\n" +
			"        trace a -> b#3\n" +
			"                    ^\n" +
			"    hint: write a -> b[3] for the third edge written from a to b\n",
	},
	{
		name: "edge index past the parallel edges",
		src:  "graph g {\n  a -> b\n  a <- b\n}\nanimate {\n  step \"s\" 1s { show a -> b[3] }\n}\n",
		want: "t.diag:6:28: no edge a->b[3]: 2 edges are written from \"a\" to \"b\"\n" +
			"      step \"s\" 1s { show a -> b[3] }\n" +
			"                               ^\n" +
			"    hint: write a -> b[1] to a -> b[2], or a -> b for all of them\n",
	},
	{
		name: "edge index with another arrow",
		src:  "graph g {\n  a -> b\n  a <- b\n}\nanimate {\n  step \"s\" 1s { show a <-> b[2] }\n}\n",
		want: "t.diag:6:22: edge a->b[2] is written a <- b, not a <-> b\n" +
			"      step \"s\" 1s { show a <-> b[2] }\n" +
			"                         ^\n" +
			"    hint: write a -> b[2] (its id) or a <- b[2] (as it is written)\n",
	},
	{
		name: "edge index that is not a whole number",
		src:  "graph g {\n  a -> b\n}\nanimate {\n  step \"s\" 1s { show a -> b[0]; hide a -> b[] }\n}\n",
		want: "t.diag:5:28: an edge index is a whole number from 1, not \"0\"\n" +
			"      step \"s\" 1s { show a -> b[0]; hide a -> b[] }\n" +
			"                               ^\n" +
			"    hint: write the number of the edge, like a -> b[2] for the second edge written from a to b\n" +
			"t.diag:5:44: the edge index is empty\n" +
			"      step \"s\" 1s { show a -> b[0]; hide a -> b[] }\n" +
			"                                               ^\n" +
			"    hint: write the number of the edge, like a -> b[2] for the second edge written from a to b\n",
	},
	{
		name: "errors come out sorted",
		src:  "animate {\n  step \"s\" 1s { show nope }\n}\ntheme purple\ngraph g {\n  a shape hexgon\n}\n",
		want: "t.diag:2:22: unknown id \"nope\"\n" +
			"      step \"s\" 1s { show nope }\n" +
			"                         ^\n" +
			"    hint: declare it first, in a graph or another panel\n" +
			"t.diag:4:7: unknown theme \"purple\"\n" +
			"    theme purple\n" +
			"          ^\n" +
			"    hint: themes are auto, light, dark\n" +
			"t.diag:6:11: unknown shape \"hexgon\"\n" +
			"      a shape hexgon\n" +
			"              ^\n" +
			"    hint: did you mean \"hexagon\"? shapes are box, rounded, circle, cylinder, diamond, person, document, queue, hexagon, cloud\n",
	},
}

func TestErrors(t *testing.T) {
	runErrorTests(t, errorTests)
}

// TestErrorCap checks that at most ten errors are reported, the first ten
// by position.
func TestErrorCap(t *testing.T) {
	src := "graph g {\n"
	for i := 0; i < 15; i++ {
		src += "  n" + string(rune('a'+i)) + " shape blob\n"
	}
	src += "}\n"
	_, _, err := Compile("cap.diag", []byte(src))
	list, ok := err.(diagram.ErrorList)
	if !ok {
		t.Fatalf("Compile: error %T, want diagram.ErrorList", err)
	}
	var lines []int
	for _, e := range list {
		lines = append(lines, e.Pos.Line)
	}
	if diff := cmp.Diff([]int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, lines); diff != "" {
		t.Errorf("Compile(%q) error lines mismatch (-want +got):\n%s", src, diff)
	}
}

// TestEdgeTargets checks which edges "show a ARROW b" names.
func TestEdgeTargets(t *testing.T) {
	graph := "graph g {\n  a -> b\n  b -> a\n  a <- c\n  a -- d\n  a <- c \"again\"\n}\n"
	tests := []struct {
		target string
		want   []string
	}{
		{"a -> b", []string{"a->b"}},
		{"b -> a", []string{"b->a"}},
		{"a <- b", []string{"b->a"}},
		{"a <-> b", []string{"a->b", "b->a"}},
		{"c -> a", []string{"a->c", "a->c[2]"}},
		{"d -> a", []string{"a->d"}},
		{"a -- d", []string{"a->d"}},
		{"a -> b[1]", []string{"a->b"}},
		{"a -> c[2]", []string{"a->c[2]"}},
		{"a <- c[2]", []string{"a->c[2]"}},
		{"a <- c", []string{"a->c", "a->c[2]"}},
	}
	for _, tc := range tests {
		for _, verb := range []string{"show", "trace"} {
			src := graph + "animate { step \"s\" 1s { " + verb + " " + tc.target + " } }\n"
			d, _, err := Compile("t.diag", []byte(src))
			if err != nil {
				t.Errorf("Compile(%q):\n%s", src, FormatError([]byte(src), err))
				continue
			}
			if diff := cmp.Diff(tc.want, d.Script.Steps[0].Actions[0].Targets); diff != "" {
				t.Errorf("%s %s mismatch (-want +got):\n%s", verb, tc.target, diff)
			}
		}
	}
	src := graph + "animate { step \"s\" 1s { show a -> c } }\n"
	_, _, err := Compile("t.diag", []byte(src))
	want := "t.diag:8:30: no edge from \"a\" to \"c\"\n" +
		"    animate { step \"s\" 1s { show a -> c } }\n" +
		"                                 ^\n" +
		"    hint: the edge between them points from \"c\" to \"a\"; write c -> a\n"
	if diff := cmp.Diff(want, FormatError([]byte(src), err)); diff != "" {
		t.Errorf("Compile(%q) error mismatch (-want +got):\n%s", src, diff)
	}
}
