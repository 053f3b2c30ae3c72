package tui

import (
	"strings"

	"helseguide/content"
	"helseguide/i18n"
)

// sideBySideWidth is the narrowest terminal on which an answer and the same answer in the
// second language stand in two columns; on a narrower one the second language comes
// under the first.
const sideBySideWidth = 100

// sideBySide draws the advice and what to have ready of own, the answer in the reader's
// language, and of also, the same answer in the second language, at width w: in two
// columns, each headed by its language's name, from sideBySideWidth columns; else own
// first, then a rule, the second language's name and also. The calls above them are
// shared, and the sources below (the answer page draws both). On a mirrored screen (an
// Arabic or Dari reader in the app layout) the reader's column is on the right, where
// the screen begins; each column's lines stand in their own direction.
func sideBySide(c ctx, own, also *content.Document, w int) []string {
	st := c.styles
	name := func(d *content.Document, w int) string {
		return c.line(truncate(i18n.NativeName(d.Lang), w), w, st.Heading)
	}
	if w < sideBySideWidth {
		lines := advice(c, own, w)
		lines = append(lines, "", paintOf(st.Faint).paint(strings.Repeat("─", w)), name(also, w), "")
		return append(lines, advice(c, also, w)...)
	}
	leftW := (w - width(columnGap)) / 2
	rightW := w - width(columnGap) - leftW
	if c.mirrored() {
		left := append([]string{name(also, leftW), ""}, advice(c, also, leftW)...)
		right := append([]string{name(own, rightW), ""}, advice(c, own, rightW)...)
		return columns(c, left, right, leftW)
	}
	left := append([]string{name(own, leftW), ""}, advice(c, own, leftW)...)
	right := append([]string{name(also, rightW), ""}, advice(c, also, rightW)...)
	return columns(c, left, right, leftW)
}
