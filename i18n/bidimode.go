package i18n

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"
)

// BidiMode says who puts right-to-left text into the order it is drawn in:
// the program or the terminal (--bidi app|terminal|auto).
//
// Most terminals draw characters left to right in the order they receive
// them (xterm, kitty, Alacritty, WezTerm, Windows Terminal, tmux, the Linux
// console), and so do receipt printers and lp: they need BidiApp. A few
// reorder right-to-left text themselves (VTE terminals such as GNOME
// Terminal, Konsole, mlterm, mintty, macOS Terminal): they need
// BidiTerminal, or BidiApp with their own reordering switched off (BDSM,
// see BidiExplicit). Screen readers and scripts read logical order.
type BidiMode int

const (
	// BidiAuto asks the terminal (BidiModeFromReport) and is resolved to
	// BidiApp or BidiTerminal before anything is laid out. Layout functions
	// given BidiAuto treat it as BidiTerminal.
	BidiAuto BidiMode = iota
	// BidiApp: the program resolves each paragraph's direction, wraps it in
	// logical order, reorders each line to visual order (ReorderLines) and
	// right-aligns right-to-left lines; the output holds no bidi controls.
	BidiApp
	// BidiTerminal: text goes out in logical order, with the isolates that
	// NumberRun writes, for a terminal (or reader) that reorders itself.
	BidiTerminal
)

// BidiModes are the values of --bidi, in the order help texts list them.
var BidiModes = []string{"app", "terminal", "auto"}

// String returns the mode as --bidi spells it: "app", "terminal" or "auto".
func (m BidiMode) String() string {
	switch m {
	case BidiApp:
		return "app"
	case BidiTerminal:
		return "terminal"
	}
	return "auto"
}

// ParseBidiMode reads a value of --bidi: app, terminal or auto.
func ParseBidiMode(s string) (BidiMode, error) {
	switch s {
	case "app":
		return BidiApp, nil
	case "terminal":
		return BidiTerminal, nil
	case "auto":
		return BidiAuto, nil
	}
	return BidiAuto, fmt.Errorf("unknown bidi mode %q: choose app, terminal or auto", s)
}

// The control sequences of ECMA-48's Bi-Directional Support Mode (BDSM,
// mode 8) as the terminal-wg bidi recommendation uses them: set (CSI 8 h) is
// implicit mode, where the terminal reorders right-to-left text itself, and
// the default; reset (CSI 8 l) is explicit mode, where it draws each
// character in the cell it is written to, which is what BidiApp output
// needs. A terminal without bidi ignores both.
const (
	// BidiExplicit (CSI 8 l) asks a terminal not to reorder: sent when
	// BidiApp output starts on a terminal.
	BidiExplicit = ansi.ResetModeBiDirectionalSupport
	// BidiImplicit (CSI 8 h) gives the terminal its own reordering back:
	// sent when BidiApp output on a terminal ends.
	BidiImplicit = ansi.SetModeBiDirectionalSupport
	// BidiQuery (CSI 8 $ p, DECRQM for BDSM) asks whether the terminal
	// reorders; it answers CSI 8 ; Ps $ y (DECRPM). Bubble Tea v2 delivers
	// the answer as tea.ModeReportMsg.
	BidiQuery = ansi.RequestModeBiDirectionalSupport
)

// BidiModeFromReport resolves BidiAuto from the terminal's answer to
// BidiQuery: BidiTerminal when it says BDSM is set or permanently set (it
// reorders right-to-left text itself, and logical output keeps copy and
// paste in logical order too), and BidiApp for every other answer (not
// recognized, reset, permanently reset) and when there was none in time
// (answered false).
func BidiModeFromReport(setting ansi.ModeSetting, answered bool) BidiMode {
	if answered && setting.IsSet() {
		return BidiTerminal
	}
	return BidiApp
}
