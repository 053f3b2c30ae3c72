//go:build unix

package main

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/charmbracelet/x/vt"
)

// TestBidiAutoOnPTY runs "helseguide answer" in Arabic with --bidi auto on a
// pseudo-terminal, whose emulator answers the program's question through the real
// /dev/tty: it knows no BDSM (as most terminals) and the answer comes in visual order, or
// it says BDSM is set (a terminal that reorders) and the answer comes in logical order.
// Either way the question is asked once, no BDSM sequence is sent (the terminal has
// said what it does), and the terminal's mode is as it was before.
func TestBidiAutoOnPTY(t *testing.T) {
	bin := helseguideBinary(t)
	args := []string{"answer", "--lang", "ar", "--width", "60", "emergency=yes"}
	for _, tt := range []struct {
		name  string
		setup func(*vt.Emulator)
		bidi  string
	}{
		{"terminal without bidi", nil, "app"},
		{"terminal that reorders", func(e *vt.Emulator) { _, _ = e.Write([]byte(ansi.SetModeBiDirectionalSupport)) }, "terminal"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want := answerText(t, append([]string{"--bidi", tt.bidi}, args[1:]...))
			p := startTTYWith(t, bin, nil, tt.setup, args...)
			before := ttyState(t, p.ttyName)
			if st := p.waitExit(ttyTimeout); st.ExitCode() != 0 {
				t.Fatalf("exit %v:\n%s", st, p.output())
			}
			out := p.output()
			query, text, _ := strings.Cut(out, "\x1b[c")
			if query != "\x1b[8$p" {
				t.Errorf("the program did not ask once, first: its output starts %q", out[:min(len(out), 40)])
			}
			if got := strings.ReplaceAll(text, "\r\n", "\n"); got != want {
				t.Errorf("output after the question:\n%q\nwant --bidi %s:\n%q", got, tt.bidi, want)
			}
			if strings.Contains(out, ansi.SetModeBiDirectionalSupport) || strings.Contains(out, ansi.ResetModeBiDirectionalSupport) {
				t.Errorf("the program sent a BDSM sequence")
			}
			// The terminal's answers were all read: none is echoed or left for the shell.
			if strings.Contains(text, "\x1b") || strings.Contains(text, "^[") {
				t.Errorf("an answer of the terminal was echoed: %q", text)
			}
			if after := ttyState(t, p.ttyName); !reflect.DeepEqual(before, after) {
				t.Errorf("the terminal's mode was not restored: %+v, before %+v", after, before)
			}
		})
	}
}

// ttyState returns the mode (termios) of the terminal at path.
func ttyState(t *testing.T, path string) *term.State {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := term.GetState(f.Fd())
	if err != nil {
		t.Fatal(err)
	}
	return st
}
