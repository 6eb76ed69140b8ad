package site

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aiprep/diag/internal/filetree"
	"github.com/google/go-cmp/cmp"
)

// build builds the fake curriculum dir into out.
func build(dir, out string, force bool) (Report, error) {
	return Build(Options{Dir: dir, Out: out, Compile: fakeCompile, Force: force})
}

// markerList returns the files the marker in out lists.
func markerList(t *testing.T, out string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, markerName))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if lines[0] != markerHeader {
		t.Fatalf("marker starts with %q, want the header", lines[0])
	}
	return lines[1:]
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestRebuildRemovesStale drops a diagram from the curriculum: the rebuild
// removes its files, and only those, and the marker no longer lists them.
func TestRebuildRemovesStale(t *testing.T) {
	dir := writeCurriculum(t)
	out := filepath.Join(t.TempDir(), "site")
	if _, err := build(dir, out, false); err != nil {
		t.Fatal(err)
	}
	filetree.Write(t, out, map[string]string{"d/notes.txt": "mine"})
	if err := os.Remove(filepath.Join(dir, "1-foundations", "gradient-descent.diag")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "8-ai-security-governance", "ai-governance.diag")); err != nil {
		t.Fatal(err)
	}
	if _, err := build(dir, out, false); err != nil {
		t.Fatal(err)
	}
	want := []string{".diag-site", "d", "d/attention.js", "d/bias-variance.js", "d/notes.txt",
		"fonts.css", "icon.svg", "index.html", "site.css", "site.js", "thumbs", "thumbs/attention.svg", "thumbs/bias-variance.svg"}
	got := slices.Sorted(func(yield func(string) bool) {
		for name := range filetree.Snapshot(t, out) {
			if !yield(name) {
				return
			}
		}
	})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("site after dropping two diagrams (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(slices.DeleteFunc(slices.Clone(want), func(s string) bool {
		return s == ".diag-site" || s == "d" || s == "thumbs" || s == "d/notes.txt"
	}), markerList(t, out)); diff != "" {
		t.Errorf("marker mismatch (-want +got):\n%s", diff)
	}

	// With no diagram left, the emptied thumbs folder goes; d stays, as it
	// holds the user's notes.
	for _, a := range []string{"1-foundations/bias-variance.diag", "4-deep-learning/attention.diag"} {
		if err := os.Remove(filepath.Join(dir, a)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := build(dir, out, false); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{".diag-site", "d", "fonts.css", "icon.svg", "index.html", "site.css", "site.js"}, filetree.Names(t, out)); diff != "" {
		t.Errorf("site with no diagram (-want +got):\n%s", diff)
	}
}

// TestRebuildChangedEntries replaces files of the site by other kinds of
// entries: a folder, a symlink to a file or a folder elsewhere, a FIFO-like
// special file. None of them is followed, emptied or removed.
func TestRebuildChangedEntries(t *testing.T) {
	elsewhere := t.TempDir()
	filetree.Write(t, elsewhere, map[string]string{"target.txt": "not the site's", "dir/keep.txt": "kept"})
	tests := []struct {
		name    string
		change  func(t *testing.T, out string)
		drop    string // a diagram to remove before the rebuild, so that its files are stale
		force   bool
		wantErr string // "" for success
	}{
		{
			name: "written file now a folder",
			change: func(t *testing.T, out string) {
				os.Remove(filepath.Join(out, "site.js"))
				filetree.Write(t, out, map[string]string{"site.js/mine.txt": "mine"})
			},
			wantErr: "site.js is a folder",
		},
		{
			name: "written file now a folder, forced",
			change: func(t *testing.T, out string) {
				os.Remove(filepath.Join(out, "site.js"))
				filetree.Write(t, out, map[string]string{"site.js/mine.txt": "mine"})
			},
			force:   true,
			wantErr: "site.js is a folder",
		},
		{
			name: "written file now a symlink",
			change: func(t *testing.T, out string) {
				os.Remove(filepath.Join(out, "fonts.css"))
				symlink(t, filepath.Join(elsewhere, "target.txt"), filepath.Join(out, "fonts.css"))
			},
			wantErr: "fonts.css, which the site would replace but did not write",
		},
		{
			name: "written file now a symlink, forced",
			change: func(t *testing.T, out string) {
				os.Remove(filepath.Join(out, "fonts.css"))
				symlink(t, filepath.Join(elsewhere, "target.txt"), filepath.Join(out, "fonts.css"))
			},
			force: true,
		},
		{
			name: "folder of the site now a symlink",
			change: func(t *testing.T, out string) {
				os.RemoveAll(filepath.Join(out, "d"))
				symlink(t, filepath.Join(elsewhere, "dir"), filepath.Join(out, "d"))
			},
			force:   true,
			wantErr: "is not a folder (a symlink)",
		},
		{
			name: "stale file now a folder",
			drop: "1-foundations/gradient-descent",
			change: func(t *testing.T, out string) {
				os.Remove(filepath.Join(out, "d", "gradient-descent.js"))
				filetree.Write(t, out, map[string]string{"d/gradient-descent.js/mine.txt": "mine"})
			},
		},
		{
			name: "stale file now a symlink",
			drop: "1-foundations/gradient-descent",
			change: func(t *testing.T, out string) {
				os.Remove(filepath.Join(out, "thumbs", "gradient-descent.svg"))
				symlink(t, filepath.Join(elsewhere, "target.txt"), filepath.Join(out, "thumbs", "gradient-descent.svg"))
			},
		},
		{
			name: "folder of stale files now a symlink",
			drop: "1-foundations/gradient-descent",
			change: func(t *testing.T, out string) {
				filetree.Write(t, elsewhere, map[string]string{"dir/gradient-descent.js": "not the site's"})
				os.Rename(filepath.Join(out, "d"), filepath.Join(out, "d-moved"))
				symlink(t, filepath.Join(elsewhere, "dir"), filepath.Join(out, "d"))
			},
			force:   true,
			wantErr: "is not a folder (a symlink)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeCurriculum(t)
			out := filepath.Join(t.TempDir(), "site")
			if _, err := build(dir, out, false); err != nil {
				t.Fatal(err)
			}
			written := markerList(t, out)
			tt.change(t, out)
			if tt.drop != "" {
				if err := os.Remove(filepath.Join(dir, tt.drop+".diag")); err != nil {
					t.Fatal(err)
				}
			}
			before := filetree.Snapshot(t, out)
			beforeElsewhere := filetree.Snapshot(t, elsewhere)
			_, err := build(dir, out, tt.force)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("rebuild: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("rebuild error = %v, want one containing %q", err, tt.wantErr)
			}
			if diff := cmp.Diff(beforeElsewhere, filetree.Snapshot(t, elsewhere)); diff != "" {
				t.Errorf("rebuild changed a folder outside the site (-before +after):\n%s", diff)
			}
			after := filetree.Snapshot(t, out)
			if err != nil {
				if diff := cmp.Diff(before, after); diff != "" {
					t.Errorf("refused rebuild changed the site (-before +after):\n%s", diff)
				}
				return
			}
			// Every entry that is not a file the last build wrote is the user's: it
			// stays as it was, unless the new site writes that name (with force),
			// and then it is replaced by a file, never followed.
			ours := map[string]bool{markerName: true}
			for _, name := range written {
				ours[name] = before[name].Mode.IsRegular()
			}
			now := markerList(t, out)
			for name, e := range before {
				switch {
				case ours[name] || e.Mode.IsDir() && (name == "d" || name == "thumbs"):
				case slices.Contains(now, name):
					if !after[name].Mode.IsRegular() {
						t.Errorf("rebuild left %s as %v, want the site's file", name, after[name].Mode)
					}
				default:
					if diff := cmp.Diff(e, after[name]); diff != "" {
						t.Errorf("rebuild changed %s (-before +after):\n%s", name, diff)
					}
				}
			}
		})
	}
}

// TestMarkerOutsidePaths edits the marker to list paths outside the
// folder: the rebuild refuses, and nothing changes.
func TestMarkerOutsidePaths(t *testing.T) {
	for _, line := range []string{"../outside.txt", "/etc/hostname", "d/../../outside.txt", ".", `d\x.js`} {
		t.Run(line, func(t *testing.T) {
			parent := t.TempDir()
			dir := writeCurriculum(t)
			out := filepath.Join(parent, "site")
			if _, err := build(dir, out, false); err != nil {
				t.Fatal(err)
			}
			filetree.Write(t, parent, map[string]string{"outside.txt": "keep"})
			m := filepath.Join(out, markerName)
			b, _ := os.ReadFile(m)
			if err := os.WriteFile(m, append(b, line+"\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
			before := filetree.Snapshot(t, parent)
			_, err := build(dir, out, true)
			if err == nil || !strings.Contains(err.Error(), "is not the path of a file inside the folder") {
				t.Errorf("rebuild with %q in the marker: error %v, want a refusal", line, err)
			}
			if diff := cmp.Diff(before, filetree.Snapshot(t, parent)); diff != "" {
				t.Errorf("rebuild changed files (-before +after):\n%s", diff)
			}
		})
	}
}

// TestInterruptedBuildLeftovers stands for a build killed after it wrote
// its first marker: temporary files beside the site's files, listed in the
// marker. The next build removes them.
func TestInterruptedBuildLeftovers(t *testing.T) {
	dir := writeCurriculum(t)
	out := filepath.Join(t.TempDir(), "site")
	if _, err := build(dir, out, false); err != nil {
		t.Fatal(err)
	}
	want := filetree.Snapshot(t, out)
	leftovers := map[string]string{"d/.attention.js.tmp-0123456789abcdef": "half", ".index.html.tmp-0123456789abcdef": "half", markerTemp: "half"}
	filetree.Write(t, out, leftovers)
	m := filepath.Join(out, markerName)
	b, _ := os.ReadFile(m)
	if err := os.WriteFile(m, append(b, "d/.attention.js.tmp-0123456789abcdef\n.index.html.tmp-0123456789abcdef\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := build(dir, out, false); err != nil {
		t.Fatal(err)
	}
	got := filetree.Snapshot(t, out)
	for name := range leftovers {
		if _, ok := got[name]; ok {
			t.Errorf("rebuild left %s", name)
		}
	}
	if diff := cmp.Diff(slices.Sorted(mapsKeys(want)), slices.Sorted(mapsKeys(got))); diff != "" {
		t.Errorf("rebuild after an interrupted one (-want +got):\n%s", diff)
	}
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestForeignError checks that the refusals that Force gets past match
// ErrForeign, and name what is in the way.
func TestForeignError(t *testing.T) {
	dir := writeCurriculum(t)
	out := t.TempDir()
	filetree.Write(t, out, map[string]string{"a.txt": "", "b.txt": "", "c.txt": "", "index.html": "mine", "site.js": "mine", "z/file": ""})
	_, err := build(dir, out, false)
	if !errors.Is(err, ErrForeign) {
		t.Fatalf("Build into a foreign folder: %v, want ErrForeign", err)
	}
	want := "it holds a.txt, b.txt, c.txt, index.html and 2 more; the site would replace index.html, site.js"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("Build error = %v, want it to contain %q", err, want)
	}
}
