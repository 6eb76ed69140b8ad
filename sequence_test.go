package diag_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

func TestSequenceGrammar(t *testing.T) {
	tests := []struct {
		src  string
		want *diagram.Sequence
	}{
		{`sequence s "Chat" {
  autonumber
  user "User" icon user
  api "API" tone accent
  user -> api "POST /chat" {
    api ->> log "usage"
    api -> api "check quota"
    ask: api --> user "200 OK"
  }
}`, &diagram.Sequence{PanelHead: diagram.PanelHead{ID: "s", Title: "Chat"}, Autonumber: true,
			Actors: []*diagram.Actor{{ID: "user", Label: "User", Icon: "user"}, {ID: "api", Label: "API", Tone: diagram.Accent}, {ID: "log"}},
			Items: []diagram.SeqItem{
				&diagram.Message{ID: "m1", From: "user", To: "api", Label: "POST /chat", Activate: true, Body: []diagram.SeqItem{
					&diagram.Message{ID: "m2", From: "api", To: "log", Kind: diagram.Async, Label: "usage"},
					&diagram.Message{ID: "m3", From: "api", To: "api", Label: "check quota"},
					&diagram.Message{ID: "ask", From: "api", To: "user", Kind: diagram.Reply, Label: "200 OK"},
				}},
			}}},
		{`sequence {
  a -> b
  note n1 over a, b "both" tone warn
  loop l "each token" { b -> a "token" }
  alt "hit" {
    note over b "cached"
  } else "miss" {
    b -> c
  } else {
  }
  opt "debug" { }
}`, &diagram.Sequence{
			Actors: []*diagram.Actor{{ID: "a"}, {ID: "b"}, {ID: "c"}},
			Items: []diagram.SeqItem{
				&diagram.Message{ID: "m1", From: "a", To: "b"},
				&diagram.SeqNote{ID: "n1", Over: []string{"a", "b"}, Text: "both", Tone: diagram.Warn},
				&diagram.Frame{ID: "l", Kind: diagram.Loop, Sections: []*diagram.FrameSection{
					{Label: "each token", Items: []diagram.SeqItem{&diagram.Message{ID: "m2", From: "b", To: "a", Label: "token"}}}}},
				&diagram.Frame{Kind: diagram.Alt, Sections: []*diagram.FrameSection{
					{Label: "hit", Items: []diagram.SeqItem{&diagram.SeqNote{Over: []string{"b"}, Text: "cached"}}},
					{Label: "miss", Items: []diagram.SeqItem{&diagram.Message{ID: "m3", From: "b", To: "c"}}},
					{},
				}},
				&diagram.Frame{Kind: diagram.Opt, Sections: []*diagram.FrameSection{{Label: "debug"}}},
			}}},
		{`sequence {
  box shop "Our shop" tone info {
    web "Web"
    db
  }
  box { psp }
  note left of web "typed"
  note right of db "held" tone warn
  note over web psp "one key"
  web -> psp
}`, &diagram.Sequence{
			Actors: []*diagram.Actor{{ID: "web", Label: "Web"}, {ID: "db"}, {ID: "psp"}},
			Boxes: []*diagram.ActorBox{{ID: "shop", Label: "Our shop", Tone: diagram.Info, Actors: []string{"web", "db"}},
				{Actors: []string{"psp"}}},
			Items: []diagram.SeqItem{
				&diagram.SeqNote{Side: diagram.NoteLeft, Over: []string{"web"}, Text: "typed"},
				&diagram.SeqNote{Side: diagram.NoteRight, Over: []string{"db"}, Text: "held", Tone: diagram.Warn},
				&diagram.SeqNote{Over: []string{"web", "psp"}, Text: "one key"},
				&diagram.Message{ID: "m1", From: "web", To: "psp"},
			}}},
	}
	for _, tt := range tests {
		got := compileBody(t, tt.src)
		if diff := cmp.Diff(diagram.Panel(tt.want), got, ignorePos); diff != "" {
			t.Errorf("Compile(%q) mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

func TestSequenceErrors(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"sequence s {\n  a <- b \"x\"\n}", []string{`2:5: a message cannot use <-`}},
		{"sequence s {\n  user\n  gateway\n  user -> gatway\n}", []string{`4:11: unknown actor "gatway"`}},
		{"sequence s {\n  a -- > b\n}", []string{`2:8: space inside an arrow`}},
		{"sequence s {\n  note over a\n}", []string{`2:3: note needs a text`}},
		{"sequence s {\n  loop \"x\" { a -> b } else \"y\" { a -> b }\n}", []string{`2:23: loop has no else`}},
		{"sequence s {\n  alt \"x\" { a -> b }\n  else \"y\" { b -> a }\n}", []string{`3:3: else must follow the closing } of an alt or par block on the same line`}},
		{"sequence s {\n  a -> b {\n    c \"C\"\n  }\n}", []string{`3:5: an actor cannot be declared inside a block`}},
		{"sequence s {\n  autonumber\n  autonumber\n  a -> b\n}", []string{`3:3: autonumber set twice`}},
		{"sequence s {\n  a \"A\" icon usr\n}", []string{`2:14: unknown icon "usr"`}},
		{"sequence s {\n  a \"A\" shape box\n}", []string{`2:9: an actor does not take shape`}},
		{"sequence s {\n  a -> b \"x\" dashed\n}", []string{`2:14: a message does not take dashed`}},
		{"sequence s {\n  a -> b\n  m1: b -> a\n}", []string{`3:3: duplicate id "m1"`}},
		{"sequence s { }", []string{`1:1: sequence has no actors`}},
		{"sequence s {\n  note left a \"x\"\n}", []string{`2:3: left needs of and the actor the note stands beside`}},
		{"sequence s {\n  note right of a, b \"x\"\n}", []string{`2:3: note right of 2 actors`}},
		{"sequence s {\n  a\n  note b \"x\"\n}", []string{`3:3: note needs over, left of or right of and its actors`}},
		{"sequence s {\n  a\n  box \"B\" { }\n}", []string{`3:3: box holds no actors`}},
		{"sequence s {\n  box { a -> b }\n  c\n}", []string{`2:9: only actors can be declared inside a box`}},
		{"sequence s {\n  a -> b {\n    box { c }\n  }\n}", []string{`3:5: a box cannot stand inside a block`}},
		{"sequence s {\n  box \"A\" \"B\" { a }\n}", []string{`2:11: second label for box`}},
		{"graph g { x }\nsequence s {\n  a -> x\n}", []string{`3:8: "x" is not an actor of this sequence`}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, errorLines(tt.src)); diff != "" {
			t.Errorf("Compile(%q) errors mismatch (-want +got)\n%s", tt.src, diff)
		}
	}
}

// TestSequenceExamples checks the drawn sequence examples: every message
// is a group the animation can find by its id, its label sits on an opaque
// box drawn over the lifelines, between two lifelines, and no two label
// boxes overlap.
func TestSequenceExamples(t *testing.T) {
	for _, path := range []string{"examples/sequence-chat.diag", "examples/sequence-frames.diag", "examples/sequence-boxes.diag"} {
		d, s := layoutExample(t, path)
		seq := d.Body.(*diagram.Sequence)
		lifeline := map[string]float64{}
		col := map[string]int{}
		for i, a := range seq.Actors {
			g, ok := s.Find(a.ID).(*scene.Group)
			if !ok {
				t.Fatalf("%s: actor %s is not a group in the scene", path, a.ID)
			}
			for _, it := range g.Items {
				if b, ok := it.(*scene.Box); ok && b.Role == scene.RoleNode {
					lifeline[a.ID] = b.R.Center().X
				}
			}
			col[a.ID] = i
		}
		var labels []scene.Rect
		var walk func(items []diagram.SeqItem)
		walk = func(items []diagram.SeqItem) {
			for _, it := range items {
				switch v := it.(type) {
				case *diagram.Message:
					g, ok := s.Find(v.ID).(*scene.Group)
					if !ok || g.Kind != scene.KindEdge {
						t.Errorf("%s: message %s is not an edge group in the scene", path, v.ID)
						break
					}
					found := false
					for _, m := range g.Items {
						if b, ok := m.(*scene.Box); ok && b.Role == scene.RoleLabel {
							found = true
							labels = append(labels, b.R)
							if b.Style.Fill.None {
								t.Errorf("%s: label of %s has no background", path, v.ID)
							}
						}
					}
					if v.Label != "" && !found {
						t.Errorf("%s: message %s has no label box", path, v.ID)
					}
					// Between neighbours, the label sits between their lifelines.
					if l := labels; found && (col[v.From]-col[v.To] == 1 || col[v.To]-col[v.From] == 1) {
						r := l[len(l)-1]
						lo, hi := min(lifeline[v.From], lifeline[v.To]), max(lifeline[v.From], lifeline[v.To])
						if r.X <= lo || r.Right() >= hi {
							t.Errorf("%s: label of %s spans %.1f..%.1f, outside its lifelines at %.1f and %.1f", path, v.ID, r.X, r.Right(), lo, hi)
						}
					}
					walk(v.Body)
				case *diagram.Frame:
					for _, sec := range v.Sections {
						walk(sec.Items)
					}
				}
			}
		}
		walk(seq.Items)
		// In the examples every label finds a gap between lifelines.
		for _, r := range labels {
			for id, x := range lifeline {
				if r.X < x && x < r.Right() {
					t.Errorf("%s: the lifeline of %s crosses the label box %v", path, id, r)
				}
			}
		}
		for i, a := range labels {
			for _, b := range labels[i+1:] {
				if a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom() {
					t.Errorf("%s: label boxes %v and %v overlap", path, a, b)
				}
			}
		}
		// Lifelines come first in the drawing, so label boxes cover them.
		first := map[string]int{}
		i := 0
		scene.Walk(s.Items, func(it scene.Item) bool {
			i++
			if p, ok := it.(*scene.Path); ok && p.Role == scene.RoleNone && len(p.Style.Dash) > 0 && first["lifeline"] == 0 {
				first["lifeline"] = i
			}
			if b, ok := it.(*scene.Box); ok && b.Role == scene.RoleLabel && first["label"] == 0 {
				first["label"] = i
			}
			return true
		})
		if first["lifeline"] == 0 || first["label"] < first["lifeline"] {
			t.Errorf("%s: lifelines (item %d) are not drawn before the labels (item %d)", path, first["lifeline"], first["label"])
		}
	}
}
