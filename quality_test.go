package diag_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiprep/diag/layout/quality"
)

// TestExampleQuality lays out every example and runs the quality checks on
// the scene: no node overlaps, no edge through a node, no label overlaps, no
// text overflowing its box, no group over a non-member, no mark outside its
// area, no legend or label over a mark, no edge ends crowded on a node
// side, no routes side by side closer than 8 px, no arrowhead on a last
// stretch under 12 px.
func TestExampleQuality(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, path := range files {
		_, sc := layoutExample(t, path)
		r := quality.Measure(sc.Geometry())
		if r.NodeOverlaps+r.EdgesThroughNodes+r.LabelOverlaps+r.TextOverflow+r.GroupIntrusions+r.MarksOutside+r.ZoneMembersOutside+r.ZoneIntruders > 0 {
			t.Errorf("%s: overlaps %d, edges through nodes %d, label overlaps %d, text overflow %d, group intrusions %d, marks outside %d, zone members outside %d, zone intruders %d\n%v",
				path, r.NodeOverlaps, r.EdgesThroughNodes, r.LabelOverlaps, r.TextOverflow, r.GroupIntrusions, r.MarksOutside, r.ZoneMembersOutside, r.ZoneIntruders, r.Problems)
		}
		checkOverMarks(t, path, r)
		if r.CrowdedEnds+r.CloseTracks+r.ShortLastSegments > 0 {
			t.Errorf("%s: crowded ends %d, close tracks %d, short last segments %d\n%v",
				path, r.CrowdedEnds, r.CloseTracks, r.ShortLastSegments, r.Problems)
		}
	}
}

// checkOverMarks holds the picture at path to no legend or label over a
// mark.
func checkOverMarks(t *testing.T, path string, r quality.Report) {
	t.Helper()
	if r.OverMarks != 0 {
		var lines []string
		for _, l := range r.Problems {
			if strings.HasPrefix(l, "over a mark") {
				lines = append(lines, l)
			}
		}
		t.Errorf("%s: %d legends or labels over a mark, want 0\n%s", path, r.OverMarks, strings.Join(lines, "\n"))
	}
}

// TestBadgeQuality lays out every example and every curriculum sheet and
// checks that no reading-path badge sticks out of its panel or covers a
// text.
func TestBadgeQuality(t *testing.T) {
	var files []string
	for _, pattern := range []string{"examples/*.diag", "curriculum/*/*.diag"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	badges := 0
	for _, path := range files {
		_, sc := layoutExample(t, path)
		badges += len(sc.Badges)
		r := quality.Measure(sc.Geometry())
		if r.BadgesOutside+r.BadgesOverText > 0 {
			var lines []string
			for _, l := range r.Problems {
				if strings.HasPrefix(l, "badge") {
					lines = append(lines, l)
				}
			}
			t.Errorf("%s: %d badges outside their panel, %d over text\n%s", path, r.BadgesOutside, r.BadgesOverText, strings.Join(lines, "\n"))
		}
	}
	if badges == 0 {
		t.Error("no badges measured")
	}
}

// TestConnectorQuality lays out every example with connectors between
// panels and checks that none runs across a panel that holds neither of
// its ends, or across a text.
func TestConnectorQuality(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("examples", "*.diag"))
	if err != nil {
		t.Fatal(err)
	}
	connectors := 0
	for _, path := range files {
		_, sc := layoutExample(t, path)
		connectors += len(sc.Connectors)
		r := quality.Measure(sc.Geometry())
		if r.ConnectorsThroughPanels+r.ConnectorsOverText > 0 {
			var lines []string
			for _, l := range r.Problems {
				if strings.HasPrefix(l, "connector") {
					lines = append(lines, l)
				}
			}
			t.Errorf("%s: %d connectors through panels, %d over text\n%s", path, r.ConnectorsThroughPanels, r.ConnectorsOverText, strings.Join(lines, "\n"))
		}
	}
	if connectors == 0 {
		t.Error("no connectors measured")
	}
}
