package main

import (
	"bytes"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"helseguide/i18n"
)

// fakeTerminal is a terminal for askBidi: it reads what the program writes until the DA1
// request, and then sends reply, in pieces split at '|' (nothing for "", as a terminal
// that does not answer at all). It records what it was sent.
type fakeTerminal struct {
	net.Conn // the program's end
	sent     chan string
}

func newFakeTerminal(t *testing.T, reply string) *fakeTerminal {
	t.Helper()
	prog, term := net.Pipe()
	f := &fakeTerminal{Conn: prog, sent: make(chan string, 1)}
	go func() {
		var got []byte
		buf := make([]byte, 64)
		for !bytes.Contains(got, []byte(ansi.RequestPrimaryDeviceAttributes)) {
			n, err := term.Read(buf)
			got = append(got, buf[:n]...)
			if err != nil {
				break
			}
		}
		f.sent <- string(got)
		for _, piece := range strings.Split(reply, "|") {
			if piece != "" {
				if _, err := term.Write([]byte(piece)); err != nil {
					return
				}
			}
		}
		// Keep reading, as a terminal does, until the test ends.
		_, _ = io.Copy(io.Discard, term)
	}()
	t.Cleanup(func() { prog.Close(); term.Close() })
	return f
}

func TestAskBidi(t *testing.T) {
	tests := []struct {
		name     string
		reply    string
		timeout  time.Duration
		setting  ansi.ModeSetting
		answered bool
	}{
		{"reorders (set)", "\x1b[8;1$y\x1b[?62;22c", time.Minute, ansi.ModeSet, true},
		{"reorders always (permanently set)", "\x1b[8;3$y\x1b[?1;2c", time.Minute, ansi.ModePermanentlySet, true},
		{"does not reorder now (reset)", "\x1b[8;2$y\x1b[?1;2c", time.Minute, ansi.ModeReset, true},
		{"knows no BDSM", "\x1b[8;0$y\x1b[?1;2c", time.Minute, ansi.ModeNotRecognized, true},
		{"8-bit answer", "\x9b8;1$y\x9b?1;2c", time.Minute, ansi.ModeSet, true},
		{"8-bit answer in UTF-8", "\u009b8;2$y\u009b?1;2c", time.Minute, ansi.ModeReset, true},
		{"answer in pieces", "\x1b[8|;1$|y|\x1b[?1|;2c", time.Minute, ansi.ModeSet, true},
		{"keys typed ahead", "ab\x1b[A\x1b[8;1$y\x1b[?1c", time.Minute, ansi.ModeSet, true},
		// An answer about BDSM without DA1 after it: the timeout ends the wait.
		{"no DA1", "\x1b[8;1$y", 50 * time.Millisecond, ansi.ModeSet, true},
		// A terminal without DECRQM answers DA1 only: no waiting for the timeout (a
		// minute here: the test would take that long).
		{"knows no DECRQM", "\x1b[?1;2c", time.Minute, 0, false},
		{"answers nothing", "", 50 * time.Millisecond, 0, false},
		{"another mode", "\x1b[2;1$y|\x1b[?1;2c", time.Minute, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term := newFakeTerminal(t, tt.reply)
			start := time.Now()
			setting, answered := askBidi(term, tt.timeout)
			if setting != tt.setting || answered != tt.answered {
				t.Errorf("askBidi = %d, %v; want %d, %v", setting, answered, tt.setting, tt.answered)
			}
			if elapsed := time.Since(start); elapsed > 30*time.Second {
				t.Errorf("askBidi took %v", elapsed)
			}
			if got, want := <-term.sent, "\x1b[8$p\x1b[c"; got != want {
				t.Errorf("the terminal was sent %q, want %q", got, want)
			}
		})
	}
}

// noDeadline is a terminal on which a read cannot time out, like a file that the poller
// does not know: askBidi must not ask, or it could wait for ever.
type noDeadline struct{ bytes.Buffer }

func (*noDeadline) SetReadDeadline(time.Time) error { return errors.New("no deadline") }

func TestAskBidiWithoutTimeout(t *testing.T) {
	var term noDeadline
	if _, answered := askBidi(&term, time.Second); answered || term.Len() != 0 {
		t.Errorf("askBidi on a terminal without read timeouts: answered %v, wrote %q", answered, term.String())
	}
}

// bidiEnv is testEnv with stdout on a terminal or not, TERM, and a terminal that askBidi
// asks; asked counts the questions.
func bidiEnv(t *testing.T, onTerminal bool, term string, reply string) (e *env, stdout *bytes.Buffer, asked *int) {
	t.Helper()
	width := 0
	if onTerminal {
		width = 60
	}
	e, stdout, _ = testEnv(width)
	e.getenv = func(k string) string {
		if k == "TERM" {
			return term
		}
		return ""
	}
	asked = new(int)
	e.askBidi = func(timeout time.Duration) (ansi.ModeSetting, bool) {
		*asked++
		return askBidi(newFakeTerminal(t, reply), 50*time.Millisecond)
	}
	return e, stdout, asked
}

func TestResolveAnswerBidi(t *testing.T) {
	const arabic, english = "اتصل بالرقم 113", "Call 113"
	set, reset, unknown, none := "\x1b[8;1$y\x1b[?1c", "\x1b[8;2$y\x1b[?1c", "\x1b[8;0$y\x1b[?1c", ""
	app, terminal, auto := i18n.BidiApp, i18n.BidiTerminal, i18n.BidiAuto
	tests := []struct {
		name       string
		mode       i18n.BidiMode
		onTerminal bool
		term       string
		toPrinter  bool
		text       string
		reply      string
		want       i18n.BidiMode
		bdsm       bool
		asked      int
	}{
		{"app on a terminal", app, true, "xterm", false, arabic, none, app, true, 0},
		{"app into a pipe", app, false, "xterm", false, arabic, none, app, false, 0},
		{"app to a printer", app, true, "xterm", true, arabic, none, app, false, 0},
		{"app on a dumb terminal", app, true, "dumb", false, arabic, none, app, false, 0},
		{"terminal", terminal, true, "xterm", false, arabic, none, terminal, false, 0},
		{"auto, nothing right-to-left", auto, true, "xterm", false, english, none, terminal, false, 0},
		{"app, nothing right-to-left", app, true, "xterm", false, english, none, terminal, false, 0},
		{"auto to a printer", auto, true, "xterm", true, arabic, set, app, false, 0},
		{"auto into a pipe", auto, false, "xterm", false, arabic, none, terminal, false, 0},
		{"auto on a dumb terminal", auto, true, "dumb", false, arabic, none, terminal, false, 0},
		{"auto, the terminal reorders", auto, true, "xterm", false, arabic, set, terminal, false, 1},
		{"auto, the terminal does not reorder now", auto, true, "xterm", false, arabic, reset, app, false, 1},
		{"auto, the terminal knows no BDSM", auto, true, "xterm", false, arabic, unknown, app, false, 1},
		{"auto, no answer", auto, true, "xterm", false, arabic, none, app, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, asked := bidiEnv(t, tt.onTerminal, tt.term, tt.reply)
			got := resolveAnswerBidi(e, tt.mode, tt.toPrinter, tt.text)
			if got.mode != tt.want || got.bdsm != tt.bdsm || *asked != tt.asked {
				t.Errorf("resolveAnswerBidi = %v (BDSM %v), asked %d times; want %v (BDSM %v), asked %d times",
					got.mode, got.bdsm, *asked, tt.want, tt.bdsm, tt.asked)
			}
		})
	}
}

// TestAnswerAutoOnTerminal runs the answer command on a (fake) terminal in auto mode: a
// terminal that answers that it reorders gets logical order and no escape code; one that
// answers nothing gets visual order between CSI 8 l and CSI 8 h; English is written as it
// is, without asking.
func TestAnswerAutoOnTerminal(t *testing.T) {
	args := []string{"answer", "--lang", "ar", "--width", "60", "emergency=yes"}
	logical := answerText(t, []string{"--bidi", "terminal", "--width", "60", "--lang", "ar", "emergency=yes"})
	visual := answerText(t, []string{"--bidi", "app", "--width", "60", "--lang", "ar", "emergency=yes"})
	if logical == visual {
		t.Fatal("logical and visual order are the same")
	}
	for _, tt := range []struct {
		name, reply, want string
	}{
		{"reorders", "\x1b[8;1$y\x1b[?1c", logical},
		{"does not reorder", "\x1b[8;4$y\x1b[?1c", visual},
		{"knows no DECRQM", "\x1b[?1c", "\x1b[8l" + visual + "\x1b[8h"},
		{"answers nothing", "", "\x1b[8l" + visual + "\x1b[8h"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, stdout, asked := bidiEnv(t, true, "xterm-256color", tt.reply)
			if code := run(args, e); code != exitOK {
				t.Fatalf("exit %d", code)
			}
			if stdout.String() != tt.want {
				t.Errorf("stdout:\n%q\nwant\n%q", stdout, tt.want)
			}
			if *asked != 1 {
				t.Errorf("the terminal was asked %d times", *asked)
			}
		})
	}
	t.Run("English", func(t *testing.T) {
		e, stdout, asked := bidiEnv(t, true, "xterm-256color", "")
		if code := run([]string{"answer", "--width", "60", "emergency=yes"}, e); code != exitOK {
			t.Fatalf("exit %d", code)
		}
		if *asked != 0 || strings.Contains(stdout.String(), "\x1b") {
			t.Errorf("asked %d times, stdout %q", *asked, stdout)
		}
	})
}

// TestPlainBidi: the plain mode is in logical order unless --bidi app, which sends CSI 8 l
// and CSI 8 h only on a terminal that is not dumb, and never asks.
func TestPlainBidi(t *testing.T) {
	tests := []struct {
		mode       i18n.BidiMode
		onTerminal bool
		term       string
		want       i18n.BidiMode
		bdsm       bool
	}{
		{i18n.BidiAuto, true, "xterm", i18n.BidiTerminal, false},
		{i18n.BidiAuto, false, "", i18n.BidiTerminal, false},
		{i18n.BidiTerminal, true, "xterm", i18n.BidiTerminal, false},
		{i18n.BidiApp, true, "xterm", i18n.BidiApp, true},
		{i18n.BidiApp, true, "dumb", i18n.BidiApp, false},
		{i18n.BidiApp, false, "xterm", i18n.BidiApp, false},
	}
	for _, tt := range tests {
		e, _, asked := bidiEnv(t, tt.onTerminal, tt.term, "")
		got := resolvePlainBidi(e, tt.mode)
		if got.mode != tt.want || got.bdsm != tt.bdsm || *asked != 0 {
			t.Errorf("resolvePlainBidi(%v, terminal %v, TERM=%s) = %v (BDSM %v), asked %d; want %v (BDSM %v)",
				tt.mode, tt.onTerminal, tt.term, got.mode, got.bdsm, *asked, tt.want, tt.bdsm)
		}
	}
}

// FuzzParseBidiReply: whatever a terminal sends, parseBidiReply does not panic, finds an
// answer only where one was sent, and finds the answer wherever it stands in the input.
func FuzzParseBidiReply(f *testing.F) {
	f.Add([]byte("\x1b[8;1$y\x1b[?62;22c"), byte(1))
	f.Add([]byte("ab\x1b[A\x9b8;2$y"), byte(2))
	f.Add([]byte("\x1b[?1;2c"), byte(0))
	f.Add([]byte("\xc2\x9b8;4$y"), byte(4))
	f.Fuzz(func(t *testing.T, junk []byte, v byte) {
		setting, answered, done := parseBidiReply(junk)
		if setting > 4 || !answered && setting != 0 {
			t.Fatalf("parseBidiReply(%q) = %d, %v, %v", junk, setting, answered, done)
		}
		s := csi8bit.Replace(string(junk))
		if answered != strings.Contains(s, "\x1b[8;"+string('0'+rune(setting))+"$y") {
			t.Fatalf("parseBidiReply(%q) = %d, %v: no such answer in it", junk, setting, answered)
		}
		if bidiReply.MatchString(s) || da1Reply.MatchString(s) {
			return // the junk holds an answer of its own, which may come first
		}
		v %= 5
		reply := append(append([]byte{}, junk...), "\x1b[8;"+string('0'+rune(v))+"$y"...)
		if setting, answered, done := parseBidiReply(reply); setting != ansi.ModeSetting(v) || !answered || done {
			t.Fatalf("parseBidiReply(%q) = %d, %v, %v; want %d, true, false", reply, setting, answered, done, v)
		}
		reply = append(reply, "\x1b[?62;22c"...)
		if setting, answered, done := parseBidiReply(reply); setting != ansi.ModeSetting(v) || !answered || !done {
			t.Fatalf("parseBidiReply(%q) = %d, %v, %v; want %d, true, true", reply, setting, answered, done, v)
		}
	})
}

// TestEmergencyLineInArabic: after a panic the emergency line is the Arabic one, whose
// numbers content.NumberIn wrote in isolates, not the English fallback.
func TestEmergencyLineInArabic(t *testing.T) {
	line := emergencyLine(nil, "ar", time.Now)
	if !strings.HasPrefix(line, "طوارئ") || !strings.Contains(line, "\u2066116\u00a0117\u2069") {
		t.Errorf("emergencyLine(ar) = %q", line)
	}
}
