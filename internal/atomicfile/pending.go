package atomicfile

import (
	"errors"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// errInterrupted is the error of a write that the program's interruption
// stopped.
var errInterrupted = errors.New("atomicfile: interrupted")

// pending holds the temporary files of the writes in progress, so that a
// program that is interrupted can remove them before it ends.
var pending tempFiles

// tempFiles is a set of temporary files in progress. Once stopped, it
// refuses to create or rename any more.
type tempFiles struct {
	mu      sync.Mutex
	names   map[string]bool       // files named by path
	inRoots map[rootFile]*os.Root // files named inside a root
	stopped bool
}

// rootFile names a temporary file inside a root: the root's own name and
// the file's name in it.
type rootFile struct{ root, name string }

// create creates the new file name and records it.
func (p *tempFiles) create(name string) (*os.File, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return nil, errInterrupted
	}
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if p.names == nil {
		p.names = map[string]bool{}
	}
	p.names[name] = true
	return f, nil
}

// rename renames the temporary file name over target, unless the set was
// stopped (and the file removed) first.
func (p *tempFiles) rename(name, target string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return errInterrupted
	}
	if err := os.Rename(name, target); err != nil {
		return err
	}
	delete(p.names, name)
	return nil
}

// remove removes the temporary file name.
func (p *tempFiles) remove(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.names[name] {
		os.Remove(name)
		delete(p.names, name)
	}
}

// stop removes every temporary file in progress and makes every write in
// progress, and every later one, fail without touching its target.
func (p *tempFiles) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopped = true
	for name := range p.names {
		os.Remove(name)
	}
	for f, root := range p.inRoots {
		root.Remove(f.name)
	}
	p.names = nil
	p.inRoots = nil
}

// createIn creates the new file name inside root with mode perm and
// records it.
func (p *tempFiles) createIn(root *os.Root, name string, perm os.FileMode) (*os.File, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return nil, errInterrupted
	}
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return nil, err
	}
	if p.inRoots == nil {
		p.inRoots = map[rootFile]*os.Root{}
	}
	p.inRoots[rootFile{root.Name(), name}] = root
	return f, nil
}

// renameIn renames the recorded file name inside root over target, unless
// the set was stopped (and the file removed) first.
func (p *tempFiles) renameIn(root *os.Root, name, target string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return errInterrupted
	}
	if err := root.Rename(name, target); err != nil {
		return err
	}
	delete(p.inRoots, rootFile{root.Name(), name})
	return nil
}

// removeIn removes the recorded file name inside root.
func (p *tempFiles) removeIn(root *os.Root, name string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.inRoots, rootFile{root.Name(), name})
	return root.Remove(name)
}

// CleanUpOnSignal makes an interrupt (SIGINT, as Ctrl-C sends) or a SIGTERM
// remove the temporary files of the writes in progress, so that a killed
// program leaves no trace beside its targets, and then end the program as
// the signal would have. The targets keep their old content. Call it once,
// at the start of main.
func CleanUpOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-c
		pending.stop()
		// End by the signal itself, so that a shell or a script sees the
		// program was interrupted; exit with the shell's code for it if the
		// signal does not end the program.
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		if p, err := os.FindProcess(os.Getpid()); err == nil {
			p.Signal(sig)
		}
		time.Sleep(time.Second)
		code := 1
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
