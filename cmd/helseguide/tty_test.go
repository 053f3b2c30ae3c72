//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// The pty tests run the program on a pseudo-terminal of their own and read its output
// through a terminal emulator (github.com/charmbracelet/x/vt), which also answers the
// program's terminal queries. They can write any bytes as input, send signals to the
// process and see its exit status, and they know which terminal modes the program left
// on when it ended.

const (
	ttyWidth, ttyHeight = 100, 30
	ttyTimeout          = 10 * time.Second // generous: the machine may be busy
)

// ttyProgram is one run of a program on a pseudo-terminal.
type ttyProgram struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	// ttyName is the path of the terminal the program runs on (/dev/pts/N).
	ttyName string

	mu    sync.Mutex
	emu   *vt.Emulator
	raw   bytes.Buffer          // everything the program wrote
	modes map[ansi.Mode]bool    // terminal modes the program set (true) or reset (false)
	eof   chan struct{}         // closed when the output ends
	exit  chan *os.ProcessState // the exit status, once
	state *os.ProcessState
}

// startTTY starts bin with args on a new ttyWidth x ttyHeight pseudo-terminal with
// TERM=xterm-256color, LANG=C and no NO_COLOR, plus extraEnv.
func startTTY(t *testing.T, bin string, extraEnv []string, args ...string) *ttyProgram {
	t.Helper()
	return startTTYFull(t, "", bin, extraEnv, nil, nil, args...)
}

// startTTYWith is startTTY with setup, when not nil, called on the terminal emulator
// before the program starts (to set a mode it will report, for example).
func startTTYWith(t *testing.T, bin string, extraEnv []string, setup func(*vt.Emulator), args ...string) *ttyProgram {
	t.Helper()
	return startTTYFull(t, "", bin, extraEnv, setup, nil, args...)
}

// startTTYIn is startTTY with dir as the working directory ("" for the test's).
func startTTYIn(t *testing.T, dir, bin string, extraEnv []string, args ...string) *ttyProgram {
	t.Helper()
	return startTTYFull(t, dir, bin, extraEnv, nil, nil, args...)
}

// startTTYAnswering is startTTYWith with answers, when not nil, passing each of the
// emulator's answers to the program's queries on, changed or left out (""), as a
// terminal that knows less would.
func startTTYAnswering(t *testing.T, bin string, extraEnv []string, setup func(*vt.Emulator), answers func(string) string, args ...string) *ttyProgram {
	t.Helper()
	return startTTYFull(t, "", bin, extraEnv, setup, answers, args...)
}

// startTTYFull is startTTY with a working directory, an emulator setup and a filter of
// its answers.
func startTTYFull(t *testing.T, dir, bin string, extraEnv []string, setup func(*vt.Emulator), answers func(string) string, args ...string) *ttyProgram {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("open pty: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: ttyHeight, Cols: ttyWidth}); err != nil {
		t.Fatalf("set pty size: %v", err)
	}
	p := &ttyProgram{
		t:     t,
		ptmx:  ptmx,
		emu:   vt.NewEmulator(ttyWidth, ttyHeight),
		modes: map[ansi.Mode]bool{},
		eof:   make(chan struct{}),
		exit:  make(chan *os.ProcessState, 1),
	}
	p.emu.SetCallbacks(vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { p.modes[m] = true },
		DisableMode: func(m ansi.Mode) { p.modes[m] = false },
	})
	p.ttyName = tty.Name()
	if setup != nil {
		setup(p.emu)
	}
	// The emulator's answers to queries go back to the program as input.
	go func() {
		buf := make([]byte, 256)
		for {
			n, err := p.emu.Read(buf)
			if err != nil {
				return
			}
			answer := buf[:n]
			if answers != nil {
				answer = []byte(answers(string(answer)))
			}
			_, _ = ptmx.Write(answer)
		}
	}()

	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "NO_COLOR", k == "TERM", k == "LANG", k == "LANGUAGE", strings.HasPrefix(k, "LC_"),
			strings.HasPrefix(k, "HELSEGUIDE_"):
			continue
		}
		env = append(env, kv)
	}
	p.cmd = exec.Command(bin, args...)
	p.cmd.Dir = dir
	p.cmd.Env = append(append(env, "TERM=xterm-256color", "LANG=C"), extraEnv...)
	p.cmd.Stdin, p.cmd.Stdout, p.cmd.Stderr = tty, tty, tty
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	tty.Close() // the child has its own copy; reads end with EIO when it exits

	go func() {
		defer close(p.eof)
		buf := make([]byte, 32<<10)
		for {
			n, err := ptmx.Read(buf)
			if n > 0 {
				p.mu.Lock()
				p.raw.Write(buf[:n])
				_, _ = p.emu.Write(buf[:n])
				p.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		_ = p.cmd.Wait()
		p.exit <- p.cmd.ProcessState
	}()
	t.Cleanup(func() {
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		p.wait()
		ptmx.Close()
		p.emu.Close()
	})
	return p
}

// screen returns the text on the emulator's screen.
func (p *ttyProgram) screen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.emu.String()
}

// output returns everything the program wrote so far.
func (p *ttyProgram) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.raw.String()
}

// write sends bytes to the program as if typed.
func (p *ttyProgram) write(s string) {
	p.t.Helper()
	if _, err := p.ptmx.Write([]byte(s)); err != nil {
		p.t.Fatalf("write to the program: %v", err)
	}
}

// writeInBackground sends input without waiting for the program to read it (a pty takes
// only a few kilobytes before a write blocks). The channel is closed when the program has
// taken all of it, or has ended.
func (p *ttyProgram) writeInBackground(input string) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, _ = p.ptmx.Write([]byte(input)) // an error means the program ended: the test sees that
	}()
	return done
}

// waitScreen polls the screen until it contains want, and fails the test after timeout.
// It returns how long it waited.
func (p *ttyProgram) waitScreen(want string, timeout time.Duration) time.Duration {
	p.t.Helper()
	start := time.Now()
	for {
		s := p.screen()
		if strings.Contains(s, want) {
			return time.Since(start)
		}
		if time.Since(start) > timeout {
			p.t.Fatalf("waited %v for %q on the screen; the screen is:\n%s", timeout, want, s)
		}
		select {
		case st := <-p.exit:
			p.exit <- st
			p.t.Fatalf("the program ended (%v) before %q was on the screen:\n%s", st, want, p.screen())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// waitExit waits until the program ends and its output has been read, and returns its
// exit status; it fails the test after timeout.
func (p *ttyProgram) waitExit(timeout time.Duration) *os.ProcessState {
	p.t.Helper()
	select {
	case st := <-p.exit:
		p.exit <- st
		select {
		case <-p.eof:
		case <-time.After(timeout):
			p.t.Fatalf("the output did not end %v after the program exited", timeout)
		}
		return st
	case <-time.After(timeout):
		p.t.Fatalf("the program did not end within %v; the screen is:\n%s", timeout, p.screen())
		return nil
	}
}

// wait waits for the process to end, whatever its status.
func (p *ttyProgram) wait() {
	select {
	case st := <-p.exit:
		p.exit <- st
	case <-time.After(ttyTimeout):
	}
}

// checkRestored fails the test if the program left the terminal in the alternate screen,
// with the cursor hidden, with mouse reporting or bracketed paste on, or with its own bidi
// reordering off (BDSM reset) after it was on or never set.
func (p *ttyProgram) checkRestored() {
	p.t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.emu.IsAltScreen() {
		p.t.Errorf("the program left the terminal in the alternate screen")
	}
	if p.emu.CursorHidden() {
		p.t.Errorf("the program left the cursor hidden")
	}
	for _, m := range []struct {
		mode ansi.Mode
		name string
	}{
		{ansi.ModeMouseX10, "mouse X10"},
		{ansi.ModeMouseNormal, "mouse normal"},
		{ansi.ModeMouseButtonEvent, "mouse button events"},
		{ansi.ModeMouseAnyEvent, "mouse motion events"},
		{ansi.ModeMouseExtSgr, "SGR mouse"},
		{ansi.ModeBracketedPaste, "bracketed paste"},
	} {
		if p.modes[m.mode] {
			p.t.Errorf("the program left %s on", m.name)
		}
	}
	if set, changed := p.modes[ansi.ModeBiDirectionalSupport]; changed && !set {
		p.t.Errorf("the program left BDSM reset (the terminal's own bidi off)")
	}
}

// exitCode returns the status a shell would show: the exit code, or 128+n for a process
// ended by signal n.
func exitCode(st *os.ProcessState) int {
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return st.ExitCode()
}
