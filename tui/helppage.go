package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// helpPage explains the guide and lists the keys of the screen it was opened from, made
// from the same KeyMap as the help line (so it lists what works there, nothing else).
type helpPage struct {
	scroller
	under KeyMap // the keys as enabled on the screen below
}

func (p helpPage) title(c ctx) string { return c.text("ui.help_title") }

func (p helpPage) hasCrumbs() bool { return false }

func (p helpPage) layout(c ctx, w, h int) page {
	lines := wrap(c.text("ui.help_body"), w)
	hm := help.New()
	hm.Styles = c.styles.Help
	hm.SetWidth(w)
	if full := hm.FullHelpView(p.under.FullHelp()); full != "" {
		lines = append(lines, "")
		lines = append(lines, strings.Split(full, "\n")...)
	}
	p.set(lines, h)
	return p
}

func (p helpPage) body() scroller { return p.scroller }

// enable: the help closes with Esc, or with F1 or ? again.
func (p helpPage) enable(k *KeyMap) {
	p.scroller.enable(k)
	k.Close.SetKeys("esc", "backspace", "left", "f1", "?")
	k.Close.SetHelp("esc", k.Back.Help().Desc)
	k.Close.SetEnabled(true)
	k.Emergency.SetEnabled(true)
}

func (p helpPage) update(msg tea.Msg, k KeyMap) (page, result) {
	if p.scroller.update(msg, k) {
		return p, result{kind: changed}
	}
	return p, result{}
}

func (p helpPage) click(int) (page, result) { return p, result{} }
