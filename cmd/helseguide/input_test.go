//go:build unix

package main

import (
	"strings"
	"testing"
	"time"
)

// Input can never freeze the guide: whatever bytes arrive, a key typed afterwards is
// answered, and Ctrl+C ends the program.

const pickerText = "Choose your language"

// TestLonePasteStart sends the start of a bracketed paste that never ends. The guide does
// not ask for bracketed paste, so the bytes are junk (or a terminal's mistake); they must
// not swallow the keys after them.
func TestLonePasteStart(t *testing.T) {
	bin := helseguideBinary(t)
	t.Run("then a key", func(t *testing.T) {
		p := startTTY(t, bin, nil)
		p.waitScreen(pickerText, ttyTimeout)
		p.write("\x1b[200~")
		time.Sleep(100 * time.Millisecond) // past the escape-sequence timeout
		p.write("1")
		p.waitScreen("Is someone in danger right now?", ttyTimeout)
	})
	t.Run("then ctrl+c", func(t *testing.T) {
		p := startTTY(t, bin, nil)
		p.waitScreen(pickerText, ttyTimeout)
		p.write("\x1b[200~")
		time.Sleep(100 * time.Millisecond)
		p.write("\x03")
		if code := exitCode(p.waitExit(ttyTimeout)); code != 0 {
			t.Errorf("ctrl+c after a lone paste start: exit status %d, want 0", code)
		}
		p.checkRestored()
	})
}

// TestBracketedPasteOff checks that the guide never asks the terminal for bracketed
// paste: it has no text field.
func TestBracketedPasteOff(t *testing.T) {
	p := startTTY(t, helseguideBinary(t), nil)
	p.waitScreen(pickerText, ttyTimeout)
	if out := p.output(); strings.Contains(out, "\x1b[?2004h") {
		t.Errorf("the guide turned bracketed paste on (CSI ?2004h)")
	}
}

// floodSize is the size of the input floods: 64 KB, a long paste or a key held down for
// a long time on a fast repeat.
const floodSize = 64 << 10

// TestInputFlood types 64 KB at the guide, then a key, and waits for the key to be
// answered. The time from the start of the flood until the answer is logged; the bound
// is generous (ttyTimeout), the goal is well under a second (see BenchmarkInputFlood in
// tui). While input comes faster than a person types, the guide drops the excess (but
// never Ctrl+C), so the key in the first test is pressed a moment after the flood has
// been read, as a person would press it.
func TestInputFlood(t *testing.T) {
	bin := helseguideBinary(t)
	t.Run("keys that change nothing, then 1", func(t *testing.T) {
		p := startTTY(t, bin, nil)
		p.waitScreen(pickerText, ttyTimeout)
		start := time.Now()
		select {
		case <-p.writeInBackground(strings.Repeat("abcdefghijklmnopqrstuvwxyz", floodSize/26+1)[:floodSize]):
		case <-time.After(ttyTimeout):
			t.Fatalf("the guide did not read 64 KB of input within %v", ttyTimeout)
		}
		time.Sleep(100 * time.Millisecond)
		p.write("1")
		p.waitScreen("Is someone in danger right now?", ttyTimeout)
		t.Logf("64 KB of letters, then 1: answered %v after the flood began", time.Since(start).Round(time.Millisecond))
	})
	t.Run("text with spaces and newlines, then ctrl+c at once", func(t *testing.T) {
		p := startTTY(t, bin, nil)
		p.waitScreen(pickerText, ttyTimeout)
		line := "The quick brown fox jumps over the lazy dog 1 2 3 ? 0\r"
		start := time.Now()
		p.writeInBackground(strings.Repeat(line, floodSize/len(line)+1)[:floodSize] + "\x03")
		if code := exitCode(p.waitExit(ttyTimeout)); code != 0 {
			t.Errorf("ctrl+c after a flood: exit status %d, want 0", code)
		}
		t.Logf("64 KB of text, then ctrl+c: ended %v after the flood began", time.Since(start).Round(time.Millisecond))
		p.checkRestored()
	})
}
