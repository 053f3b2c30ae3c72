package tui

import (
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/i18n"
)

// Who orders right-to-left text, settled at start (Options.Bidi, --bidi), and what the
// guide tells the terminal about it. See bidi.go for the layouts.
//
//   - i18n.BidiApp: the app layout. Init sends CSI 8 l (BDSM reset, ECMA-48's explicit
//     mode), so that a terminal that reorders right-to-left text by itself does not do it
//     a second time, and Run sends CSI 8 h when the guide ends, however it ends.
//   - i18n.BidiTerminal: the logical layout, and nothing is sent.
//   - i18n.BidiAuto: Init asks the terminal whether it reorders (DECRQM for BDSM) and, in
//     the same write, sends CSI 8 l: the terminal answers as it was before. The first
//     frame does not wait for the answer: the guide draws the app layout from the start.
//     When the terminal says within bidiTimeout that BDSM is set (it reorders itself, as
//     VTE terminals do), the guide sends CSI 8 h at once, has the screen drawn again
//     from scratch, and switches to the logical layout for good. Any other answer, or
//     none in time, keeps the app layout. A later answer changes no layout: CSI 8 l has
//     put a terminal that knows BDSM into explicit mode, where the app layout is right.
//
// At the end CSI 8 h is owed when CSI 8 l was sent, unless the terminal said that BDSM was
// reset before (it was in explicit mode already: setting it would change what it said), or
// it was given back already. A terminal that does not know BDSM ignores both sequences.

// bidiTimeout is how long the guide waits for the terminal's answer before it settles on
// the app layout.
const bidiTimeout = 200 * time.Millisecond

// bidiTimeoutMsg says that bidiTimeout has passed since the question.
type bidiTimeoutMsg struct{}

// bdsmState is what the guide owes the terminal's BDSM when it ends. It is shared by
// copies of the model, and Run reads it once the program has ended.
type bdsmState struct {
	owed atomic.Bool // CSI 8 h must be sent at the end
}

// bidiStart sets the mode to start in from --bidi.
func (m *Model) bidiStart(mode i18n.BidiMode) {
	m.bdsm = &bdsmState{}
	switch mode {
	case i18n.BidiTerminal:
		m.bidi = i18n.BidiTerminal
	case i18n.BidiApp:
		m.bidi = i18n.BidiApp
	default:
		m.bidi, m.bidiAsking = i18n.BidiApp, true
		m.bidiAuto = true
	}
}

// bidiInit returns what Init sends for the bidi mode: see the top of this file.
func (m Model) bidiInit() tea.Cmd {
	switch {
	case m.bidiAsking:
		m.bdsm.owed.Store(true)
		return tea.Batch(
			tea.Raw(i18n.BidiQuery+i18n.BidiExplicit),
			tea.Tick(bidiTimeout, func(time.Time) tea.Msg { return bidiTimeoutMsg{} }),
		)
	case m.bidi == i18n.BidiApp:
		m.bdsm.owed.Store(true)
		return tea.Raw(i18n.BidiExplicit)
	}
	return nil
}

// bidiReport takes the terminal's answer about BDSM (setting) and reports whether the
// layout changed; cmd is what to send the terminal.
func (m *Model) bidiReport(setting ansi.ModeSetting) (changed bool, cmd tea.Cmd) {
	if !m.bidiAuto {
		return false, nil // not asked
	}
	if i18n.BidiModeFromReport(setting, true) != i18n.BidiTerminal {
		// It did not reorder before: BDSM reset (leave it so), or unknown.
		if setting.IsReset() {
			m.bdsm.owed.Store(false)
		}
		m.bidiAsking = false
		return false, nil
	}
	if !m.bidiAsking {
		return false, nil // too late: it stays in explicit mode until the end
	}
	m.bidiAsking = false
	m.bdsm.owed.Store(false)
	m.bidi = i18n.BidiTerminal
	return true, tea.Sequence(tea.Raw(i18n.BidiImplicit), tea.ClearScreen)
}
