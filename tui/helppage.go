package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// helpPage explains the guide and lists the keys of the screen it was opened from, made
// from the same KeyMap as the help line (so it lists what works there, nothing else).
type helpPage struct {
	scroller
	drawn drawnFor
	under KeyMap // the keys as enabled on the screen below
}

func (p helpPage) title(c ctx) string { return c.text("ui.help_title") }

func (p helpPage) hasCrumbs() bool { return false }

func (p helpPage) layout(c ctx, w, h int) page {
	if key := drawnAs(c, w, 0); key != p.drawn || p.all == nil {
		lines := c.lines(c.text("ui.help_body"), w, nil)
		if keys := keyLines(c, p.under, w); len(keys) > 0 {
			lines = append(lines, "")
			lines = append(lines, keys...)
		}
		p.all, p.drawn = lines, key
	}
	p.set(p.all, h)
	return p
}

// keyLines lists the enabled bindings of k, one a line: the key, then what it does,
// wrapped under itself. (The help bubble's full view sets them in columns, which do not
// fit a narrow terminal.)
func keyLines(c ctx, k KeyMap, w int) []string {
	var enabled []key.Binding
	keyW := 0
	for _, col := range k.FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				enabled = append(enabled, b)
				keyW = max(keyW, width(b.Help().Key))
			}
		}
	}
	if c.mirrored() {
		return keyLinesFromRight(c, enabled, keyW, w)
	}
	st := c.styles.Help
	var lines []string
	for _, b := range enabled {
		h := b.Help()
		if keyW+2+8 > w {
			lines = append(lines, styled(wrap(h.Key, w), st.FullKey)...)
			lines = append(lines, styled(wrap(h.Desc, w), st.FullDesc)...)
			continue
		}
		prefix := st.FullKey.Render(h.Key) + strings.Repeat(" ", keyW-width(h.Key)+2)
		lines = append(lines, indent(prefix, styled(wrap(h.Desc, w-keyW-2), st.FullDesc))...)
	}
	return lines
}

func (p helpPage) body() scroller { return p.scroller }

// enable: the help closes with Esc, or with F1 or ? again.
func (p helpPage) enable(k *KeyMap) {
	p.scroller.enable(k)
	k.Close.SetKeys("esc", "alt+esc", "backspace", "left", "f1", "?")
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
