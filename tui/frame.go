package tui

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/i18n"
)

// A frame is one whole screen, top to bottom:
//
//	the emergency line          always, at every size (113 · 116 117)
//	the title                   when the terminal has 3 rows or more
//	the breadcrumbs             on questions and answers, from 8 rows
//	the body                    the screen's own lines, scrolled
//	the key help                the enabled keys, from 4 rows
//
// Model.relayout puts it together here, in one place, from lines that already fit the
// width: no line is cut afterwards except by the last guard in View. Right-to-left text is
// put in the order --bidi asks for by the pages as they draw, before lines are styled
// (see bidi.go).

// ctx is what every screen draws with: the guide, the session's language and clock, and
// the styles. It is read-only for the screens.
type ctx struct {
	g      *content.Guide
	lang   string
	now    time.Time
	styles *Styles
	md     *markdownCache
	bidi   i18n.BidiMode  // the layout: i18n.BidiApp (visual order) or i18n.BidiTerminal
	dir    i18n.Direction // the language's direction
	links  bool           // phone numbers are tel: hyperlinks (see Options.Links)
}

// text returns a UI string in the current language with facts filled in.
func (c ctx) text(key string) string { return c.g.Text(c.lang, key, c.now, nil) }

// renderer is a style that can render text (a lipgloss.Style).
type renderer interface{ Render(...string) string }

// styled styles each line of plain text lines with a style that sets only attributes and
// colours (no width, padding or border), as style.Render would line by line; it asks the
// style for its escape sequences once, since Lip Gloss's Render costs microseconds a call
// and an answer has hundreds of lines.
func styled(lines []string, style renderer) []string {
	p := paintOf(style)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = p.paint(l)
	}
	return out
}

// paint is a style's escape sequences: what goes before and after a line of text.
type paint struct{ pre, post string }

// paintOf asks a style (attributes and colours only) for its escape sequences.
func paintOf(style renderer) paint {
	sample := style.Render("x")
	i := strings.IndexByte(sample, 'x')
	return paint{sample[:i], sample[i+1:]}
}

// paint styles one line of plain text; an empty line stays empty.
func (p paint) paint(s string) string {
	if s == "" {
		return ""
	}
	return p.pre + s + p.post
}

// indent puts prefix before the first line and as many spaces before the others.
func indent(prefix string, lines []string) []string {
	pad := strings.Repeat(" ", width(prefix))
	out := make([]string, len(lines))
	for i, l := range lines {
		if i == 0 {
			out[i] = prefix + l
		} else if l != "" {
			out[i] = pad + l
		}
	}
	return out
}

// scroller is a body taller than its window: the lines and the first one shown.
type scroller struct {
	all    []string
	offset int
	height int
}

// set replaces the lines and the window height, keeping the offset where it can.
func (s *scroller) set(lines []string, height int) {
	s.all, s.height = lines, max(height, 0)
	s.clamp()
}

func (s *scroller) clamp() {
	s.offset = max(min(s.offset, len(s.all)-s.height), 0)
}

// visible returns the lines in the window.
func (s scroller) visible() []string {
	end := min(s.offset+s.height, len(s.all))
	if s.offset >= end {
		return nil
	}
	return s.all[s.offset:end]
}

// more reports whether lines below the window are hidden.
func (s scroller) more() bool { return s.offset+s.height < len(s.all) }

// scrolled reports whether lines above the window are hidden.
func (s scroller) scrolled() bool { return s.offset > 0 }

// scrollBy moves the window by n lines and reports whether it moved.
func (s *scroller) scrollBy(n int) bool {
	old := s.offset
	s.offset += n
	s.clamp()
	return s.offset != old
}

// show moves the window as little as possible so that lines from to to (exclusive) are in
// it, the first of them when they do not all fit.
func (s *scroller) show(from, to int) {
	if to-from > s.height {
		to = from + s.height
	}
	if to > s.offset+s.height {
		s.offset = to - s.height
	}
	if from < s.offset {
		s.offset = from
	}
	s.clamp()
}

// line returns the index in all of the window's row y, or -1.
func (s scroller) line(y int) int {
	if y < 0 || y >= s.height || s.offset+y >= len(s.all) {
		return -1
	}
	return s.offset + y
}

// update scrolls by the scroll keys and the mouse wheel and reports whether the window
// moved.
func (s *scroller) update(msg tea.Msg, k KeyMap) bool {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.ScrollDown):
			return s.scrollBy(1)
		case key.Matches(msg, k.ScrollUp):
			return s.scrollBy(-1)
		case key.Matches(msg, k.PageDown):
			return s.scrollBy(max(s.height-1, 1))
		case key.Matches(msg, k.PageUp):
			return s.scrollBy(-max(s.height-1, 1))
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			return s.scrollBy(3)
		case tea.MouseWheelUp:
			return s.scrollBy(-3)
		}
	}
	return false
}

// enable enables the scroll keys that move the window from where it is.
func (s scroller) enable(k *KeyMap) {
	k.ScrollDown.SetEnabled(s.more())
	k.PageDown.SetEnabled(s.more())
	k.ScrollUp.SetEnabled(s.scrolled())
	k.PageUp.SetEnabled(s.scrolled())
}

// drawnFor remembers what a page's lines were drawn for, so that scrolling, and resizes
// that leave them as they are, draw nothing again.
type drawnFor struct {
	styles *Styles
	lang   string
	bidi   i18n.BidiMode
	w      int
	extra  int // what else the lines depend on: the selected option, the answer's split
}

// drawnAs returns what a page's lines drawn now in c at width w depend on.
func drawnAs(c ctx, w, extra int) drawnFor {
	return drawnFor{styles: c.styles, lang: c.lang, bidi: c.bidi, w: w, extra: extra}
}

// telLink makes text (a phone number as shown, styled or not) a tel: hyperlink (OSC 8) to
// tel, the number's digits, when the terminal shows hyperlinks (ctx.links); else it
// returns text as it is. The link takes no cells: widths are unchanged.
func (c ctx) telLink(tel, text string) string {
	if !c.links || tel == "" || text == "" {
		return text
	}
	return ansi.SetHyperlink("tel:"+tel) + text + ansi.ResetHyperlink()
}

// linkNumbers makes the first place each call's number stands in plain text s a tel:
// link (see telLink), for a line that names numbers inside a sentence; also where it is
// written with no-break spaces, as content.NumberIn writes it into Arabic and Dari.
func (c ctx) linkNumbers(s string, calls []content.CallLine) string {
	if !c.links {
		return s
	}
	type at struct {
		from, to int
		tel      string
	}
	var found []at
	for _, call := range calls {
		number := call.Number
		i := strings.Index(s, number)
		if i < 0 {
			number = strings.ReplaceAll(number, " ", "\u00a0")
			i = strings.Index(s, number)
		}
		if i < 0 || number == "" {
			continue
		}
		overlaps := slices.ContainsFunc(found, func(f at) bool { return i < f.to && f.from < i+len(number) })
		if !overlaps {
			found = append(found, at{i, i + len(number), call.Tel})
		}
	}
	slices.SortFunc(found, func(a, b at) int { return a.from - b.from })
	var b strings.Builder
	last := 0
	for _, f := range found {
		b.WriteString(s[last:f.from])
		b.WriteString(c.telLink(f.tel, s[f.from:f.to]))
		last = f.to
	}
	b.WriteString(s[last:])
	return b.String()
}

// columnGap stands between two columns of text.
const columnGap = " │ "

// columns sets two blocks of lines side by side: left padded to leftW cells, the gap, then
// right, as many rows as the longer block. The lines fit their columns already, in the
// order they are drawn (right-to-left ones reordered and right-aligned in their column).
func columns(c ctx, left, right []string, leftW int) []string {
	gap := paintOf(c.styles.Faint).paint(columnGap)
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := range n {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = strings.TrimRight(padRight(l, leftW)+gap+r, " ")
	}
	return out
}
