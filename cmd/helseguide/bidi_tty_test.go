//go:build unix

package main

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/charmbracelet/x/vt"

	"helseguide/i18n"
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

// TestGuideBidiOnPTY runs the full-screen guide in Arabic on a pseudo-terminal whose
// emulator (which does no bidi itself) knows no BDSM, has it set (as a terminal that
// reorders), or does not answer the question at all, and with --bidi app and terminal: the
// screen is in visual order, right-aligned, where the guide orders the text, and in
// logical order where the terminal does; "116 117" is whole either way; the BDSM
// sequences are the ones the mode needs, and the terminal's BDSM is set again when the
// guide ends.
func TestGuideBidiOnPTY(t *testing.T) {
	bin := helseguideBinary(t)
	setBDSM := func(e *vt.Emulator) { _, _ = e.Write([]byte(ansi.SetModeBiDirectionalSupport)) }
	silent := func(answer string) string { return bidiReply.ReplaceAllString(answer, "") }
	q, l, h := i18n.BidiQuery, i18n.BidiExplicit, i18n.BidiImplicit
	for _, tt := range []struct {
		name    string
		bidi    string
		setup   func(*vt.Emulator)
		answers func(string) string
		visual  bool
		want    []string // the BDSM sequences written, in order
	}{
		{"auto, no BDSM", "auto", nil, nil, true, []string{q, l, h}},
		{"auto, BDSM set", "auto", setBDSM, nil, false, []string{q, l, h}},
		{"auto, no answer", "auto", nil, silent, true, []string{q, l, h}},
		{"app, BDSM set", "app", setBDSM, nil, true, []string{l, h}},
		{"terminal", "terminal", nil, nil, false, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := startTTYAnswering(t, bin, nil, tt.setup, tt.answers, "--lang", "ar", "--bidi", tt.bidi, "--at", "2026-11-25T10:00:00+01:00")
			emergency := "طوارئ"
			if tt.visual {
				emergency = i18n.Visual(emergency, i18n.RightToLeft)
			}
			p.waitScreen(emergency, ttyTimeout)
			time.Sleep(300 * time.Millisecond) // past auto's wait for an answer: the layout is settled
			screen := strings.ReplaceAll(p.screen(), "\u00a0", " ")
			rows := strings.Split(screen, "\n")
			if !strings.Contains(rows[0], emergency) || !strings.Contains(rows[0], "116 117") || !strings.Contains(rows[0], "113") {
				t.Errorf("the first row is not the emergency line with 113 and 116 117, in %s order: %q", map[bool]string{true: "visual", false: "logical"}[tt.visual], rows[0])
			}
			if tt.visual {
				// The question reads from the right: its rows end at the right edge.
				question := strings.TrimRight(rows[2], " ")
				if ansi.StringWidth(question) != ttyWidth || !hasArabic(question) {
					t.Errorf("the question's first row is not right-aligned: %q", rows[2])
				}
			} else if strings.HasPrefix(rows[2], " ") {
				t.Errorf("in logical order the question's row starts with spaces: %q", rows[2])
			}
			p.write("\x03")
			if st := p.waitExit(ttyTimeout); st.ExitCode() != 0 {
				t.Fatalf("exit %v:\n%s", st, p.output())
			}
			p.checkRestored()
			var got []string
			out := p.output()
			for i := 0; i < len(out); i++ {
				for _, seq := range []string{q, l, h} {
					if strings.HasPrefix(out[i:], seq) {
						got = append(got, seq)
					}
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("BDSM sequences %q, want %q", got, tt.want)
			}
		})
	}
}
