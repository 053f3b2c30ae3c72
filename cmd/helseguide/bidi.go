package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"helseguide/i18n"
)

// Who orders right-to-left text (--bidi app|terminal|auto), decided here for the answer
// command and the plain mode. The rules, also in --help and the README:
//
//   - app and terminal are used as given.
//   - auto for answer: a slip given to --print-cmd goes to a printer, which does no bidi:
//     app. Output into a pipe or a file is read by a program, which expects text in
//     logical order: terminal. On a terminal (not TERM=dumb), the terminal is asked
//     (DECRQM for BDSM, ECMA-48 mode 8): terminal when it says it reorders itself, app
//     when it says anything else or nothing within bidiTimeout.
//   - auto for the plain mode: terminal. The plain mode is for screen readers, serial
//     consoles and pipes; a screen reader reads the text in the order it was written.
//
// With app on a terminal, BDSM is reset (CSI 8 l) before the output, so that a terminal
// that reorders by itself does not reorder a second time, and set again (CSI 8 h) after
// it; never into a pipe, a file or a printer, and not when the terminal has just said
// that it does not reorder.

// bidiTimeout is how long auto waits for the terminal's answer. The query is followed by
// a request for the primary device attributes (DA1), which every terminal answers, so a
// terminal that does not know DECRQM ends the wait at once; the timeout is for one that
// answers nothing at all, or too slowly (over a slow link an answer later than that
// reaches the shell, as with any program that asks its terminal).
const bidiTimeout = 200 * time.Millisecond

// queryTerminal is a terminal in raw mode to ask a question: what is written goes to the
// terminal, what is read comes from it (its answers, and whatever keys were pressed).
type queryTerminal interface {
	io.ReadWriter
	SetReadDeadline(t time.Time) error
}

// bidiReply matches the terminal's answer to the DECRQM query for BDSM (DECRPM,
// CSI 8 ; Ps $ y) and its answer to the DA1 request (CSI ? … c), with a 7-bit CSI
// (ESC [); csi8bit rewrites an 8-bit one (byte 0x9B, or U+009B in UTF-8) to that first.
var (
	bidiReply = regexp.MustCompile(`\x1b\[8;([0-4])\$y`)
	da1Reply  = regexp.MustCompile(`\x1b\[\?[0-9;]*c`)
	csi8bit   = strings.NewReplacer("\u009b", "\x1b[", "\x9b", "\x1b[")
)

// askBidi asks terminal t whether it reorders right-to-left text itself (DECRQM for BDSM)
// and returns its answer, or answered false when none came before the answer to DA1, or
// when t cannot wait with a timeout. It reads until the answer to DA1, which a terminal
// sends after the other, or until timeout, so that no answer is left behind to be echoed
// or read by the shell. Other input read meanwhile (keys typed ahead) is dropped.
func askBidi(t queryTerminal, timeout time.Duration) (setting ansi.ModeSetting, answered bool) {
	if err := t.SetReadDeadline(time.Now().Add(timeout)); err != nil {
		return 0, false // a read could block for good: do not ask
	}
	defer t.SetReadDeadline(time.Time{})
	if _, err := io.WriteString(t, i18n.BidiQuery+ansi.RequestPrimaryDeviceAttributes); err != nil {
		return 0, false
	}
	var got []byte
	buf := make([]byte, 256)
	for {
		n, err := t.Read(buf)
		got = append(got, buf[:n]...)
		setting, answered, done := parseBidiReply(got)
		if done || err != nil || len(got) > 4096 {
			return setting, answered
		}
	}
}

// parseBidiReply reads what the terminal has sent so far in answer to askBidi's
// questions: answered, with its setting, when it holds the answer about BDSM, and done
// when it holds the answer to DA1, the last one a terminal sends.
func parseBidiReply(got []byte) (setting ansi.ModeSetting, answered, done bool) {
	seen := csi8bit.Replace(string(got))
	if m := bidiReply.FindStringSubmatch(seen); m != nil {
		v, _ := strconv.Atoi(m[1])
		setting, answered = ansi.ModeSetting(v), true
	}
	return setting, answered, da1Reply.MatchString(seen)
}

// bidiOutput is the resolved --bidi of one command and whether its output must be
// framed by the BDSM sequences.
type bidiOutput struct {
	mode i18n.BidiMode
	// bdsm: reset BDSM before the output and set it after (app output on a terminal).
	bdsm bool
}

// parseBidi reads --bidi as a flag error message wants it.
func parseBidi(s string) (i18n.BidiMode, error) {
	m, err := i18n.ParseBidiMode(s)
	if err != nil {
		return m, fmt.Errorf("--bidi: %w", err)
	}
	return m, nil
}

// resolveAnswerBidi resolves --bidi for answer's text and slip: see the rules at the top
// of this file. toPrinter is set when the output goes to --print-cmd; text is the output
// in logical order. Output without right-to-left text is the same in every mode: it is
// written in logical order, and the terminal is not asked.
func resolveAnswerBidi(e *env, mode i18n.BidiMode, toPrinter bool, text string) bidiOutput {
	onTerminal := !toPrinter && e.outIsTerminal() && e.getenv("TERM") != "dumb"
	switch {
	case !i18n.HasRightToLeft(text):
		return bidiOutput{mode: i18n.BidiTerminal}
	case mode != i18n.BidiAuto:
		return bidiOutput{mode: mode, bdsm: mode == i18n.BidiApp && onTerminal}
	case toPrinter:
		return bidiOutput{mode: i18n.BidiApp}
	case !onTerminal:
		return bidiOutput{mode: i18n.BidiTerminal}
	}
	setting, answered := e.askBidi(bidiTimeout)
	out := bidiOutput{mode: i18n.BidiModeFromReport(setting, answered)}
	// A terminal that said it does not reorder (reset) or does not know BDSM needs no
	// switching, and setting BDSM at the end would change what it said.
	out.bdsm = out.mode == i18n.BidiApp && !answered
	return out
}

// resolvePlainBidi resolves --bidi for the plain mode: see the rules at the top of this
// file.
func resolvePlainBidi(e *env, mode i18n.BidiMode) bidiOutput {
	if mode != i18n.BidiApp {
		return bidiOutput{mode: i18n.BidiTerminal}
	}
	return bidiOutput{mode: mode, bdsm: e.outIsTerminal() && e.getenv("TERM") != "dumb"}
}

// begin writes what goes before the output: CSI 8 l when b.bdsm.
func (b bidiOutput) begin(w io.Writer) {
	if b.bdsm {
		_, _ = io.WriteString(w, i18n.BidiExplicit)
	}
}

// end writes what goes after the output: CSI 8 h when b.bdsm.
func (b bidiOutput) end(w io.Writer) {
	if b.bdsm {
		_, _ = io.WriteString(w, i18n.BidiImplicit)
	}
}

// errNoTTY is returned by openTTY where the process has no terminal to ask.
var errNoTTY = errors.New("no controlling terminal to ask")

// askControllingTerminal asks the process's controlling terminal (askBidi), with it in
// raw mode for as long as the question lasts. Any failure counts as no answer.
func askControllingTerminal(timeout time.Duration) (ansi.ModeSetting, bool) {
	tty, restore, err := openTTY()
	if err != nil {
		return 0, false
	}
	defer func() {
		restore()
		tty.Close()
	}()
	return askBidi(tty, timeout)
}

// ttyFile is the controlling terminal, opened for asking it.
type ttyFile interface {
	queryTerminal
	Close() error
}

var _ ttyFile = (*os.File)(nil)
