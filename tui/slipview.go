package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"helseguide/content"
	"helseguide/content/slip"
	"helseguide/i18n"
)

// slipPage shows the take-away slip of the answer (F4): the same plain text that
// "helseguide answer --format slip" prints (content/slip), at the terminal's width, in the
// reader's language with the second language beside it. With a printer command
// (--print-cmd), F8 gives it to the printer. Nothing is saved.
type slipPage struct {
	scroller
	own, also *content.Document
	width     int  // the printed slip's width (--width), 0 for the terminal's
	canPrint  bool // there is a printer command
	printing  bool // the slip is on its way to the printer
	status    string
	failed    bool
	drawn     drawnFor
	drawnSt   string
}

// printedMsg is the printer command's answer.
type printedMsg struct{ err error }

// slipPage opens the slip of the answer on screen, or nil when there is none.
func (m *Model) slipPage() page {
	a, ok := m.page.(answerPage)
	if !ok {
		return nil
	}
	var also *content.Document
	if second := m.secondLang(); second != "" {
		also = m.documentIn(second)
	}
	return slipPage{own: a.doc, also: also, width: m.slipWidth, canPrint: m.print != nil}
}

func (p slipPage) title(c ctx) string { return c.text("ui.slip") }

func (p slipPage) hasCrumbs() bool { return false }

// shownWidth is the width the slip is shown at on a w-column terminal: the printed width,
// or less when the terminal is narrower, and never below slip.MinWidth (a narrower
// terminal sees its lines wrapped).
func (p slipPage) shownWidth(w int) int {
	sw := w
	if p.width > 0 {
		sw = min(p.width, w)
	}
	return max(sw, slip.MinWidth)
}

func (p slipPage) layout(c ctx, w, h int) page {
	if key := drawnAs(c, w, 0); key != p.drawn || p.drawnSt != p.status || p.all == nil {
		var lines []string
		if p.status != "" {
			style := c.styles.OpenNow
			if p.failed {
				style = c.styles.ClosedNow
			}
			lines = append(c.lines(p.status, w, style), "")
		}
		// On screen the slip is in the order of the rest of the screen (--bidi): in visual
		// order, right-to-left lines right-aligned, in the app layout. A printer gets it in
		// visual order always (see printSlip).
		sw := p.shownWidth(w)
		mode := c.bidi
		if sw > w {
			// A terminal narrower than any slip: the lines, in logical order, go on
			// under themselves, so that no number is cut off; in the app layout they
			// are reordered once they are wrapped.
			mode = i18n.BidiTerminal
		}
		text, err := slip.Layout(p.own, p.also, sw, mode)
		if err != nil {
			text = err.Error()
		}
		for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			if width(l) > w {
				lines = append(lines, c.lines(l, w, nil)...)
				continue
			}
			if mode != c.bidi {
				l = strings.Join(c.lines(l, w, nil), "\n") // fits: reordered, not wrapped
			}
			lines = append(lines, l)
		}
		p.all, p.drawn, p.drawnSt = lines, key, p.status
	}
	p.set(p.all, h)
	return p
}

func (p slipPage) body() scroller { return p.scroller }

// enable: the slip scrolls, closes with Esc or F4 again, and prints with F8 when there is
// a printer command and the slip is not on its way already.
func (p slipPage) enable(k *KeyMap) {
	p.scroller.enable(k)
	k.Close.SetKeys("esc", "alt+esc", "backspace", "left", "f4")
	k.Close.SetHelp("esc", k.Back.Help().Desc)
	k.Close.SetEnabled(true)
	k.Emergency.SetEnabled(true)
	k.Help.SetEnabled(false)
	k.Print.SetEnabled(p.canPrint && !p.printing)
}

func (p slipPage) update(msg tea.Msg, k KeyMap) (page, result) {
	if p.scroller.update(msg, k) {
		return p, result{kind: changed}
	}
	return p, result{}
}

func (p slipPage) click(int) (page, result) { return p, result{} }

// printWidth is the width of the printed slip: --width, else the terminal's.
func (m *Model) printWidth() int {
	if m.slipWidth > 0 {
		return m.slipWidth
	}
	return max(m.width, slip.MinWidth)
}

// printSlip gives the slip on screen to the printer command, in a command of its own: the
// printer may take its time, and the guide goes on meanwhile.
func (m *Model) printSlip() tea.Cmd {
	p, ok := m.overlay.(slipPage)
	if !ok || m.print == nil || p.printing {
		return nil
	}
	// Printers do no bidi: a printed slip is in visual order, right-to-left lines
	// right-aligned, as answer --format slip --print-cmd prints it.
	text, err := slip.Layout(p.own, p.also, m.printWidth(), i18n.BidiApp)
	if err != nil {
		return func() tea.Msg { return printedMsg{err: err} }
	}
	p.printing, p.status, p.failed = true, "", false
	m.overlay = p
	print := m.print
	return func() tea.Msg { return printedMsg{err: print(text)} }
}

// printed shows the printer's answer on the slip, when the slip is still open (under a
// kiosk's "still there?" too), and reports whether the screen changed.
func (m *Model) printed(err error) bool {
	set := func(pg page) (page, bool) {
		p, ok := pg.(slipPage)
		if !ok || !p.printing {
			return pg, false
		}
		p.printing = false
		c := m.ctx()
		if err != nil {
			p.status, p.failed = c.text("ui.print_failed")+" "+content.CleanText(firstLine(err.Error())), true
		} else {
			p.status, p.failed = c.text("ui.printed"), false
		}
		return p, true
	}
	if st, ok := m.overlay.(stillTherePage); ok {
		var changed bool
		st.under, changed = set(st.under)
		m.overlay = st
		return changed
	}
	var changed bool
	m.overlay, changed = set(m.overlay)
	return changed
}

// firstLine is the first line of s, at most 200 bytes of it.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 200 {
		s = truncate(s, 200)
	}
	return s
}
