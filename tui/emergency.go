package tui

import (
	tea "charm.land/bubbletea/v2"
)

// emergencyPage is the emergency screen, one key away from anywhere (0 or F2): every call
// the guide lists for an emergency, one line each, numbers first, then whom to call when,
// and what the call-taker needs to hear, in Norwegian with the reader's language.
// Which calls they are is guide data (content.Guide.EmergencyCalls), never a constant here.
type emergencyPage struct {
	scroller
	drawn drawnFor
}

func (p emergencyPage) title(c ctx) string { return c.text("ui.emergency_title") }

func (p emergencyPage) hasCrumbs() bool { return false }

func (p emergencyPage) layout(c ctx, w, h int) page {
	if key := drawnAs(c, w, 0); key != p.drawn || p.all == nil {
		_, calls := c.g.EmergencyCalls(c.lang, c.now)
		lines := callRows(c, calls, w)
		lines = append(lines, "")
		lines = append(lines, c.lines(c.text("ui.emergency_body"), w, nil)...)
		if say := c.g.WhatToSay(c.lang, c.now); len(say) > 0 {
			lines = append(lines, "")
			lines = append(lines, sayLines(c, c.text("ui.what_to_say"), say, w)...)
		}
		p.all, p.drawn = lines, key
	}
	p.set(p.all, h)
	return p
}

func (p emergencyPage) body() scroller { return p.scroller }

// enable: the screen closes with Esc (not with 0 or F2 again, so that a person who
// presses 0 twice in a hurry still sees the numbers).
func (p emergencyPage) enable(k *KeyMap) {
	p.scroller.enable(k)
	k.Close.SetKeys("esc", "alt+esc", "backspace", "left")
	k.Close.SetEnabled(true)
	k.Help.SetEnabled(true)
}

func (p emergencyPage) update(msg tea.Msg, k KeyMap) (page, result) {
	if p.scroller.update(msg, k) {
		return p, result{kind: changed}
	}
	return p, result{}
}

func (p emergencyPage) click(int) (page, result) { return p, result{} }
