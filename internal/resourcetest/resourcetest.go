// Package resourcetest measures the time and memory a test case takes, by
// running it alone in a child process: the test binary starts itself again
// with the case named in an environment variable, and the parent reads the
// child's CPU time and peak resident memory from the operating system once
// it exits.
//
// A child process is the robust measure: its peak memory is all it ever
// held, whatever the garbage collector did, with nothing of other tests
// mixed in; its CPU time does not grow when other programs share the
// machine, as wall time does. The child runs with GOMAXPROCS=1, so that its
// CPU time is close to the time it would take alone on one core.
package resourcetest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// env is the environment variable that names the case a child runs.
const env = "DIAG_RESOURCE_CASE"

// Child returns the name of the case this process must run as a child, or
// "" when it is no child. A test function that Run starts must begin with
//
//	if name := resourcetest.Child(); name != "" {
//		run the case name, Report its outcome, and return
//	}
func Child() string { return os.Getenv(env) }

// resultMark starts the line on which a child reports its outcome.
const resultMark = "resourcetest-result: "

// Report prints the outcome of a child's case for the parent, on one line.
func Report(outcome string) {
	fmt.Printf("%s%q\n", resultMark, outcome)
}

// Usage is what a child used.
type Usage struct {
	// CPU is the user and system time of the child process.
	CPU time.Duration
	// Wall is the time from start to exit.
	Wall time.Duration
	// MaxRSS is the peak resident memory in bytes, 0 where the operating
	// system does not tell.
	MaxRSS int64
	// Outcome is what the child reported with Report.
	Outcome string
}

func (u Usage) String() string {
	return fmt.Sprintf("%.2fs CPU, %.2fs wall, peak RSS %d MB", u.CPU.Seconds(), u.Wall.Seconds(), u.MaxRSS>>20)
}

// Run runs the test function test of the running test binary in a child
// process that runs the case name, kills it after timeout, and returns
// what it used. A child that fails, is killed or reports nothing fails t.
func Run(t testing.TB, test, name string, timeout time.Duration) Usage {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env+"="+name, "GOMAXPROCS=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	u := Usage{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		u.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		u.MaxRSS = maxRSS(cmd.ProcessState)
	}
	if ctx.Err() != nil {
		t.Fatalf("case %s did not finish in %v (%v)", name, timeout, u)
	}
	if err != nil {
		t.Fatalf("case %s: child failed: %v\n%s%s", name, err, stdout.String(), stderr.String())
	}
	found := false
	for _, line := range strings.Split(stdout.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, resultMark); ok {
			if _, err := fmt.Sscanf(rest, "%q", &u.Outcome); err != nil {
				t.Fatalf("case %s: unreadable outcome %q", name, rest)
			}
			found = true
		}
	}
	if !found {
		t.Fatalf("case %s: the child reported nothing; is %s missing its Child check?\n%s%s", name, test, stdout.String(), stderr.String())
	}
	return u
}

// Measure runs the case as Run does and checks it against the caps of CPU
// time and peak memory, failing t when it passes one. A case over the time
// cap runs once more and the lesser time counts: a busy neighbour on a
// shared machine can slow one run, a regression slows both.
func Measure(t testing.TB, test, name string, timeout, maxCPU time.Duration, maxRSS int64) Usage {
	t.Helper()
	u := Run(t, test, name, timeout)
	if u.CPU > maxCPU {
		again := Run(t, test, name, timeout)
		t.Logf("case %s took %v of CPU, more than %v; again: %v", name, u.CPU, maxCPU, again.CPU)
		if again.CPU < u.CPU {
			u = again
		}
	}
	Check(t, name, u, maxCPU, maxRSS)
	return u
}

// Check fails t when u passes the caps of CPU time and peak memory.
func Check(t testing.TB, name string, u Usage, maxCPU time.Duration, maxRSS int64) {
	t.Helper()
	if u.CPU > maxCPU {
		t.Errorf("case %s took %v of CPU, more than %v (%v)", name, u.CPU, maxCPU, u)
	}
	if u.MaxRSS > maxRSS {
		t.Errorf("case %s took %d MB of memory, more than %d MB (%v)", name, u.MaxRSS>>20, maxRSS>>20, u)
	}
}
