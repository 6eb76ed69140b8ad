//go:build unix

package site

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSpecialSources puts FIFOs, a symlink to /dev/zero and a symlink to a
// folder where diagrams are looked for: Build skips and reports each, and
// neither hangs nor reads without end.
func TestSpecialSources(t *testing.T) {
	dir := writeCurriculum(t)
	layer := filepath.Join(dir, "1-foundations")
	for _, name := range []string{"ml-lifecycle.diag", "fifo.diag"} {
		if err := syscall.Mkfifo(filepath.Join(layer, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	symlink(t, "/dev/zero", filepath.Join(layer, "ml-landscape.diag"))
	symlink(t, "/dev/zero", filepath.Join(layer, "zero.diag"))
	symlink(t, dir, filepath.Join(layer, "folder.diag"))
	type result struct {
		r   Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := build(dir, filepath.Join(t.TempDir(), "site"), false)
		done <- result{r, err}
	}()
	var got result
	select {
	case got = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Build did not finish in 30 s with FIFOs and /dev/zero among the diagrams")
	}
	if got.err != nil {
		t.Fatal(got.err)
	}
	want := []string{"1-foundations/fifo.diag", "1-foundations/folder.diag", "1-foundations/ml-landscape.diag", "1-foundations/ml-lifecycle.diag", "1-foundations/zero.diag"}
	if diff := cmp.Diff(want, got.r.Skipped); diff != "" {
		t.Errorf("Report.Skipped (-want +got):\n%s", diff)
	}
	if len(got.r.Unlisted) != 0 || len(got.r.Authored) != len(authored) {
		t.Errorf("Report = %d authored, unlisted %v; want %d and none", len(got.r.Authored), got.r.Unlisted, len(authored))
	}
}
