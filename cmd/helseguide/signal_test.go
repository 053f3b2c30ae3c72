//go:build unix

package main

import (
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSignalsRestoreTheTerminal sends each signal that stops the guide to the real program
// on a pty, once its first screen is up: it must give the terminal back as it was and exit
// with 128+n, and SIGQUIT must not dump goroutine stacks on the screen.
func TestSignalsRestoreTheTerminal(t *testing.T) {
	bin := helseguideBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			p := startTTY(t, bin, nil)
			p.waitScreen(pickerText, ttyTimeout)
			if err := p.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			// The program must exit with 128+n, not be killed by the signal.
			if st, want := p.waitExit(ttyTimeout), 128+int(sig); !st.Exited() || st.ExitCode() != want {
				t.Errorf("the program ended with %v, want exit status %d", st, want)
			}
			p.checkRestored()
			if out := ansi.Strip(p.output()); strings.Contains(out, "goroutine ") || strings.Contains(out, "SIGQUIT") {
				t.Errorf("the program printed a stack dump:\n%s", out[max(len(out)-2000, 0):])
			}
		})
	}
}

// TestSignalsInPlainMode: the plain dialogue, waiting for a line, ends at once with 128+n.
func TestSignalsInPlainMode(t *testing.T) {
	bin := helseguideBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			p := startTTY(t, bin, nil, "--plain")
			p.waitScreen("English", ttyTimeout)
			if err := p.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			// The program must exit with 128+n, not be killed by the signal.
			if st, want := p.waitExit(ttyTimeout), 128+int(sig); !st.Exited() || st.ExitCode() != want {
				t.Errorf("the program ended with %v, want exit status %d", st, want)
			}
			if out := ansi.Strip(p.output()); strings.Contains(out, "goroutine ") {
				t.Errorf("the program printed a stack dump:\n%s", out)
			}
		})
	}
}

// testBinary returns the helseguide-tty command of this test binary, which TestMain
// installs on $PATH: the real program with test hooks.
func testBinary(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("helseguide-tty")
	if err != nil {
		t.Fatalf("the test binary's helseguide-tty command is not on $PATH: %v", err)
	}
	return bin
}

// TestPanicRestoresTheTerminal makes the guide panic at the first key, in Update, in View
// and in a command: the terminal is restored, one short line names the emergency numbers
// (from the guide data), and the exit status is 70. The stack follows only with
// HELSEGUIDE_DEBUG=1.
func TestPanicRestoresTheTerminal(t *testing.T) {
	bin := testBinary(t)
	for _, tc := range []struct {
		where string
		debug bool
	}{{"update", false}, {"view", false}, {"cmd", false}, {"update", true}} {
		name := tc.where
		env := []string{testPanicVar + "=" + tc.where}
		if tc.debug {
			name += " with HELSEGUIDE_DEBUG"
			env = append(env, debugVar+"=1")
		}
		t.Run(name, func(t *testing.T) {
			p := startTTY(t, bin, env)
			p.waitScreen(pickerText, ttyTimeout)
			p.write("x")
			if code := exitCode(p.waitExit(ttyTimeout)); code != exitPanic {
				t.Errorf("exit status %d, want %d", code, exitPanic)
			}
			p.checkRestored()
			out := p.output()
			after := ansi.Strip(out[strings.LastIndex(out, "\x1b[?1049l")+len("\x1b[?1049l"):])
			lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(after, "\r\n", "\n")), "\n")
			first := lines[0]
			if !strings.Contains(first, "113") || !strings.Contains(first, "116 117") || len([]rune(first)) > 80 {
				t.Errorf("after a panic the first line should be short and name 113 and 116 117, got %q", first)
			}
			hasStack := strings.Contains(after, "goroutine ") && strings.Contains(after, "test panic in ")
			if hasStack != tc.debug {
				t.Errorf("stack printed: %v, want %v; output after the guide:\n%s", hasStack, tc.debug, after)
			}
		})
	}
}
