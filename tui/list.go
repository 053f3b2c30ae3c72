package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// optionList is the numbered options of the language picker and of a question, below a
// few lines of text (the question and its hint). Nothing is selected until the person
// presses an arrow (or returns to a question answered before): Enter alone then does
// nothing. A digit chooses at once; so does a click.
type optionList struct {
	scroller
	n        int
	cursor   int      // selected option, -1 for none
	span     [][2]int // body lines of each option, [from, to)
	lineItem []int    // option of each body line, -1 for other lines
	follow   bool     // the selection moved: scroll it into view at the next build
	drawn    drawnFor
}

// option is one option's text: the main text and, under it, a fainter line (a language's
// review status), which may be "".
type option struct{ main, sub string }

// build lays out head (lines that fit w already) and the options at w x h, drawing them
// only when what they depend on changed, and scrolls the selection into view when it moved.
func (l *optionList) build(c ctx, head func() []string, opts func() []option, w, h int) {
	if key := drawnAs(c, w, l.cursor); key != l.drawn || l.all == nil {
		l.draw(c, head(), opts(), w)
		l.drawn = key
	}
	l.set(l.all, h)
	if l.follow && l.cursor >= 0 && l.cursor < len(l.span) {
		l.show(l.span[l.cursor][0], l.span[l.cursor][1])
	}
	l.follow = false
}

// draw makes the lines of head and the options at width w.
func (l *optionList) draw(c ctx, head []string, opts []option, w int) {
	l.n = len(opts)
	lines := append([]string(nil), head...)
	l.lineItem = make([]int, len(head), len(head)+2*len(opts))
	for i := range l.lineItem {
		l.lineItem[i] = -1
	}
	l.span = nil
	for i, o := range opts {
		from := len(lines)
		for _, line := range l.optionLines(c, i, o, w) {
			lines = append(lines, line)
			l.lineItem = append(l.lineItem, i)
		}
		l.span = append(l.span, [2]int{from, len(lines)})
	}
	l.all = lines
}

// optionLines draws option i: a marker when it is selected, its number (1 to 9; a tenth
// option has none, since one key cannot type 10), its text wrapped under itself. An option
// that reads from the right (see bidi.go) has them on its right: "نعم  1 ‹".
func (l *optionList) optionLines(c ctx, i int, o option, w int) []string {
	st := c.styles
	marker, style := "  ", st.Option
	if i == l.cursor {
		marker, style = "› ", st.Selected
	}
	num := " "
	if i < 9 {
		num = fmt.Sprint(i + 1)
	}
	// The widest prefix that leaves room for text.
	gap := "  "
	if w < 12 {
		marker, gap = string([]rune(marker)[0]), " "
	}
	prefix := marker + num + gap
	styledPrefix := marker + st.OptionKey.Render(num) + gap
	rprefix := gap + st.OptionKey.Render(num) + mirrorMarker(marker)
	if width(prefix) >= w {
		prefix, styledPrefix, rprefix = "", "", ""
	}
	text := w - width(prefix)
	lines := c.lines(o.main, text, style)
	if o.sub != "" {
		lines = append(lines, c.lines(o.sub, text, st.Faint)...)
	}
	return hang(styledPrefix, rprefix, lines, c.readsFromRight(o.main))
}

// update handles the keys and the mouse wheel of the list: the arrows move the selection,
// Enter takes it, a digit chooses. It reports the option chosen, or whether the list
// changed.
func (l *optionList) update(msg tea.Msg, k KeyMap) (chosen int, changed bool) {
	chosen = -1
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if i, ok := k.choice(msg, l.n); ok {
			return i, false
		}
		switch {
		case key.Matches(msg, k.Select) && l.cursor >= 0:
			return l.cursor, false
		case key.Matches(msg, k.Down):
			l.cursor = (l.cursor + 1) % l.n
			l.follow = true
			return -1, true
		case key.Matches(msg, k.Up):
			if l.cursor < 0 {
				l.cursor = l.n - 1
			} else {
				l.cursor = (l.cursor + l.n - 1) % l.n
			}
			l.follow = true
			return -1, true
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			return -1, l.scrollBy(3)
		case tea.MouseWheelUp:
			return -1, l.scrollBy(-3)
		}
	}
	return -1, false
}

// clicked returns the option on body line i, or -1.
func (l *optionList) clicked(i int) int {
	if i < 0 || i >= len(l.lineItem) {
		return -1
	}
	return l.lineItem[i]
}

// enable enables the list's keys: digits for its options, the arrows, and Enter once an
// option is selected.
func (l *optionList) enable(k *KeyMap) {
	k.setOptions(l.n)
	k.Choose.SetEnabled(l.n > 0)
	k.Up.SetEnabled(l.n > 0)
	k.Down.SetEnabled(l.n > 0)
	k.Select.SetEnabled(l.cursor >= 0)
}
