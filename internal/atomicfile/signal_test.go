//go:build unix

package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aiprep/diag/internal/filetree"
)

// signalChildEnv names the variable that makes TestSignalChild write the
// file it names and stop halfway.
const signalChildEnv = "ATOMICFILE_SIGNAL_CHILD"

// TestSignalChild is not a test of its own: run by TestKilledWrite in a
// child process, it calls CleanUpOnSignal, starts a write of the file named
// in the environment, prints the name of the temporary file once that is
// complete and waits there, before the rename, to be killed.
func TestSignalChild(t *testing.T) {
	path := os.Getenv(signalChildEnv)
	if path == "" {
		t.Skip("runs only as the child of TestKilledWrite")
	}
	CleanUpOnSignal()
	testHookBeforeRename = func(tmpName string) {
		fmt.Printf("writing %s\n", tmpName)
		select {}
	}
	err := Write(path, []byte("<svg>new</svg>"), 0o644)
	fmt.Printf("Write returned %v\n", err)
	os.Exit(0)
}

// TestKilledWrite kills a program in the middle of a write, with SIGTERM
// and with SIGINT, and checks that it removed its temporary file, left the
// old file as it was, and ended by the signal.
func TestKilledWrite(t *testing.T) {
	if os.Getenv(signalChildEnv) != "" {
		t.Skip("the child only runs TestSignalChild")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "pic.svg")
			filetree.Write(t, dir, map[string]string{"pic.svg": "<svg>old</svg>"})
			want := filetree.Snapshot(t, dir)

			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalChild$")
			cmd.Env = append(os.Environ(), signalChildEnv+"="+path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			tmp, ok := strings.CutPrefix(strings.TrimSpace(line), "writing ")
			if err != nil || !ok {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child said %q (%v), want the name of its temporary file", line, err)
			}
			if _, err := os.Stat(tmp); err != nil {
				t.Errorf("temporary file of the write in progress: %v", err)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("child ended with %v, want the signal", err)
			}
			ws, _ := exit.Sys().(syscall.WaitStatus)
			if !(ws.Signaled() && ws.Signal() == sig) && ws.ExitStatus() != 128+int(sig) {
				t.Errorf("child ended with %v, want it ended by %v", err, sig)
			}
			if diff := cmp.Diff(want, filetree.Snapshot(t, dir)); diff != "" {
				t.Errorf("killed write changed the folder (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStopDuringWrite stops the pending writes while one is about to
// rename its complete temporary file: the write fails, the target keeps
// its old content and the temporary file is gone.
func TestStopDuringWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pic.svg")
	filetree.Write(t, dir, map[string]string{"pic.svg": "<svg>old</svg>"})
	t.Cleanup(func() {
		testHookBeforeRename = nil
		pending = tempFiles{}
	})
	testHookBeforeRename = func(string) { pending.stop() }
	if err := Write(path, []byte("<svg>new</svg>"), 0o644); !errors.Is(err, errInterrupted) {
		t.Errorf("Write = %v, want %v", err, errInterrupted)
	}
	testHookBeforeRename = nil
	if err := Write(path, []byte("<svg>new</svg>"), 0o644); !errors.Is(err, errInterrupted) {
		t.Errorf("Write after stop = %v, want %v", err, errInterrupted)
	}
	if diff := cmp.Diff(map[string]string{"pic.svg": "<svg>old</svg>"}, filetree.Read(t, dir)); diff != "" {
		t.Errorf("stopped write changed the folder (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"pic.svg"}, filetree.Names(t, dir)); diff != "" {
		t.Errorf("stopped write left files (-want +got):\n%s", diff)
	}
}
