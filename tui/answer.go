package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"helseguide/content"
)

// answerPage shows the answer, answer first: the most important call as one prominent
// card, the other calls one line each, then the answer's advice, what to say on the phone
// (after 113 and 116 117), what to have ready, and the sources compactly at the end.
//
// Side by side (F3), the advice and what to have ready stand in a second language too (see
// sidebyside.go): in two columns on a wide terminal, one under the other on a narrow one.
// The calls are shared, not repeated.
type answerPage struct {
	scroller
	doc *content.Document
	// also is the same answer in the second language when it is shown beside doc; nil when
	// it is not.
	also *content.Document
	// paired tells whether the guide has a second language for doc's (F3 works).
	paired bool
	drawn  drawnFor
}

func newAnswerPage(doc, also *content.Document, paired bool) answerPage {
	return answerPage{doc: doc, also: also, paired: paired}
}

func (p answerPage) title(ctx) string {
	if p.also != nil && p.also.Title != p.doc.Title {
		// The second title in an isolate when it reads the other way, so that the line
		// takes the reader's direction (see bidi.go).
		return p.doc.Title + " · " + isolate(p.also.Title, p.also.Lang, p.doc.Lang)
	}
	return p.doc.Title
}

func (p answerPage) hasCrumbs() bool { return true }

// maxCardWidth is the widest the prominent card grows on a wide terminal.
const maxCardWidth = 72

// adviceRow is the last screen row (0-based, counted from the top of the terminal) on which
// the answer's first line of advice may start at 80x24: the prominent card is drawn
// without its frame when the frame would push the advice further down.
const adviceRow = 11

func (p answerPage) layout(c ctx, w, h int) page {
	framed, split := p.plan(c, w, h)
	if key := drawnAs(c, w, split*2+btoi(framed)); key != p.drawn || p.all == nil {
		p.all, p.drawn = p.draw(c, w, framed, split), key
	}
	p.set(p.all, h)
	return p
}

// plan decides how the calls stand above the advice on a w x h body: whether the most
// important call is framed (on a tall screen, when the advice still starts near the top:
// 3 rows of emergency line, title and breadcrumbs stand above the body), and how many of
// the other calls come before the advice; on a short screen the ones that would push the
// advice off it come after it.
func (p answerPage) plan(c ctx, w, h int) (framed bool, split int) {
	calls := p.doc.Calls
	if len(calls) == 0 {
		return false, 0
	}
	cardW := min(w, maxCardWidth)
	others := len(calls) - 1
	framed = h >= 16 && w >= 24 && 3+len(callCard(c, calls[0], cardW, true))+others+1 <= adviceRow
	room := max(h-2-len(callCard(c, calls[0], cardW, framed)), 0)
	return framed, min(others, room)
}

// draw makes the answer's lines at width w: the card, split other calls, the advice, the
// remaining calls, what to have ready, the sources.
func (p answerPage) draw(c ctx, w int, framed bool, split int) []string {
	d, st := p.doc, c.styles
	var lines, later []string
	if len(d.Calls) > 0 {
		others := callRows(c, d.Calls[1:], w)
		later = others[split:]
		lines = append(lines, callCard(c, d.Calls[0], min(w, maxCardWidth), framed)...)
		lines = append(lines, others[:split]...)
		lines = append(lines, "")
	}
	if p.also == nil {
		lines = append(lines, advice(c, d, w)...)
	} else {
		lines = append(lines, sideBySide(c, d, p.also, w)...)
	}
	if len(d.Say) > 0 {
		lines = append(lines, "")
		lines = append(lines, sayLines(c, d.Labels.WhatToSay, d.Say, w)...)
	}
	if len(later) > 0 {
		lines = append(lines, "", c.line(truncate(d.Labels.Calls, w), w, st.Heading))
		lines = append(lines, later...)
	}
	lines = append(lines, "", c.line(truncate(d.Labels.Sources, w), w, st.Heading))
	for _, s := range d.Sources {
		lines = append(lines, bullet(c, s.Title, w, st.Faint)...)
	}
	foot := d.Checked
	if d.Review != "" {
		foot += " · " + d.Review
	}
	lines = append(lines, c.lines(foot, w, st.Faint)...)
	if p.also != nil && p.also.Review != "" {
		lines = append(lines, c.lines(p.also.Review, w, st.Faint)...)
	}
	return lines
}

// advice draws the answer's own text at width w, then what to have ready.
func advice(c ctx, d *content.Document, w int) []string {
	st := c.styles
	lines := c.markdown(d, w)
	if len(d.Bring) > 0 {
		lines = append(lines, "", c.line(truncate(d.Labels.HaveReady, w), w, st.Heading))
		for _, b := range d.Bring {
			lines = append(lines, bullet(c, b, w, st.Option)...)
		}
	}
	return lines
}

// sayLines draws sentences to say in Norwegian under a heading: each Norwegian sentence
// after a bullet, in bold, and the same sentence in the reader's language under it (once,
// when the reader reads Norwegian). A sentence in a right-to-left language stands
// right-aligned under it in the app layout.
func sayLines(c ctx, heading string, list []content.Phrase, w int) []string {
	st := c.styles
	lines := []string{c.line(truncate(heading, w), w, st.Heading)}
	for _, p := range list {
		lines = append(lines, bullet(c, p.Norwegian, w, st.Question)...)
		if p.Own != "" && p.Own != p.Norwegian {
			if c.readsFromRight(p.Own) {
				lines = append(lines, c.lines(p.Own, w, st.Option)...)
				continue
			}
			own := c.lines(p.Own, max(w-2, 1), st.Option)
			if w >= 4 {
				own = indent("  ", own)
			}
			lines = append(lines, own...)
		}
	}
	return lines
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bullet draws "• text" with the text's wrapped lines under the text; "text •" when it
// reads from the right.
func bullet(c ctx, text string, w int, style renderer) []string {
	if w < 4 {
		return c.lines(text, w, style)
	}
	return hang("• ", " •", c.lines(text, w-2, style), c.readsFromRight(text))
}

func (p answerPage) body() scroller { return p.scroller }

func (p answerPage) enable(k *KeyMap) {
	p.scroller.enable(k)
	k.TwoLanguages.SetEnabled(p.paired)
	k.Slip.SetEnabled(true)
}

func (p answerPage) update(msg tea.Msg, k KeyMap) (page, result) {
	if p.scroller.update(msg, k) {
		return p, result{kind: changed}
	}
	return p, result{}
}

func (p answerPage) click(int) (page, result) { return p, result{} }

// callCard draws the most important call: the number, bold, then what it is for, and
// under it the hours and whether the line is open now. framed puts a frame around it.
func callCard(c ctx, call content.CallLine, w int, framed bool) []string {
	st := c.styles
	inner := w
	if framed {
		inner = w - 4 // frame and padding
	}
	number := wrap(call.Number, inner) // a number is broken at its spaces only when nothing else fits
	label := call.LabelWithNote()
	var lines []string
	switch nw := width(number[0]); {
	case c.mirrored():
		lines = callCardFromRight(c, call, inner)
	case len(number) == 1 && inner-nw-2 >= 10:
		lines = indent(c.telLink(call.Tel, st.CardNumber.Render(number[0]))+"  ", c.lines(label, inner-nw-2, nil))
	default:
		for _, n := range styled(number, st.CardNumber) {
			lines = append(lines, c.telLink(call.Tel, n))
		}
		lines = append(lines, c.lines(label, inner, nil)...)
	}
	if !c.mirrored() {
		lines = append(lines, statusLines(c, call, inner)...)
	}
	if !framed {
		return lines
	}
	return strings.Split(st.CardBorder.Width(w).Render(strings.Join(lines, "\n")), "\n")
}

// statusLines says when a line is open: the hours, open or closed now, and when it opens
// next, on one line when they fit, else each on its own.
func statusLines(c ctx, call content.CallLine, w int) []string {
	st := c.styles
	nowStyle := st.ClosedNow
	if call.Open {
		nowStyle = st.OpenNow
	}
	var parts []statusPart
	for _, p := range []statusPart{{call.Hours, st.Faint}, {call.Now, nowStyle}, {call.Opens, st.Faint}} {
		if p.text != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	if width(call.Status()) <= w && c.mirrored() {
		return []string{statusFromRight(c, parts, w)}
	}
	if width(call.Status()) <= w {
		var b strings.Builder
		for i, p := range parts {
			if i > 0 {
				b.WriteString(" · ")
			}
			b.WriteString(p.style.Render(p.text))
		}
		return []string{b.String()}
	}
	var lines []string
	for _, p := range parts {
		lines = append(lines, c.lines(p.text, w, p.style)...)
	}
	return lines
}

// statusPart is a part of a call's status line, with its style.
type statusPart struct {
	text  string
	style renderer
}

// callRows draws calls one line each: the number, what it is for, and whether it is open
// now, with when a closed line opens when that fits too (or its hours, for a line open
// around the clock). The numbers stand in one column. When a line does not fit, the label
// is shortened, never the number or the status.
func callRows(c ctx, calls []content.CallLine, w int) []string {
	st := c.styles
	numW := 0
	for _, call := range calls {
		numW = max(numW, width(call.Number))
	}
	var lines []string
	for _, call := range calls {
		status, style := call.Hours, st.Faint
		if call.Now != "" {
			status, style = call.Now, st.ClosedNow
			if call.Open {
				style = st.OpenNow
			}
		}
		number := padRight(call.Number, numW) + "  "
		if width(number) > w {
			for _, n := range styled(wrap(call.Number, w), st.CardNumber) {
				lines = append(lines, alignRight(c.telLink(call.Tel, n), c.mirrored(), w))
			}
			continue
		}
		room := w - width(number)
		label := call.LabelWithNote()
		shown := style.Render(status)
		parts := []statusPart{{status, style}}
		if call.Opens != "" && room-width(status+" · "+call.Opens)-3 >= 6 {
			status += " · " + call.Opens
			shown += " · " + st.Faint.Render(call.Opens)
			parts = append(parts, statusPart{call.Opens, st.Faint})
		}
		if c.mirrored() {
			lines = append(lines, callRowFromRight(c, call, numW, label, status, style, parts, w))
			continue
		}
		line := c.telLink(call.Tel, st.CardNumber.Render(call.Number)) + strings.Repeat(" ", width(number)-width(call.Number))
		switch {
		case status != "" && room-width(status)-3 >= 6:
			line += truncate(label, room-width(status)-3) + " · " + shown
		case status != "" && width(status) <= room && room < 12:
			line += style.Render(status)
		default:
			line += truncate(label, room)
		}
		lines = append(lines, line)
	}
	return lines
}
