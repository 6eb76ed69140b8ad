package dsl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestComments checks that every comment is kept in File.Comments, grouped,
// and that statements get the groups right above them (Doc) and after
// them on their last line (Comment).
func TestComments(t *testing.T) {
	src := `# the file's first group
# goes on

# title's doc
title "T" # after the title
graph g { # inside, after the brace
  # doc of a
  a "A" # after a
  a -> b

  # floating, before the brace

} # after the graph
animate { step "s" 1s { show a } } # after animate
`
	f, err := Parse("c.diag", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var groups []string
	for _, g := range f.Comments {
		groups = append(groups, g.Text())
	}
	want := []string{
		"the file's first group\ngoes on\n",
		"title's doc\n",
		"after the title\n",
		"inside, after the brace\n",
		"doc of a\n",
		"after a\n",
		"floating, before the brace\n",
		"after the graph\n",
		"after animate\n",
	}
	if diff := cmp.Diff(want, groups); diff != "" {
		t.Errorf("comment groups mismatch (-want +got):\n%s", diff)
	}
	text := func(g *CommentGroup) string {
		if g == nil {
			return ""
		}
		return strings.TrimSpace(g.Text())
	}
	got := map[string][2]string{}
	Inspect(f, func(n Node) bool {
		if st, ok := n.(statement); ok {
			c := st.comments()
			if c.Doc != nil || c.Comment != nil {
				got[string(f.src.src[st.Pos().Offset():st.Pos().Offset()+5])] = [2]string{text(c.Doc), text(c.Comment)}
			}
		}
		return true
	})
	wantAttached := map[string][2]string{
		`title`: {"title's doc", "after the title"},
		`graph`: {"", "after the graph"},
		`a "A"`: {"doc of a", "after a"},
		`anima`: {"", "after animate"},
	}
	if diff := cmp.Diff(wantAttached, got); diff != "" {
		t.Errorf("attached comments mismatch (-want +got):\n%s", diff)
	}
	first := f.Comments[0]
	if p := f.Position(first.Pos()); p.Line != 1 || p.Col != 1 {
		t.Errorf("first comment at %v, want 1:1", p)
	}
	if p := f.Position(first.End()); p.Line != 2 || p.Col != 10 {
		t.Errorf("first group ends at %v, want 2:10", p)
	}
}
