//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestE2EKioskInTmux runs a kiosk with a short --idle in tmux, in a pane with 200 lines
// of history: Ctrl+C does not quit; after the idle time and the countdown the language
// picker is back, with nothing of the last walk on the screen, and nothing in the pane's
// history to scroll back to (the kiosk clears it at the start and at every wipe);
// SIGTERM ends it with status 143 and the terminal given back.
func TestE2EKioskInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is not installed; CI must run the end-to-end test (.ci/run installs tmux)")
		}
		t.Skip("tmux is not installed")
	}
	p := startTmuxAfter(t, "seq -f 'scrolled-%g' 1 200", helseguideBinary(t), 80, 24, "--kiosk", "--idle", "2s")
	p.waitFor("the language picker", func(s string) bool { return strings.Contains(s, "Choose your language") })
	for _, st := range []struct{ key, want string }{
		{"1", "Is someone in danger right now?"},
		{"2", "Do you need a doctor today?"},
		{"1", "Urgent: call the legevakt"},
	} {
		p.keys(st.key)
		p.waitFor(st.want, func(s string) bool { return strings.Contains(s, st.want) })
	}
	p.keys("C-c", "C-\\", "C-z")
	time.Sleep(300 * time.Millisecond)
	if s := p.capture(); !strings.Contains(s, "Urgent: call the legevakt") || strings.Contains(s, "EXITED") {
		t.Fatalf("ctrl+c, ctrl+\\ and ctrl+z should change nothing in a kiosk:\n%s", s)
	}
	p.waitFor("still there?", func(s string) bool { return strings.Contains(s, "Are you still there?") })
	picker := p.waitFor("the picker after the countdown", func(s string) bool { return strings.Contains(s, "Choose your language") })
	for _, gone := range []string{"Your answers", "legevakt", "Not urgent", "still there"} {
		if strings.Contains(picker, gone) {
			t.Errorf("after the wipe %q is still on the screen:\n%s", gone, picker)
		}
	}
	if got := p.display("#{history_size}"); got != "0" {
		t.Errorf("after the wipe the pane has %s lines of history to scroll back to, want 0", got)
	}

	pid := guidePID(t, p)
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	after := p.waitFor("EXITED", func(s string) bool { return strings.Contains(s, "EXITED:") })
	if !strings.Contains(after, "EXITED:143") {
		t.Errorf("SIGTERM: want exit status 143:\n%s", after)
	}
	for format, want := range map[string]string{"#{alternate_on}": "0", "#{cursor_flag}": "1", "#{mouse_any_flag}": "0"} {
		if got := p.display(format); got != want {
			t.Errorf("after SIGTERM %s = %q, want %q", format, got, want)
		}
	}
	// Back on the main screen: its history lost the lines from before the kiosk.
	all := p.run("capture-pane", "-p", "-S", "-", "-E", "-", "-t", e2eSession)
	if strings.Contains(all, "scrolled-100\n") || strings.Contains(all, "legevakt") {
		t.Errorf("there is still history to scroll back to:\n%s", all)
	}
}

// guidePID returns the process id of the guide in the pane: the child of the pane's shell
// (Linux: /proc/PID/task/PID/children).
func guidePID(t *testing.T, p *tmuxPane) int {
	t.Helper()
	shell := p.display("#{pane_pid}")
	data, err := os.ReadFile(filepath.Join("/proc", shell, "task", shell, "children"))
	if err != nil {
		t.Skipf("cannot find the guide's process (no /proc): %v", err)
	}
	var pid int
	if _, err := fmt.Sscan(string(data), &pid); err != nil {
		t.Fatalf("the pane's shell %s has no child: %q", shell, data)
	}
	return pid
}
