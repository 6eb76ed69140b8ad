package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The clustered service graphs: the shape of the system diagrams in the
// curriculum (services in nested groups, many calls between groups). Each
// is generated from a fixed seed, so the files in graphs/ never change.
var clusteredSeeds = []uint64{1, 2, 3, 4, 5}

// clusteredName is the file name (without extension) of the clustered
// graph of a seed.
func clusteredName(seed uint64) string { return fmt.Sprintf("svc-%d", seed) }

// Words the node labels are made of: a system's parts, with qualifiers,
// so that labels run from 3 to about 25 characters as in real diagrams.
var (
	serviceWords = []string{"api gateway", "auth", "users", "billing", "orders", "payments", "search",
		"catalog", "inventory", "checkout", "ledger", "fraud check", "notifications", "email", "sessions",
		"feature store", "model server", "embeddings", "ranker", "recommender", "scheduler", "metrics",
		"tracing", "audit log", "rate limiter", "config", "secrets", "profile", "cart", "shipping"}
	partWords = []string{"service", "worker", "db", "cache", "queue", "replica", "index", "api", "store",
		"consumer", "cron", "proxy", ""}
	zoneWords  = []string{"edge", "core", "data", "ml", "ops", "payments", "identity", "storefront", "platform", "batch"}
	innerWords = []string{"read path", "write path", "workers", "storage", "serving", "training", "admin", "internal"}
	edgeWords  = []string{"HTTP", "gRPC", "reads", "writes", "publishes", "subscribes", "calls", "caches", "emits events", "queries"}
	clientWord = []string{"web client", "mobile app", "partner API", "CDN", "load balancer", "admin console"}
)

// GenerateClustered makes one clustered service graph from a seed: 20 to
// 60 nodes in 4 to 8 groups, some nested in another (depth 2 at most),
// a few nodes in no group, 20 to 40 % of the edges between groups, a few
// edges going back up, and some edge labels.
func GenerateClustered(seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	g := &Graph{Name: clusteredName(seed)}
	n := 20 + r.IntN(41)
	ng := 4 + r.IntN(5)
	// Top-level groups, then nested ones under some of them.
	top := 3 + r.IntN(2)
	top = min(top, ng)
	zones := slices.Clone(zoneWords)
	r.Shuffle(len(zones), func(i, j int) { zones[i], zones[j] = zones[j], zones[i] })
	inner := slices.Clone(innerWords)
	r.Shuffle(len(inner), func(i, j int) { inner[i], inner[j] = inner[j], inner[i] })
	for i := range ng {
		id := strings.ReplaceAll(zones[i%len(zones)], " ", "_")
		parent := ""
		if i >= top {
			id = strings.ReplaceAll(inner[(i-top)%len(inner)], " ", "_")
			parent = g.Groups[r.IntN(top)].ID
		}
		g.Groups = append(g.Groups, Group{ID: id, Parent: parent})
	}
	// Every group spans a band of tiers (the flow goes from clients at the
	// top to storage at the bottom); a nested group lies in its parent's.
	const tiers = 8
	lo, hi := make([]int, ng), make([]int, ng)
	for i, gr := range g.Groups {
		if gr.Parent == "" {
			lo[i] = r.IntN(tiers - 2)
			hi[i] = min(tiers-1, lo[i]+2+r.IntN(4))
			continue
		}
		p := slices.IndexFunc(g.Groups, func(o Group) bool { return o.ID == gr.Parent })
		lo[i] = lo[p] + r.IntN(hi[p]-lo[p])
		hi[i] = min(hi[p], lo[i]+1+r.IntN(2))
	}
	// Nodes: a few clients in no group at the top, the rest spread over
	// the groups, at least two in each.
	tier := make([]int, n)
	group := make([]int, n)
	clients := 1 + r.IntN(3)
	for v := range n {
		id := fmt.Sprintf("n%d", v)
		var label string
		switch {
		case v < clients:
			group[v], tier[v] = -1, 0
			label = clientWord[r.IntN(len(clientWord))]
		default:
			k := v - clients
			if k < 2*ng {
				group[v] = k % ng
			} else {
				group[v] = r.IntN(ng)
			}
			c := group[v]
			tier[v] = lo[c] + r.IntN(hi[c]-lo[c]+1)
			label = serviceWords[r.IntN(len(serviceWords))]
			if part := partWords[r.IntN(len(partWords))]; part != "" {
				label += " " + part
			}
		}
		g.Nodes = append(g.Nodes, Node{ID: id, Label: label})
		if c := group[v]; c >= 0 {
			g.Groups[c].Members = append(g.Groups[c].Members, id)
		}
	}
	// Edges: each goes to a later tier (a back edge to an earlier one),
	// within the group or, with the graph's share, to another group.
	cross := 0.22 + 0.14*r.Float64()
	m := n + n/3 + r.IntN(n/3+1)
	back := 2 + r.IntN(3)
	seen := map[[2]int]bool{}
	pick := func(ok func(int) bool) int {
		var cands []int
		for v := range n {
			if ok(v) {
				cands = append(cands, v)
			}
		}
		if len(cands) == 0 {
			return -1
		}
		return cands[r.IntN(len(cands))]
	}
	for tries := 0; len(g.Edges) < m && tries < 50*m; tries++ {
		u := r.IntN(n)
		isBack := len(g.Edges) >= m-back
		between := r.Float64() < cross || group[u] < 0
		v := pick(func(w int) bool {
			if w == u || seen[[2]int{u, w}] || seen[[2]int{w, u}] {
				return false
			}
			if (group[w] != group[u]) != between || group[w] < 0 {
				return false
			}
			if isBack {
				return tier[w] < tier[u]
			}
			return tier[w] > tier[u] || (tier[w] == tier[u] && w > u && !between)
		})
		if v < 0 {
			continue
		}
		seen[[2]int{u, v}] = true
		e := Edge{From: fmt.Sprintf("n%d", u), To: fmt.Sprintf("n%d", v)}
		if r.IntN(6) == 0 {
			e.Label = edgeWords[r.IntN(len(edgeWords))]
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// FormatGraph writes a graph in the edge-list format, with a header
// comment that says how it was made.
func FormatGraph(g *Graph, header string) string {
	var b strings.Builder
	for _, line := range strings.Split(header, "\n") {
		fmt.Fprintf(&b, "# %s\n", line)
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "node %s: %s\n", n.ID, n.Label)
	}
	for _, gr := range g.Groups {
		if gr.Parent != "" {
			fmt.Fprintf(&b, "group %s in %s: %s\n", gr.ID, gr.Parent, strings.Join(gr.Members, " "))
		} else {
			fmt.Fprintf(&b, "group %s: %s\n", gr.ID, strings.Join(gr.Members, " "))
		}
	}
	for _, e := range g.Edges {
		if e.Label != "" {
			fmt.Fprintf(&b, "%s -> %s: %s\n", e.From, e.To, e.Label)
		} else {
			fmt.Fprintf(&b, "%s -> %s\n", e.From, e.To)
		}
	}
	return b.String()
}

// crossShare is the share of edges whose ends are in different groups
// (a node in no group counts as its own).
func crossShare(g *Graph) float64 {
	if len(g.Edges) == 0 {
		return 0
	}
	of := g.groupOf()
	k := 0
	for _, e := range g.Edges {
		if of[e.From] != of[e.To] || of[e.From] == "" {
			k++
		}
	}
	return float64(k) / float64(len(g.Edges))
}

// writeClustered writes the clustered graphs of clusteredSeeds into dir.
func writeClustered(dir string) error {
	for _, seed := range clusteredSeeds {
		g := GenerateClustered(seed)
		nested := 0
		for _, gr := range g.Groups {
			if gr.Parent != "" {
				nested++
			}
		}
		header := fmt.Sprintf("graph %s: clustered service graph of seed %d (go run . -generate graphs)\n%d nodes, %d edges, %d groups (%d nested), %.0f %% of edges between groups",
			g.Name, seed, len(g.Nodes), len(g.Edges), len(g.Groups), nested, 100*crossShare(g))
		path := filepath.Join(dir, g.Name+".txt")
		if err := os.WriteFile(path, []byte(FormatGraph(g, header)), 0o644); err != nil {
			return err
		}
	}
	return nil
}
