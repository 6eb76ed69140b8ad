package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionText(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "(unknown)"},
		{"release", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{"pseudo-version keeps its own commit", &debug.BuildInfo{
			Main:     debug.Module{Version: "v0.0.0-20260301100000-3f2a1b0c9d8e"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "ffffffffffffffff"}},
		}, "v0.0.0-20260301100000-3f2a1b0c9d8e"},
		{"clone", &debug.BuildInfo{
			Main: debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{
				{Key: "vcs.revision", Value: "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"},
				{Key: "vcs.time", Value: "2026-03-01T10:00:00Z"},
				{Key: "vcs.modified", Value: "true"},
			},
		}, "(devel) 3f2a1b0c9d8e 2026-03-01T10:00:00Z modified"},
		{"clone, clean tree", &debug.BuildInfo{
			Main:     debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "3f2a1b0"}, {Key: "vcs.modified", Value: "false"}},
		}, "(devel) 3f2a1b0"},
		{"no vcs", &debug.BuildInfo{Main: debug.Module{Version: ""}}, "(devel)"},
	}
	for _, tt := range tests {
		if got := versionText(tt.info); got != tt.want {
			t.Errorf("%s: versionText = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestVersionOfBuiltBinary builds diag from this clone and checks that it
// says it is a development build of the commit checked out.
func TestVersionOfBuiltBinary(t *testing.T) {
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	bin := buildDiag(t)
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Since Go 1.24 the go command stamps a build from a clone with a
	// pseudo-version of the commit (v0.0.0-time-commit, +dirty when the
	// tree is modified); earlier ones leave "(devel)" and the settings.
	rev := strings.TrimSpace(string(head))[:12]
	want := regexp.MustCompile(`^diag (\(devel\) ` + rev + ` \S+( modified)?|v0\.0\.0-\d{14}-` + rev + `(\+dirty)?)\n$`)
	if fi, err := os.Stat(filepath.Join("..", "..", ".git")); err != nil || !fi.IsDir() {
		// The go command stamps the commit only from a .git folder; a
		// worktree's .git file gets no stamp.
		want = regexp.MustCompile(`^diag \(devel\)\n$`)
	}
	if !want.Match(out) {
		t.Errorf("diag version printed %q, want it to match %s", out, want)
	}
}
