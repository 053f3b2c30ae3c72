package plaintext

import (
	"io"
	"strings"

	"helseguide/i18n"
)

// Layout lays plain text out for one reader: at a width, in a language, with right-to-left
// text in the order its device needs (--bidi). Every surface that shows plain text lays its
// lines out through one: the answer command, the slip and the plain mode.
type Layout struct {
	// Width is the width of a line in terminal cells; below 1 lines are not wrapped.
	Width int
	// Keep are values never broken across lines (phone numbers, fees); see Fill.
	Keep []string
	// Lang is the language of the text: the direction of a line without letters. A line
	// with letters of a right-to-left script is right-to-left, a line with only letters
	// of left-to-right scripts (a web address or the title of a Norwegian source in an
	// Arabic answer) left-to-right (i18n.TextDirection).
	Lang string
	// Bidi says who orders right-to-left text. With i18n.BidiApp each paragraph is wrapped
	// in logical order, then each of its lines is reordered to visual order
	// (i18n.ReorderLines) with its indentation and list marker on the side where it
	// begins, and the lines of a right-to-left paragraph are right-aligned at Width; the
	// output holds no bidi controls. Otherwise (i18n.BidiTerminal, or i18n.BidiAuto not
	// yet resolved) text stays in logical order, as Wrap and Fill lay it out, with the
	// isolates that content.NumberIn writes.
	Bidi i18n.BidiMode
}

// In returns the layout for text in language lang: the slip shows two languages.
func (l Layout) In(lang string) Layout {
	l.Lang = lang
	return l
}

// Visual reports whether l puts right-to-left text in visual order.
func (l Layout) Visual() bool { return l.Bidi == i18n.BidiApp }

// Wrap lays out text as Wrap does (one paragraph or list item a line, as Markdown and
// Answer write it), in the order l.Bidi asks for. In logical order the result is exactly
// Wrap's.
func (l Layout) Wrap(text string) string {
	if !l.Visual() {
		return Wrap(text, l.Width, l.Keep)
	}
	return wrapLines(text, l.Fill)
}

// Fill lays out one paragraph s as Fill does, its first line starting with first and the
// others with rest (an indentation, a list marker), in the order l.Bidi asks for. In
// visual order a right-to-left paragraph's prefixes stand on the right, in visual order
// themselves ("- " and "1. " read from the right), and its lines are right-aligned.
func (l Layout) Fill(s, first, rest string) []string {
	lines := Fill(s, l.Width, first, rest, l.Keep)
	if !l.Visual() {
		return lines
	}
	dir := i18n.TextDirection(s, i18n.DirectionOf(l.Lang))
	prefixes := make([]string, len(lines))
	bodies := make([]string, len(lines))
	for i, line := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		if p != "" && strings.HasPrefix(line, p) {
			prefixes[i], bodies[i] = p, line[len(p):]
		} else {
			bodies[i] = line
		}
	}
	for i, body := range i18n.ReorderLines(bodies, dir) {
		line := prefixes[i] + body
		if dir == i18n.RightToLeft {
			line = body + i18n.Visual(prefixes[i], dir)
		}
		lines[i] = i18n.Align(line, dir, l.Width)
	}
	return lines
}

// Line returns one line that is laid out already, such as "  urgent=yes", in the order
// l.Bidi asks for, without wrapping or aligning it: in visual order it is reordered by
// the direction of its own text.
func (l Layout) Line(s string) string {
	if !l.Visual() {
		return s
	}
	return i18n.Visual(s, i18n.TextDirection(s, i18n.DirectionOf(l.Lang)))
}

// splitPrefix splits a line as Markdown and Answer write it into its indentation with its
// list marker ("  - ", "1. ") and the text after them.
func splitPrefix(line string) (prefix, body string) {
	body = strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(body)]
	marker := listMarker.FindString(body)
	return indent + marker, body[len(marker):]
}

// Writer returns a writer that lays out what is written to it line by line and passes it
// on to w, for a surface that writes whole lines of unwrapped text, like the plain mode.
// In logical order it passes everything on as it is. In visual order a line that needs no
// reordering (left-to-right text without right-to-left characters) is passed on as it is,
// so the terminal wraps it as before; any other line is laid out by Wrap (one paragraph or
// list item a line). Each Write should hold whole lines: a piece after the last '\n' (a
// prompt) is laid out as a line of its own at once, never held back.
func (l Layout) Writer(w io.Writer) io.Writer {
	if !l.Visual() {
		return w
	}
	return &layoutWriter{w: w, l: l}
}

type layoutWriter struct {
	w io.Writer
	l Layout
}

func (lw *layoutWriter) Write(p []byte) (int, error) {
	var b strings.Builder
	lines := strings.SplitAfter(string(p), "\n")
	for _, line := range lines {
		if line == "" {
			continue
		}
		text, nl := strings.CutSuffix(line, "\n")
		dir := i18n.TextDirection(text, i18n.DirectionOf(lw.l.Lang))
		if dir == i18n.RightToLeft || i18n.Visual(text, dir) != text {
			text = strings.TrimSuffix(lw.l.Wrap(text+"\n"), "\n")
		}
		b.WriteString(text)
		if nl {
			b.WriteString("\n")
		}
	}
	if _, err := io.WriteString(lw.w, b.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}
