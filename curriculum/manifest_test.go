package curriculum

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLayers(t *testing.T) {
	want := []Layer{
		{1, "Foundations", "The core ideas every ML interview opens with.", "foundations"},
		{2, "Supervised Learning", "The classic algorithms you must be able to explain.", "supervised-learning"},
		{3, "Unsupervised Learning", "Finding structure when there are no labels.", "unsupervised-learning"},
		{4, "Deep Learning", "From a single neuron to the transformer block.", "deep-learning"},
		{5, "Transformers & LLMs", "How modern language models are built and trained.", "transformers-llms"},
		{6, "RAG, Agents & Generative", "Retrieval, tool-use, agents, and image generation.", "rag-agents-generative"},
		{7, "ML Systems & System Design", "The infra and design-interview questions.", "ml-systems-system-design"},
		{8, "AI Security & Governance", "Securing AI systems — the bonus track that sets you apart.", "ai-security-governance"},
	}
	if diff := cmp.Diff(want, Layers()); diff != "" {
		t.Errorf("Layers() mismatch (-want +got):\n%s", diff)
	}
}

func TestLayerDir(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "1-foundations"},
		{5, "5-transformers-llms"},
		{6, "6-rag-agents-generative"},
		{8, "8-ai-security-governance"},
	}
	for _, tt := range tests {
		l, ok := LayerOf(tt.n)
		if !ok {
			t.Fatalf("LayerOf(%d) not found", tt.n)
		}
		if got := l.Dir(); got != tt.want {
			t.Errorf("LayerOf(%d).Dir() = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestLayerOfOutOfRange(t *testing.T) {
	for _, n := range []int{-1, 0, 9} {
		if l, ok := LayerOf(n); ok {
			t.Errorf("LayerOf(%d) = %+v, true; want not found", n, l)
		}
	}
}

func TestEntriesPerLayer(t *testing.T) {
	entries := Entries()
	if len(entries) != 68 {
		t.Fatalf("len(Entries()) = %d, want 68", len(entries))
	}
	count := make([]int, 8)
	last := 0
	for _, e := range entries {
		if _, ok := LayerOf(e.Layer); !ok {
			t.Fatalf("entry %q has unknown layer %d", e.ID, e.Layer)
		}
		if e.Layer < last {
			t.Errorf("entry %q of layer %d comes after layer %d", e.ID, e.Layer, last)
		}
		last = e.Layer
		count[e.Layer-1]++
	}
	want := []int{8, 7, 2, 7, 8, 8, 13, 15}
	if diff := cmp.Diff(want, count); diff != "" {
		t.Errorf("entries per layer mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesWellFormed(t *testing.T) {
	seen := make(map[string]bool)
	for _, e := range Entries() {
		if seen[e.ID] {
			t.Errorf("duplicate id %q", e.ID)
		}
		seen[e.ID] = true
		if e.ID != slugID(e.ID) {
			t.Errorf("id %q is not lower-case letters, digits and dashes", e.ID)
		}
		if e.Title == "" || e.Tagline == "" {
			t.Errorf("entry %q has an empty title or tagline: %+v", e.ID, e)
		}
		if strings.TrimSpace(e.Title) != e.Title || strings.TrimSpace(e.Tagline) != e.Tagline {
			t.Errorf("entry %q has surrounding spaces: %+v", e.ID, e)
		}
	}
}

// slugID keeps the characters an id may hold.
func slugID(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return -1
	}, id)
}

func TestLookup(t *testing.T) {
	tests := []struct {
		id   string
		want Entry
	}{
		{"ml-landscape", Entry{1, "ml-landscape", "The Machine Learning Landscape", "Supervised, unsupervised, RL — and which to use."}},
		{"bias-variance", Entry{1, "bias-variance", "Bias–Variance Tradeoff", "Underfitting, overfitting, and the sweet spot."}},
		{"data-splits-cv", Entry{1, "data-splits-cv", "Train / Validation / Test & CV", "Split data so your scores stay honest."}},
		{"random-forests", Entry{2, "random-forests", "Random Forests & Bagging", "Many trees vote — variance down."}},
		{"voice-ai-pipeline", Entry{6, "voice-ai-pipeline", "Voice AI Pipeline", "Speech → LLM → speech, in under a second."}},
		{"prompt-injection-defense", Entry{8, "prompt-injection-defense", "Prompt Injection Defense", "Stopping the #1 LLM attack."}},
		{"ai-governance", Entry{8, "ai-governance", "AI Governance & Compliance", "Ship AI you can defend."}},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.id)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.id)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.id, diff)
		}
	}
	if e, ok := Lookup("no-such-diagram"); ok {
		t.Errorf("Lookup(%q) = %+v, true; want not found", "no-such-diagram", e)
	}
}

func TestOrderEnds(t *testing.T) {
	entries := Entries()
	if got := entries[0].ID; got != "ml-landscape" {
		t.Errorf("first entry = %q, want ml-landscape", got)
	}
	if got := entries[len(entries)-1].ID; got != "ai-governance" {
		t.Errorf("last entry = %q, want ai-governance", got)
	}
}

func TestEntriesReturnsCopy(t *testing.T) {
	Entries()[0].Title = "changed"
	Layers()[0].Name = "changed"
	if e, _ := Lookup("ml-landscape"); e.Title == "changed" {
		t.Error("changing the slice of Entries() changed the manifest")
	}
	if l, _ := LayerOf(1); l.Name == "changed" {
		t.Error("changing the slice of Layers() changed the manifest")
	}
}

func TestSiteText(t *testing.T) {
	s := SiteText()
	if s.Title != "AI Interview Prep" {
		t.Errorf("SiteText().Title = %q, want %q", s.Title, "AI Interview Prep")
	}
	wantSub := "A visual study path for AI/ML interviews — 68 animated diagrams across 8 layers, from the fundamentals to LLMs, systems, and security."
	if s.Subtitle != wantSub {
		t.Errorf("SiteText().Subtitle = %q, want %q", s.Subtitle, wantSub)
	}
	if !strings.HasPrefix(s.Intro, "A complete visual curriculum for AI/ML interviews — 68 animated diagrams") ||
		!strings.HasSuffix(s.Intro, "study the night before.") {
		t.Errorf("SiteText().Intro = %q, want the intro of site.tsv", s.Intro)
	}
}

func TestKicker(t *testing.T) {
	tests := []struct {
		id   string
		want string
	}{
		{"bias-variance", "AI Interview Prep · Layer 1 · Foundations"},
		{"attention", "AI Interview Prep · Layer 4 · Deep Learning"},
		{"agentic-rag", "AI Interview Prep · Layer 6 · RAG, Agents & Generative"},
	}
	for _, tt := range tests {
		e, _ := Lookup(tt.id)
		if got := Kicker(e); got != tt.want {
			t.Errorf("Kicker(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
	if got, want := Kicker(Entry{Layer: 9}), "AI Interview Prep · Layer 9"; got != want {
		t.Errorf("Kicker(layer 9) = %q, want %q", got, want)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Foundations", "foundations"},
		{"RAG, Agents & Generative", "rag-agents-generative"},
		{"  Two   Spaces ", "two-spaces"},
		{"A/B Tests!", "ab-tests"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	layers := "# layer\tname\ttagline\n1\tOne\tFirst.\n"
	ids := "1\ta\tA\tAa.\n"
	site := "title\tT\n"
	tests := []struct {
		name              string
		layers, ids, site string
		want              string
	}{
		{"layer fields", "1\tOne\n", ids, site, "layers.tsv:1: want 3 fields"},
		{"layer order", "2\tTwo\tSecond.\n", ids, site, "layers.tsv:1: layer number"},
		{"unknown layer", layers, "2\ta\tA\tAa.\n", site, "ids.tsv:1: unknown layer"},
		{"duplicate id", layers, ids + ids, site, "ids.tsv:2: duplicate id"},
		{"id fields", layers, "1\ta\tA\n", site, "ids.tsv:1: want 4 fields"},
		{"site key", layers, ids, "author\tX\n", "site.tsv:1: unknown key"},
	}
	for _, tt := range tests {
		_, err := parse(tt.layers, tt.ids, tt.site)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: parse error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := parse(layers, ids, site); err != nil {
		t.Errorf("parse(valid) = %v", err)
	}
}
