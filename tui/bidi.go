package tui

import (
	"encoding/json"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	glamouransi "charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

// Right-to-left text on screen. Arabic and Dari read from right to left, with numbers and
// Norwegian names left to right inside them. Who puts such text in the order it is drawn
// is the bidi mode (--bidi, see bidimode.go):
//
//   - i18n.BidiTerminal: every line goes out in logical order, with the isolates that
//     content.NumberIn writes, for a terminal that reorders by itself (VTE, Konsole,
//     mlterm …). The layout is the left-to-right one.
//   - i18n.BidiApp: the guide draws what a terminal without bidi (xterm, kitty, tmux, the
//     Linux console …) must show. Each paragraph gets its direction from its letters
//     (i18n.TextDirection, the language's for a line without letters), is wrapped in
//     logical order, and only then are its lines reordered to visual order
//     (i18n.ReorderLines): never before wrapping, and never a line with escape
//     sequences in it. Styles are painted onto the visual lines, and the lines of a
//     right-to-left paragraph are right-aligned. In an Arabic or Dari screen the whole
//     layout is mirrored (ctx.mirrored): what stands on the left of an English line
//     stands on its right, so option digits, list bullets, call numbers and the keys of
//     the help stand beside their text on the side where it begins, and rows of parts
//     (breadcrumbs, call rows, the key help) read from right to left. No line holds an
//     invisible bidi control.
//
// Left-to-right text comes out the same, byte for byte, in both modes. The answer's
// advice in a right-to-left language is not drawn by Glamour in app mode, whose lines
// come styled: it is laid out here from plaintext.Blocks, with its headings painted as the
// Glamour style paints them and its list markers on the right (visualMarkdown).

// visual reports whether c draws right-to-left text in visual order (--bidi app).
func (c ctx) visual() bool { return c.bidi == i18n.BidiApp }

// mirrored reports whether the screen's layout is mirrored: visual order, in a
// right-to-left language.
func (c ctx) mirrored() bool { return c.visual() && c.dir == i18n.RightToLeft }

// readsFromRight reports whether plain text s is laid out from the right: in visual order,
// when s is a right-to-left paragraph.
func (c ctx) readsFromRight(s string) bool {
	return c.visual() && i18n.TextDirection(s, c.dir) == i18n.RightToLeft
}

// order returns one line of plain text s as it is drawn, and whether it reads from the
// right: in visual order reordered by its own direction (the language's when it has no
// letters), without bidi controls; otherwise as it is.
func (c ctx) order(s string) (string, bool) {
	if !c.visual() {
		return s, false
	}
	return visualLine(s, c.dir)
}

// visualLine returns one line of plain text s in visual order, and whether it reads from
// the right. Text without right-to-left characters keeps its order; only its bidi
// controls, if any, are dropped.
func visualLine(s string, fallback i18n.Direction) (string, bool) {
	dir := i18n.TextDirection(s, fallback)
	if dir == i18n.LeftToRight && !i18n.HasRightToLeft(s) {
		return i18n.StripBidiControls(s), false
	}
	return i18n.Visual(s, dir), dir == i18n.RightToLeft
}

// line lays out one line of plain text s that fits w (cut it first, in logical order, so
// that what is left out is its end): in the order c draws it, rendered with style, and
// right-aligned at w when it reads from the right.
func (c ctx) line(s string, w int, style renderer) string {
	o, right := c.order(s)
	if width(o) > w { // a grapheme cluster parted by reordering (see visualParagraph)
		o = truncate(o, w)
	}
	return alignRight(style.Render(o), right, w)
}

// lines wraps plain text s at w cells (see wrap) and paints each line with style (nil for
// none). In visual order each paragraph of s (its '\n'-separated parts) is wrapped in
// logical order, then its lines are reordered by the paragraph's direction, and those of a
// right-to-left paragraph right-aligned at w.
func (c ctx) lines(s string, w int, style renderer) []string {
	if !c.visual() {
		if style == nil {
			return wrap(s, w)
		}
		return styled(wrap(s, w), style)
	}
	var p paint
	if style != nil {
		p = paintOf(style)
	}
	return visualLines(s, w, p, c.dir)
}

// visualLines is lines in visual order, with fallback the direction of a paragraph
// without letters.
func visualLines(s string, w int, p paint, fallback i18n.Direction) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		dir := i18n.TextDirection(para, fallback)
		for _, l := range visualParagraph(para, w, dir) {
			out = append(out, alignRight(p.paint(l), dir == i18n.RightToLeft, w))
		}
	}
	return out
}

// visualParagraph wraps one paragraph in logical order at w and reorders its lines by
// dir. Reordering keeps a line's width, except where it parts a grapheme cluster that is
// not a letter with its marks (an emoji and its skin tone, which no text of the guide
// holds): such a paragraph is wrapped again, narrower, and a line still too wide is cut.
func visualParagraph(para string, w int, dir i18n.Direction) []string {
	if dir == i18n.LeftToRight && !i18n.HasRightToLeft(para) {
		lines := wrap(para, w)
		for i, l := range lines {
			lines[i] = i18n.StripBidiControls(l)
		}
		return lines
	}
	narrower := w
	for {
		lines := i18n.ReorderLines(wrap(para, narrower), dir)
		over := 0
		for _, l := range lines {
			over = max(over, width(l)-w)
		}
		if over == 0 {
			return lines
		}
		if narrower-over < 1 || narrower < w-8 {
			for i, l := range lines {
				lines[i] = truncate(l, w)
			}
			return lines
		}
		narrower -= over
	}
}

// alignRight pads line (styled or plain) on the left to w cells when right is set.
func alignRight(line string, right bool, w int) string {
	if !right || line == "" {
		return line
	}
	if n := w - width(line); n > 0 {
		return strings.Repeat(" ", n) + line
	}
	return line
}

// hang puts prefix before the first of lines and as many spaces before the others, as
// indent does. When right is set the lines read from the right (laid out by lines, at the
// width the prefix leaves), and rprefix, the prefix as it stands on the right of them
// ("  1 ‹" for "› 1  "), goes after the first line instead, and spaces after the others.
func hang(prefix, rprefix string, lines []string, right bool) []string {
	if !right {
		return indent(prefix, lines)
	}
	pad := strings.Repeat(" ", width(rprefix))
	out := make([]string, len(lines))
	for i, l := range lines {
		if i == 0 {
			out[i] = l + rprefix
		} else if l != "" {
			out[i] = l + pad
		}
	}
	return out
}

// mirrorMarker is a marker that stands on the left of a line ("› ", "• ") as it stands on
// the right of a line that reads from the right (" ‹", " •"): its characters in the other
// order, each as its mirror glyph.
func mirrorMarker(m string) string {
	s, _ := visualLine(m, i18n.RightToLeft)
	return s
}

// isolate returns text in language lang for a line in language in: when the two read in
// different directions, in a directional isolate of lang's direction (LRI or RLI … PDI),
// so that it is ordered as a whole and does not decide the line's direction
// (i18n.TextDirection skips isolates); else as it is.
func isolate(text, lang, in string) string {
	dir := i18n.DirectionOf(lang)
	if dir == i18n.DirectionOf(in) || text == "" {
		return text
	}
	if dir == i18n.RightToLeft {
		return "\u2067" + text + "\u2069" // RLI … PDI
	}
	return i18n.LeftToRightRun(text, i18n.RightToLeft)
}

// piece is one part of a row: plain text, its paint, whether it is drawn as it is, left to
// right (a key's name, a phone number), and the index of the breadcrumb it is (-1 for
// none).
type piece struct {
	text string
	p    paint
	keep bool
	id   int
}

// pieceWidth is the width of the pieces as drawn.
func pieceWidth(ps []piece) int {
	n := 0
	for _, p := range ps {
		n += width(p.text)
	}
	return n
}

// rowFromRight lays out pieces on one line from the right: the first piece at the right
// end, each piece's text in visual order by its own direction (unless keep), painted once
// it is in order; the row is right-aligned at w. It returns the line and, for each piece,
// the columns [from, to) it stands on. The pieces must fit w together: cut them first,
// in logical order (cutFront).
func rowFromRight(ps []piece, w int, fallback i18n.Direction) (string, [][2]int) {
	texts := make([]string, len(ps))
	total := 0
	for i, p := range ps {
		texts[i] = i18n.StripBidiControls(p.text)
		if !p.keep {
			texts[i], _ = visualLine(p.text, fallback)
		}
		total += width(texts[i])
	}
	var b strings.Builder
	x := max(w-total, 0)
	b.WriteString(strings.Repeat(" ", x))
	at := make([][2]int, len(ps))
	for i := len(ps) - 1; i >= 0; i-- {
		tw := width(texts[i])
		at[i] = [2]int{x, x + tw}
		x += tw
		b.WriteString(ps[i].p.paint(texts[i]))
	}
	return b.String(), at
}

// cutFront cuts pieces to fit w cells by leaving out their first cells in logical order,
// where a "…" then stands: the newest breadcrumbs stay. Pieces left out entirely are
// dropped. It never cuts a grapheme cluster.
func cutFront(ps []piece, w int) []piece {
	total := pieceWidth(ps)
	if total <= w {
		return ps
	}
	if w <= 0 {
		return nil
	}
	drop := total - (w - 1) // cells to leave out, with room for "…"
	for len(ps) > 0 && width(ps[0].text) <= drop {
		drop -= width(ps[0].text)
		ps = ps[1:]
	}
	if drop == 0 || len(ps) == 0 {
		return append([]piece{{text: ellipsis, id: -1}}, ps...)
	}
	first := ps[0]
	rest := first.text
	for gone := 0; gone < drop && rest != ""; {
		cluster, cw := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(cluster):]
		gone += cw
	}
	first.text = ellipsis + rest
	return append([]piece{first}, ps[1:]...)
}

// crumbsFromRight is crumbs for a mirrored screen: the breadcrumbs read from the right,
// the oldest on the right, and the newest stay when they do not all fit.
func (m *Model) crumbsFromRight(c ctx, w int) string {
	path := m.s.Path()
	build := func(prefix string) []piece {
		var ps []piece
		if prefix != "" {
			ps = append(ps, piece{text: prefix, id: -1})
		}
		for i, ch := range path {
			if i > 0 {
				ps = append(ps, piece{text: " › ", id: -1})
			}
			ps = append(ps, piece{text: c.text(content.CrumbKey(ch.Question, ch.Option)), id: i})
		}
		return ps
	}
	ps := build(c.text("ui.your_answers") + ": ")
	if pieceWidth(ps) > w {
		ps = build("")
	}
	ps = cutFront(ps, w)
	p := paintOf(c.styles.Crumbs)
	for i := range ps {
		ps[i].p = p
	}
	line, at := rowFromRight(ps, w, c.dir)
	m.crumbAt = nil
	for i, pc := range ps {
		if pc.id >= 0 && at[i][1] > at[i][0] {
			m.crumbAt = append(m.crumbAt, crumb{from: at[i][0], to: at[i][1], path: pc.id})
		}
	}
	return line
}

// shortHelpFromRight is shortHelp for a mirrored screen: the keys read from the right,
// each key on the right of what it does, right-aligned at w; "…" on the left when they
// do not all fit.
func shortHelpFromRight(st help.Styles, bindings []key.Binding, w int, fallback i18n.Direction) string {
	const sep, more = " • ", " …"
	keyP, descP, sepP := paintOf(st.ShortKey), paintOf(st.ShortDesc), paintOf(st.ShortSeparator)
	var ps []piece
	used := 0
	for _, kb := range bindings {
		if !kb.Enabled() {
			continue
		}
		k, desc := kb.Help().Key, kb.Help().Desc
		item := k + " " + desc
		s := item
		if used > 0 {
			s = sep + item
		}
		if used+width(s) > w {
			if used+width(more) <= w {
				ps = append(ps, piece{text: more, p: paintOf(st.Ellipsis), keep: true})
			}
			break
		}
		if used > 0 {
			ps = append(ps, piece{text: sep, p: sepP, keep: true})
		}
		ps = append(ps, piece{text: k, p: keyP, keep: true}, piece{text: " ", keep: true}, piece{text: desc, p: descP})
		used += width(s)
	}
	line, _ := rowFromRight(ps, w, fallback)
	return line
}

// keyLinesFromRight is keyLines for a mirrored screen: each key on the right, what it
// does on its left.
func keyLinesFromRight(c ctx, enabled []key.Binding, keyW, w int) []string {
	st := c.styles.Help
	var lines []string
	for _, b := range enabled {
		h := b.Help()
		if keyW+2+8 > w {
			for _, l := range wrap(h.Key, w) {
				lines = append(lines, alignRight(st.FullKey.Render(l), true, w))
			}
			lines = append(lines, c.lines(h.Desc, w, st.FullDesc)...)
			continue
		}
		rprefix := "  " + strings.Repeat(" ", keyW-width(h.Key)) + st.FullKey.Render(h.Key)
		lines = append(lines, hang("", rprefix, c.lines(h.Desc, w-keyW-2, st.FullDesc), true)...)
	}
	return lines
}

// callCardFromRight is the inside of callCard for a mirrored screen: the number on the
// right, what it is for on its left, the hours and whether the line is open under them,
// each line right-aligned at w.
func callCardFromRight(c ctx, call content.CallLine, w int) []string {
	st := c.styles
	number := wrap(call.Number, w)
	label := call.LabelWithNote()
	var lines []string
	if nw := width(number[0]); len(number) == 1 && w-nw-2 >= 10 {
		lines = hang("", "  "+c.telLink(call.Tel, st.CardNumber.Render(number[0])), c.lines(label, w-nw-2, nil), true)
	} else {
		for _, n := range number {
			lines = append(lines, alignRight(c.telLink(call.Tel, st.CardNumber.Render(n)), true, w))
		}
		lines = append(lines, c.lines(label, w, nil)...)
	}
	return append(lines, statusLines(c, call, w)...)
}

// statusFromRight is the status line of a call for a mirrored screen: hours, whether it is
// open now and when it opens next, read from the right.
func statusFromRight(c ctx, parts []statusPart, w int) string {
	var ps []piece
	for i, p := range parts {
		if i > 0 {
			ps = append(ps, piece{text: " · ", keep: true})
		}
		ps = append(ps, piece{text: p.text, p: paintOf(p.style)})
	}
	line, _ := rowFromRight(ps, w, c.dir)
	return line
}

// callRowFromRight is one call of callRows for a mirrored screen: the number on the right
// in a column numW wide, then what it is for and whether it is open (parts, status the
// whole of them), read from the right, as callRows cuts them to fit w.
func callRowFromRight(c ctx, call content.CallLine, numW int, label, status string, style renderer, parts []statusPart, w int) string {
	st := c.styles
	room := w - numW - 2
	switch {
	case status != "" && room-width(status)-3 >= 6:
		label = truncate(label, room-width(status)-3)
	case status != "" && width(status) <= room && room < 12:
		label, parts = "", []statusPart{{status, style}}
	default:
		label, parts = truncate(label, room), nil
	}
	ps := []piece{
		{text: call.Number, p: c.linkPaint(call.Tel, paintOf(st.CardNumber)), keep: true},
		{text: strings.Repeat(" ", numW-width(call.Number)+2), keep: true},
	}
	if label != "" {
		ps = append(ps, piece{text: label})
	}
	for _, p := range parts {
		if p.text == "" {
			continue
		}
		if len(ps) > 2 {
			ps = append(ps, piece{text: " · ", keep: true})
		}
		ps = append(ps, piece{text: p.text, p: paintOf(p.style)})
	}
	line, _ := rowFromRight(ps, w, c.dir)
	return line
}

// linkPaint is p with the text it paints made a tel: hyperlink to tel, as telLink does.
func (c ctx) linkPaint(tel string, p paint) paint {
	if !c.links || tel == "" {
		return p
	}
	return paint{pre: ansi.SetHyperlink("tel:"+tel) + p.pre, post: p.post + ansi.ResetHyperlink()}
}

// markdown returns the advice of answer d drawn at width w: by Glamour, or in visual order
// from the markdown's blocks (visualMarkdown) for a right-to-left language in app mode.
func (c ctx) markdown(d *content.Document, w int) []string {
	visual := c.visual() && i18n.DirectionOf(d.Lang) == i18n.RightToLeft
	return c.md.render(mdKey{answer: d.Answer, lang: d.Lang, width: w, style: c.styles.Markdown, visual: visual}, d.Markdown)
}

// visualMarkdown lays out markdown md of language lang in visual order at width w, with
// the shape Glamour gives it: a blank line between blocks, except after a heading and
// between the items of a list; headings painted with heading; list items with "• " (or
// their number) on the side where their text begins, their wrapped lines under their
// text, nested items two cells further in.
func visualMarkdown(md, lang string, w int, heading paint) []string {
	fallback := i18n.DirectionOf(lang)
	var out []string
	var prev plaintext.Block
	for i, b := range plaintext.Blocks(md) {
		if i > 0 && prev.Kind != plaintext.Heading && !sameList(prev, b) {
			out = append(out, "")
		}
		if b.Kind != plaintext.Item || b.Marker != "" {
			prev = b
		}
		switch b.Kind {
		case plaintext.Heading:
			out = append(out, visualLines(b.Text, w, heading, fallback)...)
		case plaintext.Item:
			out = append(out, visualItem(b, w, fallback)...)
		default:
			out = append(out, visualLines(b.Text, w, paint{}, fallback)...)
		}
	}
	return out
}

// sameList reports whether b is an item of the list whose last item was prev: both items,
// with markers of one kind (bullets, or numbers) unless b is nested or goes on an item.
func sameList(prev, b plaintext.Block) bool {
	if prev.Kind != plaintext.Item || b.Kind != plaintext.Item {
		return false
	}
	numbered := func(m string) bool { return strings.HasSuffix(m, ". ") }
	return b.Depth > 0 || b.Marker == "" || numbered(prev.Marker) == numbered(b.Marker)
}

// visualItem lays out one paragraph of a list item at width w: its marker ("• " for "- ")
// and indentation on the side where its text begins, its lines under its text. Where that
// leaves the text fewer than 8 cells the indentation goes, and below 4 the marker too.
func visualItem(b plaintext.Block, w int, fallback i18n.Direction) []string {
	marker := b.Marker
	switch marker {
	case "- ":
		marker = "• "
	case "":
		marker = "  " // a further paragraph of the item
	}
	prefix := strings.Repeat("  ", b.Depth) + marker
	if w-width(prefix) < 8 {
		prefix = marker
	}
	if w-width(prefix) < 4 {
		prefix = ""
	}
	lines := visualLines(b.Text, w-width(prefix), paint{}, fallback)
	right := i18n.TextDirection(b.Text, fallback) == i18n.RightToLeft
	return hang(prefix, mirrorMarker(prefix), lines, right)
}

// headingPaint is how the Glamour style named style ("dark", "light", "mono") paints
// headings: its "heading" colour, bold and italic.
func headingPaint(style string) paint {
	data, err := mdStyles.ReadFile("mdstyles/" + style + ".json")
	var cfg glamouransi.StyleConfig
	if err != nil || json.Unmarshal(data, &cfg) != nil {
		return paintOf(lipgloss.NewStyle().Bold(true))
	}
	h := cfg.Heading.StylePrimitive
	s := lipgloss.NewStyle()
	if h.Bold != nil {
		s = s.Bold(*h.Bold)
	}
	if h.Italic != nil {
		s = s.Italic(*h.Italic)
	}
	if h.Color != nil {
		s = s.Foreground(lipgloss.Color(*h.Color))
	}
	return paintOf(s)
}
