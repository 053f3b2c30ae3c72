//go:build unix

package main

import (
	"io/fs"
	"os"
	"os/exec"

	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The kiosk on a pseudo-terminal: the keyboard cannot end it, signals from the keyboard
// are ignored, SIGTERM and SIGHUP end it with the terminal restored, the operator's chord
// quits, idle time wipes it, and it writes no file.

const stillThere = "Are you still there?"

// TestKioskKeysAndSignals: Ctrl+C, Ctrl+\ and Ctrl+Z as keys, and SIGINT, SIGQUIT and
// SIGTSTP as signals, leave the kiosk running and answering; SIGTERM and SIGHUP end it
// with 128+n and the terminal restored.
func TestKioskKeysAndSignals(t *testing.T) {
	bin := helseguideBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			p := startTTY(t, bin, nil, "--kiosk", "--lang", "en")
			p.waitScreen("Is someone in danger right now?", ttyTimeout)
			p.write("\x03\x1c\x1a") // ctrl+c, ctrl+\, ctrl+z
			for _, s := range []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTSTP} {
				if err := p.cmd.Process.Signal(s); err != nil {
					t.Fatal(err)
				}
			}
			time.Sleep(200 * time.Millisecond)
			p.write("2")
			p.waitScreen("Do you need a doctor today?", ttyTimeout)
			if err := p.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if st, want := p.waitExit(ttyTimeout), 128+int(sig); !st.Exited() || st.ExitCode() != want {
				t.Errorf("the kiosk ended with %v, want exit status %d", st, want)
			}
			p.checkRestored()
		})
	}
}

// TestKioskOperatorChord: the chord of --quit-key ends the kiosk with status 0; Ctrl+C
// does not.
func TestKioskOperatorChord(t *testing.T) {
	p := startTTY(t, helseguideBinary(t), nil, "--kiosk", "--quit-key", "ctrl+alt+q")
	p.waitScreen(pickerText, ttyTimeout)
	p.write("\x03")
	p.write("\x1b\x11") // alt+ctrl+q as a terminal sends it: ESC, then Ctrl+Q
	if code := exitCode(p.waitExit(ttyTimeout)); code != 0 {
		t.Errorf("the operator's chord: exit status %d, want 0", code)
	}
	p.checkRestored()
	if strings.Contains(p.output(), "ctrl+alt+q") {
		t.Errorf("the kiosk shows its quit chord")
	}
}

// TestKioskIdleWipe: after --idle without input the kiosk asks "still there?", counts
// down, and wipes: the screen and the scrollback are cleared and the language picker is
// back.
func TestKioskIdleWipe(t *testing.T) {
	p := startTTY(t, helseguideBinary(t), nil, "--kiosk", "--idle", "1s")
	p.waitScreen(pickerText, ttyTimeout)
	walkToUrgent(p)
	before := len(p.output())
	p.waitScreen(stillThere, ttyTimeout)
	p.waitScreen(pickerText, ttyTimeout)
	// The wipe's clear is a command of its own, so the picker can be drawn a moment before
	// it arrives: wait for it.
	for deadline := time.Now().Add(ttyTimeout); !strings.Contains(p.output()[before:], "\x1b[3J"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the wipe did not clear the scrollback (CSI 3J) within %v", ttyTimeout)
		}
	}
	p.waitScreen(pickerText, ttyTimeout) // and the picker is drawn again after it
	if s := p.screen(); strings.Contains(s, "Your answers") || strings.Contains(s, "legevakt") {
		t.Errorf("after the wipe the last answer is still on the screen:\n%s", s)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	p.waitExit(ttyTimeout)
	p.checkRestored()
}

// TestKioskWritesNoFile runs a kiosk through a walk, the slip, a wipe and SIGTERM with an
// empty HOME, working directory and TMPDIR, and with the variables that make Bubble Tea
// write a trace and a panic log: every directory is as empty afterwards.
func TestKioskWritesNoFile(t *testing.T) {
	home, work, tmp := t.TempDir(), t.TempDir(), t.TempDir()
	env := []string{"HOME=" + home, "TMPDIR=" + tmp, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"XDG_CACHE_HOME=" + filepath.Join(home, ".cache"), "XDG_STATE_HOME=" + filepath.Join(home, ".local/state"),
		"TEA_TRACE=" + filepath.Join(work, "trace.log"), "TEA_DEBUG=1"}
	p := startTTYIn(t, work, helseguideBinary(t), env, "--kiosk", "--idle", "1s")
	p.waitScreen(pickerText, ttyTimeout)
	walkToUrgent(p)
	p.write("\x1bOS") // F4: the slip
	p.waitScreen("Take this with you", ttyTimeout)
	p.waitScreen(stillThere, ttyTimeout)
	p.waitScreen(pickerText, ttyTimeout)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	p.waitExit(ttyTimeout)
	for _, dir := range []string{home, work, tmp} {
		if files := filesIn(t, dir); len(files) > 0 {
			t.Errorf("the kiosk wrote %v in %s", files, dir)
		}
	}
}

// walkToUrgent chooses English in the picker, then the urgent answer, a key at a time as
// a person types (keys faster than that may be dropped, see tui's guard).
func walkToUrgent(p *ttyProgram) {
	p.t.Helper()
	for _, st := range []struct{ key, want string }{
		{"1", "Is someone in danger right now?"},
		{"2", "Do you need a doctor today?"},
		{"1", "Urgent: call the legevakt"},
	} {
		p.write(st.key)
		p.waitScreen(st.want, ttyTimeout)
	}
}

// filesIn lists everything under dir.
func filesIn(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestGuidePrintsTheSlip: F4 on an answer shows the slip, F8 gives it to --print-cmd: the
// printer gets the same text as answer --format slip at --width; a failing printer is
// named on the screen, and the guide goes on.
func TestGuidePrintsTheSlip(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "printed.txt")
	p := startTTY(t, helseguideBinary(t), nil, "--print-cmd", "fakeprinter "+out, "--width", "32")
	p.waitScreen(pickerText, ttyTimeout)
	walkToUrgent(p)
	p.write("\x1bOS") // F4
	p.waitScreen("Take this with you", ttyTimeout)
	p.write("\x1b[19~") // F8
	p.waitScreen("Sent to the printer.", ttyTimeout)
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(testBinary(t), "answer", "--format", "slip", "--width", "32", "emergency=no", "urgent=yes").Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the printer got:\n%s\nwant the slip of answer --format slip:\n%s", got, want)
	}

	p2 := startTTY(t, helseguideBinary(t), nil, "--print-cmd", "fakeprinter -fail")
	p2.waitScreen(pickerText, ttyTimeout)
	walkToUrgent(p2)
	p2.write("\x1bOS")
	p2.waitScreen("Take this with you", ttyTimeout)
	p2.write("\x1b[19~")
	p2.waitScreen("Printing did not work.", ttyTimeout)
	if s := strings.Join(strings.Fields(p2.screen()), " "); !strings.Contains(s, `failed: exit status 3 (fakeprinter: out of paper)`) {
		t.Errorf("the failing printer should be named with its last line of errors:\n%s", p2.screen())
	}
	p2.write("\x1b")
	p2.waitScreen("Urgent: call the legevakt", ttyTimeout)
}
