package diag_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/dsl"
	"github.com/aiprep/diag/internal/resourcetest"
)

// Payloads that try to break out of text, attributes and the style sheet.
const (
	xssTag    = `<script>alert(1)</script>`
	xssAttr   = `"/><svg onload=alert(1)>`
	xssCDATA  = `]]></style><script>alert(1)</script>`
	xssQuotes = `x" onmouseover="alert(1)" y='`
	xssLink   = `<a href="javascript:alert(1)">click</a>`
)

// huge is a plain number far beyond any real diagram's.
const huge = "999999999999999999999999999999999999999999"

// hostileCase is one input that tries to break the compiler or its output.
type hostileCase struct {
	name string
	src  string
	// texts must appear as the text of some <text> element when the input
	// compiles.
	texts []string
	// refused says the input must be refused with positioned errors;
	// otherwise it must compile.
	refused bool
}

// q quotes s as a .diag string.
func q(s string) string { return quote(s) }

// hostileCases returns the hostile corpus.
func hostileCases() []hostileCase {
	deepGroups := func(n int) string {
		var b strings.Builder
		b.WriteString("graph g {\n")
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "group g" + itoa(i) + " {\n")
		}
		b.WriteString("leaf\n")
		for i := n - 1; i >= 0; i-- {
			b.WriteString(strings.Repeat(" ", i) + "}\n")
		}
		b.WriteString("}\n")
		return b.String()
	}
	cases := []hostileCase{
		// Markup and quotes in every kind of text.
		{name: "title", src: "title " + q(xssTag) + "\nsubtitle " + q(xssCDATA) + "\ngraph g { a }\n", texts: []string{xssTag, xssCDATA}},
		{name: "footer and kicker", src: "kicker " + q(xssAttr) + "\nfooter " + q(xssQuotes) + "\ngraph g { a }\n", texts: []string{xssAttr, xssQuotes}},
		{name: "node labels", src: "graph g {\n a " + q(xssTag) + "\n b " + q(xssLink) + "\n a -> b\n}\n", texts: []string{xssTag, xssLink}},
		{name: "edge label", src: "graph g {\n a -> b " + q(xssQuotes) + "\n}\n", texts: []string{xssQuotes}},
		{name: "group label", src: "graph g {\n group h " + q(xssCDATA) + " { a }\n}\n", texts: []string{xssCDATA}},
		{name: "panel title", src: "graph g " + q(xssAttr) + " { a }\n", texts: []string{xssAttr}},
		{name: "split title", src: "row r " + q(xssTag) + " {\n graph g { a }\n}\n", texts: []string{xssTag}},
		{name: "legend", src: "graph g { a }\nlegend {\n solid " + q(xssTag) + "\n bad " + q(xssCDATA) + "\n}\n", texts: []string{xssTag, xssCDATA}},
		{name: "asks", src: "graph g { a }\nask " + q(xssTag) + " " + q(xssQuotes) + "\n"},
		{name: "note lines", src: "note n " + q(xssTag) + " {\n " + q(xssCDATA) + "\n " + q("**"+xssAttr+"** `"+xssTag+"`") + "\n formula " + q(xssQuotes) + "\n text " + q(xssLink) + "\n}\n"},
		{name: "plot labels", src: "plot p " + q(xssTag) + " {\n x 0 .. 1 " + q(xssAttr) + "\n y 0 .. 1 " + q(xssCDATA) + "\n legend\n curve c: y = x " + q(xssQuotes) + "\n points (0.5, 0.5) " + q(xssLink) + "\n label (0.2, 0.8) " + q(xssTag) + " -> (0.5, 0.5)\n}\n"},
		{name: "plot blob classes", src: "plot p {\n x 0 .. 10\n y 0 .. 10\n points b: blobs seed=1 k=2 n=20 " + q(xssTag) + " " + q(xssCDATA) + "\n}\n"},
		{name: "matrix cells", src: "matrix m " + q(xssTag) + " {\n cols " + q(xssAttr) + " " + q(xssCDATA) + " title " + q(xssQuotes) + "\n rows " + q(xssLink) + " title " + q(xssTag) + "\n row c1: " + q(xssTag) + " detail " + q(xssCDATA) + " c2: " + q(xssQuotes) + "\n outline o: c1 .. c2 " + q(xssAttr) + "\n}\n"},
		{name: "matrix categories, masks and keys", src: "matrix m heat categorical {\n row " + q(xssTag) + " " + q(xssCDATA) + " \"\"\n row " + q(xssQuotes) + " \"\" " + q(xssAttr) + " icon lock\n mask r2c2 " + q(xssLink) + "\n outline r1c1 " + q(xssTag) + "\n}\n", texts: []string{xssTag, xssCDATA, xssQuotes, xssAttr, xssLink}},
		{name: "sequence", src: "sequence s " + q(xssTag) + " {\n a " + q(xssAttr) + "\n b " + q(xssCDATA) + "\n a -> b " + q(xssQuotes) + " {\n  b --> a " + q(xssLink) + "\n }\n alt " + q(xssTag) + " {\n  a -> b " + q("x") + "\n } else " + q(xssCDATA) + " {\n  b -> a " + q("y") + "\n }\n note over a, b " + q(xssTag) + "\n}\n"},
		{name: "tree", src: "tree t " + q(xssTag) + " {\n root " + q(xssAttr) + " detail " + q(xssCDATA) + " {\n  " + q(xssQuotes) + ": leaf " + q(xssLink) + "\n }\n}\n"},
		{name: "timeline", src: "timeline t " + q(xssTag) + " {\n budget 1s " + q(xssCDATA) + "\n a " + q(xssAttr) + " 300ms\n b " + q(xssQuotes) + " 200ms\n}\n"},
		{name: "stack", src: "stack s " + q(xssTag) + " {\n band b " + q(xssCDATA) + " {\n  i " + q(xssAttr) + "\n  threat t " + q(xssQuotes) + "\n  defence d " + q(xssLink) + "\n }\n}\n"},
		{name: "step captions", src: "graph g { a -> b }\nanimate {\n step " + q(xssTag) + " 1s { show a }\n step " + q(xssCDATA) + " 1s { show b }\n}\n"},
		{name: "ids that look like attributes", src: "graph onload {\n onclick \"a\"\n script \"b\"\n javascript \"c\"\n style \"d\"\n onclick -> script -> javascript -> style\n}\nanimate {\n step \"s\" 1s { show onclick; highlight script }\n}\n"},

		// Raw and invisible characters.
		{name: "control characters", src: "graph g {\n a \"x\u0001y\u0008z\u001b[31m\u007f\"\n}\n", refused: true},
		{name: "escaped control characters", src: "graph g {\n b \"a\\u{1}b\\u{0}c\\u{1b}d\"\n}\n"},
		{name: "bidi overrides", src: "title \"abc\u202edcba\u2066x\u2069\"\ngraph g {\n a \"\u202egnp.exe\"\n}\n"},
		{name: "Arabic letter mark", src: "graph g {\n a \"ab\u061ccd\"\n b \"x\\u{61c}y\"\n}\n", texts: []string{"abcd", "xy"}},
		{name: "terminal escapes", src: "title \"\x1b]0;pwned\x07\x1b[2J\x1b[H\u202e\"\ngraph g { a }\n", refused: true},
		{name: "invalid UTF-8 in label", src: "graph g {\n a \"bad \xff\xfe byte\"\n}\n", refused: true},
		{name: "invalid UTF-8 in id", src: "graph g {\n \xc3\x28 \"x\"\n}\n", refused: true},
		{name: "invalid UTF-8 in comment", src: "# \xff\xff\ngraph g { a }\n", refused: true},
		{name: "NUL bytes", src: "graph g {\x00\n a \"x\"\n}\n", refused: true},
		{name: "byte order mark and CRLF", src: "\ufefftitle \"T\"\r\ngraph g {\r\n a -> b\r\n}\r\n"},
		{name: "CDATA end in comment", src: "# ]]></style><script>\ngraph g { a }\n"},
		{name: "lone surrogate escape", src: "graph g { a \"\\u{d800}\" }\n", refused: true},

		// Colours may only be tones: raw colours and CSS are refused.
		{name: "CSS in tone", src: "graph g {\n a \"x\" tone red;}</style><script>\n}\n", refused: true},
		{name: "quoted CSS in tone", src: "graph g {\n a \"x\" tone \"red;}</style><script>alert(1)</script>\"\n}\n", refused: true},
		{name: "hex colour as tone", src: "graph g {\n a \"x\" tone #ff0000\n}\n", refused: true},
		{name: "CSS as theme", src: "theme \"dark;}</style><script>\"\ngraph g { a }\n", refused: true},
		{name: "CSS in legend kind", src: "graph g { a }\nlegend {\n red;} \"x\"\n}\n", refused: true},
		{name: "icon path", src: "graph g {\n a \"x\" icon \"../../etc/passwd\"\n}\n", refused: true},
		{name: "javascript icon", src: "graph g {\n a \"x\" icon javascript\n}\n", refused: true},

		// Numbers at the edges.
		{name: "exponent in plot range", src: "plot p {\n x -1e308 .. 1e308\n y 0 .. 1\n}\n", refused: true},
		{name: "huge plot range", src: "plot p {\n x -" + huge + " .. " + huge + "\n y -" + huge + " .. " + huge + "\n curve c: y = x\n points (" + huge + ", -" + huge + ") (0, 0)\n}\n"},
		{name: "overflowing plot range", src: "plot p {\n x 0 .. 1e999\n y 0 .. 1\n}\n", refused: true},
		{name: "empty plot range", src: "plot p {\n x 1 .. 1\n y 0 .. 1\n}\n", refused: true},
		{name: "reversed plot range", src: "plot p {\n x 1 .. 0\n y 0 .. 1\n}\n", refused: true},
		{name: "NaN in plot data", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points (NaN, 0.5) (0.5, Inf)\n}\n", refused: true},
		{name: "log axis through zero", src: "plot p {\n x -1 .. 10 log\n y 0 .. 1\n curve c: y = x\n}\n", refused: true},
		{name: "division by zero", src: "plot p {\n x -1 .. 1\n y -1 .. 1\n curve a: y = 1/x\n curve b: y = 0/0\n curve c: y = log(x)\n rule r: y = 1/0\n contour z = 1/(x*y)\n}\n"},
		{name: "region not linear", src: "plot p {\n x -1 .. 1\n y -1 .. 1\n region 1/x > 0\n}\n", refused: true},
		{name: "overflow", src: "plot p {\n x -10 .. 10\n y -10 .. 10\n curve a: y = 10^400\n curve b: y = exp(exp(x*1000))\n curve c: y = x^1e308\n}\n"},
		{name: "points far outside", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n path q: (0, 0) (" + huge + ", " + huge + ") (-" + huge + ", 5) arrow\n label (" + huge + ", -" + huge + ") \"far\" -> (-" + huge + ", " + huge + ")\n}\n"},
		{name: "constant NaN", src: "let a = 0/0\nplot p {\n x 0 .. 1\n y 0 .. 1\n curve c: y = a*x\n}\n", refused: true},
		{name: "constant Inf", src: "let a = 1e308*10\nlet b = -1/0\nplot p {\n x 0 .. 1\n curve c: y = a*x\n}\n", refused: true},
		{name: "y2 at the edges", src: "let w = 1e308\nplot p {\n x 0 .. 1\n y2 1e-300 .. w log\n points q: (0.5, NaN) (0.5, Inf) y2\n}\n", refused: true},
		{name: "y2 with no data", src: "plot p {\n x 0 .. 1\n y2 \"empty\" log\n curve c: y = 0/0 y2\n path r: (0, -1) (1, -2) y2\n rule s: y = 1e308 y2\n label (0.5, 1000000000000000000000) \"far\" y2\n}\n"},
		{name: "constant 1e308 in plot numbers", src: "let w = 1e308\nlet t = 1e-308\nplot p {\n x -w .. w\n y t .. w log\n}\n", refused: true},
		{name: "constants at the ends of the numbers", src: "let w = 1e308\nlet t = 1e-308\nplot p {\n x -1 .. 1\n y t .. w log\n band b: from -w to w\n rect r: (-w, t) (w, w)\n polygon g: (-w, t) (w, w) (0, 1)\n points q: (-w, w) (w, t)\n curve c: y = x from -w to w\n label (w, w) \"far\" -> (-w, t)\n decision d: linear w = (w, -w) b = -w\n}\n"},
		{name: "constant 1e308", src: "let a = 1e308\nlet b = -a\nplot p {\n x 0 .. 1\n y 0 .. 1\n curve c: y = if(x < 0.5, a, b)\n curve d: y = a*x^2\n}\n"},
		{name: "constant huge", src: "let a = " + huge + "\nplot p {\n x 0 .. 1\n curve c: y = a*x\n}\n"},
		{name: "constant named like markup", src: "let script = 1\nlet onload = 2\nplot p {\n x 0 .. 1\n y 0 .. 3\n curve c: y = script + onload*x " + q(xssTag) + "\n}\n", texts: []string{xssTag}},
		{name: "constant cycle", src: "let a = b\nlet b = a\nplot p {\n x 0 .. 1\n curve c: y = a\n}\n", refused: true},
		{name: "if NaN condition", src: "plot p {\n x -1 .. 1\n y -1 .. 1\n curve c: y = if(log(x) < 0, 1/x, 0/0)\n curve d: y = if(x, x, 0/0, 1, 2)\n curve e: y = (x < 0) - (x >= 0)\n}\n"},
		{name: "if chained comparison", src: "plot p {\n x -1 .. 1\n curve c: y = if(0 < x < 1, 1, 0)\n}\n", refused: true},
		{name: "if deep", src: "plot p {\n x -1 .. 1\n curve c: y = " + strings.Repeat("if(x < 0, ", 100) + "1" + strings.Repeat(", 0)", 100) + "\n}\n", refused: true},
		{name: "fit degree above points", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (0.1, 0.2) (0.5, 0.6)\n fit f: poly 5 of d\n}\n", refused: true},
		{name: "fit degree above blobs", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: blobs seed=1 k=1 n=3\n fit f: poly 20 of d\n}\n", refused: true},
		{name: "fit huge degree", src: "plot p {\n x 0 .. 1\n points d: (0.1, 0.2) (0.5, 0.6)\n fit f: poly " + huge + " of d\n fit g: moving 1e308 of d\n}\n", refused: true},
		{name: "fit NaN degree", src: "plot p {\n x 0 .. 1\n points d: (0.1, 0.2) (0.5, 0.6)\n fit f: poly NaN of d\n}\n", refused: true},
		{name: "fit of nothing", src: "plot p {\n x 0 .. 1\n fit f: linear of\n fit g: linear of nope\n}\n", refused: true},
		{name: "fit of huge values", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (0, " + huge + ") (0.5, -" + huge + ") (1, " + huge + ") (" + huge + ", 0)\n fit g: linear of d\n fit h: moving 2 of d\n}\n"},
		{name: "fit poly of x beyond precision", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (0, 0) (0.5, 1) (1, 0) (" + huge + ", 0)\n fit f: poly 2 of d\n}\n", refused: true},
		{name: "fit logistic of non-labels", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (0, 0.5) (0.5, 7) (1, 1)\n fit f: logistic of d\n}\n", refused: true},
		{name: "fit logistic separable", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (0, 0) (0.4, 0) (0.6, 1) (1, 1)\n fit f: logistic of d\n area a under f\n}\n"},
		{name: "fit of one point", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (0.5, 0.5)\n fit f: linear of d\n}\n", refused: true},
		{name: "shapes far outside", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n rect r: (-" + huge + ", -" + huge + ") (" + huge + ", " + huge + ") \"all\"\n polygon g: (0, 0) (" + huge + ", 0) (0, " + huge + ") tone bad\n band b: from -" + huge + " to " + huge + "\n}\n"},
		{name: "shapes on log axes", src: "plot p {\n x 1 .. 1000 log\n y 0.01 .. 10 log\n rect r: (0, 0) (10, 1)\n band b: from 0.001 to 5\n polygon g: (1, 1) (100, 0.1) (-5, 5)\n}\n"},
		{name: "shapes degenerate", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n rect r: (0.5, 0.5) (0.5, 0.5) \"flat\"\n polygon g: (0, 0) (0, 0) (0, 0)\n}\n"},
		{name: "shapes too few points", src: "plot p {\n rect r: (0, 0)\n polygon g: (0, 0) (1, 1)\n band b: (0, 1)\n}\n", refused: true},
		{name: "band empty", src: "plot p {\n x 0 .. 1\n band b: from 1 to 0\n band c: from NaN to 1\n band d\n}\n", refused: true},
		{name: "shapes with no data", src: "plot p {\n band b: from 1 to 2\n}\n"},
		{name: "decision of no points", src: "plot p {\n points d: (1, 1)\n decision r: nearest of d\n decision s: nearest (0, 0)\n}\n"},
		{name: "decision of huge points", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points d: (" + huge + ", " + huge + ") (-" + huge + ", 0)\n points e: (0.5, 0.5)\n decision r: nearest of d e\n decision s: linear w = (" + huge + ", -" + huge + ") b = " + huge + "\n}\n"},
		{name: "decision threshold undefined", src: "plot p {\n x -1 .. 1\n y -1 .. 1\n decision r: z = log(x) + sqrt(y) at 0 \"a\" \"b\"\n decision s: z = 1/0 at 1\n decision t: z = 0/0\n}\n"},
		{name: "decision on log axes", src: "plot p {\n x 0.001 .. 1000 log\n y 1 .. 1000000000 log\n decision r: nearest (1, 10) (100, 1000000) (0.01, 100000000)\n}\n"},
		{name: "decision bad settings", src: "plot p {\n points d: (0, 0)\n decision r: nearest of q\n decision s: linear w = (0, 0) b = 1\n decision t: nearest\n decision u: z = x at 1 2\n decision v: linear w = (1, 1) tones good bad warn\n}\n", refused: true},
		{name: "field undefined and huge", src: "plot p {\n x -1 .. 1\n y -1 .. 1\n field f: p = log(x) * 1e308 ramp diverging at 0.5\n field g: z = 0/0 from -" + huge + " to " + huge + "\n}\n"},
		{name: "field bad settings", src: "plot p {\n field f: p = x ramp rainbow\n field g: p = x from 1 to 1\n field h: p = x tones good bad warn\n field i: q = x\n}\n", refused: true},
		{name: "aspect of extreme ranges", src: "plot p {\n x 0 .. " + huge + "\n y 0 .. 0.000001\n aspect equal\n axes none\n}\n"},
		{name: "aspect with a log axis", src: "plot p {\n x 1 .. 100 log\n aspect equal\n}\n", refused: true},
		{name: "axes and aspect bad words", src: "plot p {\n axes left\n aspect square\n axes\n}\n", refused: true},
		{name: "log axis of tiny and huge ticks", src: "plot p {\n x 0.0000000001 .. " + huge + " log\n y 0.000001 .. 1 log\n axes y\n points (0.001, 0.5)\n}\n"},
		{name: "area to a constant", src: "let c = 1e308\nplot p {\n x 0 .. 1\n y 0.1 .. 1 log\n curve f: y = x\n area a under f to c\n area b between f and -" + huge + "\n area d under f to 0\n}\n"},
		{name: "area to an unknown constant", src: "plot p {\n curve f: y = x\n area a under f to nope\n area b between f and 1 to 2\n}\n", refused: true},
		{name: "huge plot size", src: "plot p {\n size 1e9 1e9\n x 0 .. 1\n y 0 .. 1\n}\n", refused: true},
		{name: "huge linspace", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points linspace n=1000000000 y = x\n}\n", refused: true},
		{name: "huge blobs", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points blobs seed=1 k=1000000 n=1000000000\n}\n", refused: true},
		{name: "heat centre far outside", src: "matrix m heat 0..1 diverging centre " + huge + " {\n row 0.5 1\n}\n", refused: true},
		{name: "heat centre with exponent", src: "matrix m heat 0..1 diverging centre 1e308 {\n row 0.5 1\n}\n", refused: true},
		{name: "huge diverging range off centre", src: "matrix m heat -" + huge + ".." + huge + " diverging centre " + huge + " {\n row " + huge + " -" + huge + " 0\n}\n"},
		{name: "huge widths", src: "matrix m {\n widths " + huge + " " + huge + " 1\n row \"a\" \"b\" \"c\"\n}\n", refused: true},
		{name: "huge equal widths", src: "matrix m {\n widths " + huge + " " + huge + "\n row \"a\" \"b\"\n}\n"},
		{name: "widths with exponent", src: "matrix m {\n widths 1e308 1\n row \"a\" \"b\"\n}\n", refused: true},
		{name: "empty matrix with heat", src: "matrix m heat 0..1 {\n}\n", refused: true},
		{name: "everything masked", src: "matrix m heat 0..1 {\n row \"\" \"\"\n mask r1c1 .. r1c2\n}\n", refused: true},
		{name: "one cell categorical", src: "matrix m heat categorical {\n row \"x\"\n}\n"},
		{name: "wide proportional table", src: "matrix m {\n widths 1 99\n row " + q(strings.Repeat("supercalifragilistic ", 200)) + " " + q(strings.Repeat("w", 3000)) + " icon lock\n}\n"},
		{name: "huge heat values", src: "matrix m heat 0..1 {\n row " + huge + " -" + huge + " 0\n row 5 0.5 0.000000000000000000000000000001\n}\n"},
		{name: "huge durations", src: "timeline t {\n budget " + huge + "s \"b\"\n a \"a\" " + huge + "s\n b \"b\" 1ms\n}\n", refused: true},
		{name: "zero duration", src: "timeline t {\n a \"a\" 0ms\n}\n", refused: true},
		{name: "huge size", src: "size 1e308 1e308\ngraph g { a }\n", refused: true},
		{name: "huge grid", src: "grid 1000000000 {\n graph g { a }\n}\n", refused: true},
		{name: "huge animation values", src: "graph g { a \"0\" }\nanimate {\n step \"s\" 1s { count a from -" + huge + " to " + huge + " }\n}\n"},
		{name: "huge step duration", src: "graph g { a \"0\" }\nanimate {\n step \"s\" " + huge + "s { show a }\n}\n", refused: true},
		{name: "huge rotate", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n path l (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { rotate l by " + huge + " }\n}\n", refused: true},
		{name: "rotate by 1e308", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n path l (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { rotate l by 1e308 }\n}\n", refused: true},
		{name: "rotate by NaN and Inf", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n path l (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { rotate l by NaN; rotate l by -Inf }\n}\n", refused: true},
		{name: "rotate many turns", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n path l (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { rotate l by 3600 }\n step \"t\" 1s { rotate l by 3600 about (0.5, 0.5) }\n}\n"},
		{name: "rotate about a huge point", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n path l (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { rotate l by 30 about (" + huge + ", -" + huge + ") }\n}\n", refused: true},
		{name: "scale by zero and huge", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n rect r: (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { scale r by 0; scale r by " + huge + "; scale r by -2; scale r by 1e-308 }\n}\n", refused: true},
		{name: "scales that multiply past the range", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n rect r: (0, 0) (1, 1)\n}\nanimate {\n step \"s\" 1s { scale r by 100 }\n step \"t\" 1s { scale r by 100 }\n}\n", refused: true},
		{name: "morph of an empty curve", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n curve a: y = log(-1 - x^2)\n curve b: y = x\n}\nanimate {\n step \"s\" 1s { morph a into b }\n}\n", refused: true},
		{name: "morph into a node", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n curve b: y = x\n}\ngraph g { n }\nanimate {\n step \"s\" 1s { morph b into n }\n}\n", refused: true},
		{name: "morph of huge curves", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n curve a: y = " + huge + " * sin(1000*x)\n curve b: y = -" + huge + " * x\n}\nanimate {\n step \"s\" 1s { morph a into b; morph b into a }\n}\n"},
		{name: "morph into itself", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n curve a: y = x^2\n}\nanimate {\n step \"s\" 1s { morph a into a }\n}\n"},
		{name: "huge move", src: "plot p {\n x 0 .. 1\n y 0 .. 1\n points m: (0.5, 0.5)\n}\nanimate {\n step \"s\" 1s { move m to (" + huge + ", -" + huge + ") }\n}\n"},
		// Bars, histograms and proportional bars: numbers the language can
		// write, and empty, single and very many data.
		{name: "bars huge values", src: "bars b " + q(xssTag) + " {\n value " + q(xssAttr) + "\n unit " + q(xssCDATA) + "\n a " + q(xssQuotes) + " " + huge + " error " + huge + "\n c -" + huge + "\n d 0\n}\n", texts: []string{xssTag, xssAttr, xssQuotes}},
		{name: "bars exponent", src: "bars b {\n a 1e308\n c -1e308\n}\n", refused: true},
		{name: "bars NaN and Inf", src: "bars b {\n a NaN\n c Inf\n d -Inf\n}\n", refused: true},
		{name: "bars negative zero", src: "bars b {\n a -0\n c 0\n baseline -0\n}\n"},
		{name: "bars huge baseline", src: "bars b {\n baseline -" + huge + "\n a 1\n c -1\n}\n"},
		{name: "bars tiny values", src: "bars b {\n value log\n a 0." + strings.Repeat("0", 300) + "1\n c " + huge + "\n}\n"},
		{name: "bars log through zero", src: "bars b {\n value 0 .. 10 log\n a 1\n}\n", refused: true},
		{name: "bars empty", src: "bars b {\n}\n", refused: true},
		{name: "bars one of many series", src: "bars b {\n stacked\n series s1\n series s2\n a 1\n}\n", refused: true},
		{name: "bars too many", src: "bars b {\n" + manyBars(600) + "}\n", refused: true},
		{name: "bars huge size", src: "bars b {\n size " + huge + " 1e308\n a 1\n}\n", refused: true},
		{name: "histogram empty series", src: "histogram h {\n a { }\n}\n", refused: true},
		{name: "histogram NaN", src: "histogram h {\n a { NaN 1 Inf }\n}\n", refused: true},
		{name: "histogram one value", src: "histogram h {\n a { 5 }\n}\n"},
		{name: "histogram one bin", src: "histogram h {\n bins 1\n a { 1 2 3 }\n}\n"},
		{name: "histogram equal values", src: "histogram h {\n density\n a { -0 0 0 0 }\n}\n"},
		{name: "histogram huge values", src: "histogram h " + q(xssTag) + " {\n y " + q(xssCDATA) + "\n a " + q(xssQuotes) + " { -" + huge + " 0 " + huge + " }\n b { 0." + strings.Repeat("0", 300) + "1 }\n}\n", texts: []string{xssTag, xssQuotes}},
		{name: "histogram huge bin width", src: "histogram h {\n x 0 .. 1\n bins width " + huge + "\n a { 0.5 }\n}\n"},
		{name: "histogram tiny bin width", src: "histogram h {\n bins width 0." + strings.Repeat("0", 300) + "1\n a { 0 1 }\n}\n", refused: true},
		{name: "histogram huge bin count", src: "histogram h {\n bins " + huge + "\n a { 0 1 }\n}\n", refused: true},
		{name: "histogram values out of range", src: "histogram h {\n x 0 .. 1\n a { 5 6 -" + huge + " }\n}\n"},
		{name: "histogram 10^5 values", src: "histogram h {\n a { " + strings.Repeat("1 2.5 -3 ", 33333) + "4 }\n}\n"},
		{name: "histogram past the sample cap", src: "histogram h {\n a { " + strings.Repeat("1 2 ", 50001) + "}\n}\n", refused: true},
		{name: "split huge values", src: "split s " + q(xssTag) + " {\n unit " + q(xssCDATA) + "\n a " + q(xssQuotes) + " " + huge + "\n b 1\n c 0\n}\n", texts: []string{xssTag, xssQuotes}},
		{name: "split exponent", src: "split s {\n a 1e308\n b 1e308\n}\n", refused: true},
		{name: "split all zero", src: "split s {\n a 0\n b -0\n}\n", refused: true},
		{name: "split one part", src: "split s {\n a 1\n}\n"},
		{name: "split tiny parts", src: "split s {\n a 0." + strings.Repeat("0", 300) + "1\n b 0.1\n c 0\n}\n"},
		{name: "split percentages short of 100", src: "split s {\n a 70%\n b 20%\n}\n", refused: true},
		{name: "split huge percentages", src: "split s {\n a " + huge + "%\n b 1%\n}\n", refused: true},
		{name: "grow everything", src: "bars b {\n series s1\n series s2\n a 1 2\n c -" + huge + " " + huge + "\n}\nhistogram h {\n a2 { 1 }\n}\nsplit s {\n p 1\n q 0\n}\nanimate loop {\n step \"s\" 1ms { grow b h s c.s2 p }\n step \"t\" 1s { grow b; grow b ease steps delay 1s }\n}\n"},
		{name: "grow a node", src: "graph g { a }\nanimate {\n step \"s\" 1s { grow a }\n}\n", refused: true},

		// Structure.
		{name: "self edge", src: "graph g {\n a -> a \"loop\"\n a -> a\n}\n"},
		{name: "group containing itself", src: "graph g {\n group a { a }\n}\n", refused: true},
		{name: "edge from group to its member", src: "graph g {\n group h { a }\n h -> a\n}\n", refused: true},
		{name: "deep groups", src: deepGroups(40)},
		{name: "too deep groups", src: deepGroups(200), refused: true},
		{name: "duplicate ids", src: "graph g {\n a \"x\"\n a \"y\"\n}\n", refused: true},
		{name: "unknown animation target", src: "graph g { a }\nanimate {\n step \"s\" 1s { show " + "x" + " }\n}\n", refused: true},
		{name: "unterminated string", src: "graph g {\n a \"" + xssTag + "\n}\n", refused: true},
		{name: "string too long", src: "graph g {\n a " + q(strings.Repeat("é", 10001)) + "\n}\n", refused: true},
	}
	// Inputs inside the counted limits that once took seconds to minutes
	// and gigabytes (see resource_test.go).
	return append(cases, smallResourceCases()...)
}

// manyBars returns n bar lines.
func manyBars(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(" b" + itoa(i) + " 1\n")
	}
	return b.String()
}

// itoa formats a small non-negative int.
func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// hostileSources returns the hostile inputs as source texts, for the fuzz
// corpus.
func hostileSources() []string {
	var out []string
	for _, c := range hostileCases() {
		out = append(out, c.src)
	}
	return out
}

// positioned matches the first line of a formatted error.
var positioned = regexp.MustCompile(`^hostile\.diag:\d+:\d+: \S`)

// payloadWords are words of the payloads that must never reach a style
// sheet.
// Ids reach the style sheet as selectors, passed through a strict
// identifier filter, so plain words such as "script" may appear there.
var payloadWords = []string{"alert(", "<", "onload=", "onmouseover=", "red;}", "passwd", "javascript:"}

// TestHostileInputs compiles the hostile corpus: each input either compiles
// to safe SVG that shows its texts as text, or is refused with errors at
// file:line:col. Each also compiles alone in a child process, held to the
// caps of CPU time and memory of TestResources.
func TestHostileInputs(t *testing.T) {
	cases := hostileCases()
	if name := resourcetest.Child(); name != "" {
		for _, c := range cases {
			if c.name == name {
				resourcetest.Report(compileOutcome([]byte(c.src)))
				return
			}
		}
		t.Fatalf("no hostile case %q", name)
	}
	if len(cases) < 40 {
		t.Fatalf("hostile corpus has %d cases, want at least 40", len(cases))
	}
	names := map[string]bool{}
	for _, c := range cases {
		if names[c.name] {
			t.Fatalf("two hostile cases are named %q", c.name)
		}
		names[c.name] = true
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resourcetest.Measure(t, "TestHostileInputs", c.name, resourceTimeout, resourceCPU, resourceRSS)
			src := []byte(c.src)
			svg := checkCompile(t, "hostile.diag", src)
			if svg == nil {
				_, err := compileErr(src)
				msg := dsl.FormatError(src, err)
				if !positioned.MatchString(msg) {
					t.Errorf("Compile(%q) error not positioned:\n%s", c.src, msg)
				}
				if strings.ContainsFunc(msg, rawControl) {
					t.Errorf("Compile(%q) error shows a raw control character: %q", c.src, msg)
				}
				if !c.refused {
					t.Errorf("Compile(%q) refused, want a picture:\n%s", c.src, msg)
				}
				return
			}
			if c.refused {
				t.Errorf("Compile(%q) compiled, want positioned errors", c.src)
			}
			for _, css := range styleSheets(svg) {
				css = fontData.ReplaceAllString(css, "url(data:)")
				for _, w := range payloadWords {
					if strings.Contains(css, w) {
						t.Errorf("Compile(%q): style sheet holds %q", c.src, w)
					}
				}
			}
			texts := strings.Join(svgTexts(t, svg), "\n")
			for _, want := range c.texts {
				if !strings.Contains(texts, want) {
					t.Errorf("Compile(%q): text %q not shown; texts:\n%s", c.src, want, texts)
				}
			}
		})
	}
}

// rawControl reports whether r, printed raw, could steer a terminal: a
// control character other than a line break, or a bidi control.
func rawControl(r rune) bool {
	return r != '\n' && unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// fontData matches an embedded font, whose base64 may hold any word.
var fontData = regexp.MustCompile(`url\(data:[^)]*\)`)

// TestHostileNames compiles under file names and id prefixes that try to
// break out of ids, classes and the style sheet: the name only derives the
// prefix, which must come out as a plain identifier.
func TestHostileNames(t *testing.T) {
	src := []byte("graph g {\n a -> b\n}\nanimate {\n step \"s\" 1s { show a }\n}\n")
	tests := []struct {
		name, prefix string
	}{
		{name: xssAttr + ".diag"},
		{name: "x]]></style><script>alert(1)</script>.diag"},
		{name: "dir/" + xssQuotes + ".diag"},
		{name: "a b{}:;.diag"},
		{name: "hostile.diag", prefix: xssCDATA},
		{name: "hostile.diag", prefix: "p{fill:url(http://example.com/x)}"},
		{name: "2024-hello.diag"},
		{name: "-1x.diag"},
		{name: "--x.diag"},
		{name: "hostile.diag", prefix: "9"},
	}
	for _, tt := range tests {
		out, err := diag.Compile(tt.name, src, diag.Options{Prefix: tt.prefix})
		if err != nil {
			t.Errorf("Compile(%q, prefix %q): %v", tt.name, tt.prefix, err)
			continue
		}
		if p := append(append(unsafeMarkup(out), urlProblems(out)...), styleProblems(out)...); len(p) > 0 {
			t.Errorf("Compile(%q, prefix %q) gave unsafe SVG: %v", tt.name, tt.prefix, p)
		}
		for _, css := range styleSheets(out) {
			css = fontData.ReplaceAllString(css, "url(data:)")
			for _, w := range payloadWords {
				if strings.Contains(css, w) {
					t.Errorf("Compile(%q, prefix %q): style sheet holds %q", tt.name, tt.prefix, w)
				}
			}
		}
		for _, n := range generatedNames(out) {
			if !cssIdent.MatchString(n.name) {
				t.Errorf("Compile(%q, prefix %q): %s %q is not a CSS identifier", tt.name, tt.prefix, n.kind, n.name)
			}
		}
	}
}
