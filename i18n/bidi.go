package i18n

// This file orders right-to-left text for terminals that do no bidi of their
// own. Most terminals (xterm, kitty, Alacritty, WezTerm, Windows Terminal,
// tmux, the Linux console) draw characters left to right in the order they
// receive them, so Arabic or Dari text must be sent in visual order: resolve
// each paragraph's direction and levels, wrap it in logical order, then
// reorder each wrapped line by rules L1–L4 of UAX #9 and right-align the
// lines of a right-to-left paragraph.
//
// The functions here take plain text: no ANSI escape sequences (an escape
// sequence would be reordered like any other characters). Styling has to be
// applied to the visual lines after reordering.

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/bidi"
)

// Characters NumberRun writes. They are removed again by Visual and
// WrapVisual, and by StripBidiControls.
const (
	noBreakSpace = '\u00A0' // NBSP: keeps "116 117" on one line
	lri          = '\u2066' // LEFT-TO-RIGHT ISOLATE
	pdi          = '\u2069' // POP DIRECTIONAL ISOLATE
)

// ParagraphDirection returns the direction of the paragraph s by rules P2
// and P3 of UAX #9: the direction of its first strong character (a letter of
// a left-to-right or a right-to-left script), skipping text inside isolates
// (LRI, RLI or FSI up to the matching PDI). A paragraph without a strong
// character, such as "113" or "08:00–15:30", gets fallback, normally the
// direction of the language (DirectionOf). Only the first paragraph of s is
// looked at: the search stops at a paragraph separator such as '\n'.
func ParagraphDirection(s string, fallback Direction) Direction {
	classes := make([]bidi.Class, 0, len(s))
	for _, r := range s {
		props, _ := bidi.LookupRune(r)
		classes = append(classes, props.Class())
	}
	switch firstStrong(classes, 0, false) {
	case bidi.L:
		return LeftToRight
	case bidi.R:
		return RightToLeft
	}
	return fallback
}

// Visual returns line, one line of a paragraph already wrapped in logical
// order, in the order a terminal that does no bidi must draw it from left to
// right. base is the direction of the whole paragraph (ParagraphDirection),
// not of the line alone: a line of an Arabic paragraph that happens to start
// with "fastlege" is still right-to-left. Visual treats line as a paragraph
// of its own; WrapVisual resolves levels over the whole paragraph instead.
//
// It resolves the embedding levels by UAX #9 (see bidi_levels.go), then:
//   - L1: white space and isolate controls at the end of the line, and
//     before a tab, go to the paragraph level, so trailing spaces of a
//     right-to-left line end up on its left;
//   - L3: a base character and the combining marks after it (such as the
//     Arabic vowel marks U+064E FATHA, U+0650 KASRA and U+0651 SHADDA) are
//     kept in that order, so a terminal draws each mark on its own letter;
//   - L2: from the highest level down to the lowest odd level, every run of
//     characters at that level or higher is reversed;
//   - L4: a mirrored character at an odd level is replaced by its mirror
//     glyph, so "(fastlege)" in Arabic text reads "(fastlege)";
//
// and finally removes the bidi controls (LRM, RLM, ALM, LRE, RLE, PDF, LRO,
// RLO, LRI, RLI, FSI, PDI), which many terminals draw as boxes. Other
// characters, including ZWNJ and ZWJ, are kept, so the result is a
// permutation of the input less those controls, with mirrored glyphs
// swapped. Text made of characters and their non-spacing marks keeps its
// terminal width (ansi.StringWidth); like GNU FriBidi, Visual may split
// other grapheme clusters at an odd level, such as a prepended Arabic number
// sign (U+0600–U+0605) and what follows it, or an emoji and its skin-tone
// modifier. Each byte of invalid UTF-8 comes out as U+FFFD. line should
// hold no '\n'; one is handled as a paragraph separator inside the line
// (rule L1), not split.
func Visual(line string, base Direction) string {
	p := newParagraph([]rune(line), paragraphLevel(base))
	return p.visualLine(0, len(p.runes))
}

// WrapVisual lays text out for a terminal that does no bidi, at width
// terminal cells. Each '\n'-separated paragraph gets its direction from
// ParagraphDirection (fallback when it has no strong character, normally
// the language's direction) and its levels resolved as a whole; it is then
// wrapped in logical order by ansi.Wrap (so the widths of wide and combining
// characters are counted, no character or grapheme is cut, and no-break
// spaces do not break), and each wrapped line is reordered as Visual
// describes. Lines of a right-to-left paragraph are right-aligned: padded on
// the left with spaces to width. Empty paragraphs give empty lines. A width
// below 1 means no wrapping and no alignment.
func WrapVisual(text string, width int, fallback Direction) []string {
	text = string([]rune(text)) // each invalid byte becomes U+FFFD, as in Visual
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		dir := ParagraphDirection(para, fallback)
		p := newParagraph([]rune(para), paragraphLevel(dir))
		for _, span := range wrapSpans(p.runes, para, width) {
			lines = append(lines, Align(p.visualLine(span[0], span[1]), dir, width))
		}
	}
	return lines
}

// ReorderLines is WrapVisual for a paragraph that the caller has already
// wrapped in logical order: lines are the texts of its lines in order, dir
// its direction (ParagraphDirection or TextDirection). The levels are
// resolved over the whole paragraph, its lines joined by spaces as they are
// when the paragraph was broken at spaces, so a bracket opened on one line
// and closed on the next still pairs (a word cut in the middle, being wider
// than a line, is resolved as if a space stood at the cut); then each
// line is reordered as Visual describes. The lines should hold text only: an
// indentation or a list marker at the start of a line would take part in
// the ordering (next to a Latin word in Arabic text it lands in the middle
// of the line), so the caller sets it aside and puts it on the side where
// the line begins: on the right of a right-to-left line (see Align). No
// line may hold a '\n'.
func ReorderLines(lines []string, dir Direction) []string {
	var runes []rune
	spans := make([][2]int, len(lines))
	for i, line := range lines {
		if i > 0 {
			runes = append(runes, ' ')
		}
		start := len(runes)
		runes = append(runes, []rune(line)...)
		spans[i] = [2]int{start, len(runes)}
	}
	p := newParagraph(runes, paragraphLevel(dir))
	out := make([]string, len(lines))
	for i, span := range spans {
		out[i] = p.visualLine(span[0], span[1])
	}
	return out
}

// Align right-aligns a visual line of a right-to-left paragraph at width
// terminal cells: it pads it on the left with spaces. Lines of a
// left-to-right paragraph, empty lines and lines as wide as width or wider
// are returned as they are.
func Align(line string, dir Direction, width int) string {
	if dir != RightToLeft || line == "" {
		return line
	}
	if pad := width - ansi.StringWidth(line); pad > 0 {
		return strings.Repeat(" ", pad) + line
	}
	return line
}

// HasRightToLeft reports whether s holds anything that the bidi algorithm can put out of
// logical order: a letter of a right-to-left script, an Arabic digit, or a control that
// starts right-to-left text (RLE, RLO, RLI, FSI). Text without any, such as every
// English or Norwegian answer, looks the same in logical and visual order, so it needs
// no reordering and no question to the terminal about who reorders.
func HasRightToLeft(s string) bool {
	for _, r := range s {
		props, _ := bidi.LookupRune(r)
		switch props.Class() {
		case bidi.R, bidi.AL, bidi.AN, bidi.RLE, bidi.RLO, bidi.RLI, bidi.FSI:
			return true
		}
	}
	return false
}

// TextDirection returns the direction of the paragraph s by its letters:
// RightToLeft when it holds a letter of a right-to-left script, else
// LeftToRight when it holds a letter of a left-to-right one, else fallback,
// normally the direction of the language (DirectionOf). So an Arabic or Dari
// sentence that starts with a Norwegian name ("BankID را از بانک خود
// می‌گیرید") is right-to-left, where rule P2 of UAX #9 (ParagraphDirection)
// would make it left-to-right, while the title of a Norwegian source or a web
// address in an Arabic answer is left-to-right, and a line of only digits and
// punctuation ("113") takes the language's direction. It is made for text in
// one language at a time, as every text of the guide is: Arabic and Dari text
// holds Norwegian names, but no left-to-right text of the guide holds Arabic
// letters (a Norwegian sentence quoting an Arabic word would be taken as
// right-to-left). Text inside isolates (LRI, RLI or FSI up to the matching
// PDI) does not count, as in ParagraphDirection, and the search stops at a
// paragraph separator such as '\n'.
func TextDirection(s string, fallback Direction) Direction {
	depth := 0
	ltr := false
	for _, r := range s {
		props, _ := bidi.LookupRune(r)
		switch c := props.Class(); {
		case c == bidi.B:
			return directionFound(ltr, fallback)
		case isIsolateInitiator(c):
			depth++
		case c == bidi.PDI:
			depth = max(depth-1, 0)
		case depth > 0:
		case c == bidi.L:
			ltr = true
		case c == bidi.R || c == bidi.AL:
			return RightToLeft
		}
	}
	return directionFound(ltr, fallback)
}

// directionFound decides TextDirection when no right-to-left letter was
// found.
func directionFound(ltr bool, fallback Direction) Direction {
	if ltr {
		return LeftToRight
	}
	return fallback
}

// wrapSpans wraps para (whose runes are runes) with ansi.Wrap and returns,
// for each wrapped line, the range [start, end) of runes it holds. A line
// ansi.Wrap leaves too wide (it keeps leading spaces before a word as wide
// as the line) is cut again by ansi.Hardwrap. Both only insert line breaks
// and drop white space at them, so each wrapped line is found in runes by
// skipping that white space; should they ever do more, the rest of the
// paragraph is returned as one last line rather than something wrong. Lines
// left empty by the wrapping are dropped.
func wrapSpans(runes []rune, para string, width int) [][2]int {
	if width < 1 || para == "" {
		return [][2]int{{0, len(runes)}}
	}
	var lines []string
	for _, line := range strings.Split(ansi.Wrap(para, width, ""), "\n") {
		if ansi.StringWidth(line) > width {
			line = ansi.Hardwrap(line, width, true)
		}
		lines = append(lines, strings.Split(line, "\n")...)
	}
	var spans [][2]int
	pos := 0
	for _, line := range lines {
		start := -1
		for _, r := range line {
			for pos < len(runes) && runes[pos] != r && unicode.IsSpace(runes[pos]) {
				pos++
			}
			if start < 0 {
				start = pos
			}
			if pos == len(runes) || runes[pos] != r {
				// ansi.Wrap changed the text (it can drop a combining mark that
				// follows a space): break the rest by width here instead.
				return append(spans, hardSpans(runes, start, width)...)
			}
			pos++
		}
		if start >= 0 {
			spans = append(spans, [2]int{start, pos})
		}
	}
	if len(spans) == 0 { // only white space, all dropped
		spans = append(spans, [2]int{0, 0})
	}
	return spans
}

// hardSpans breaks runes[start:] into lines no wider than width terminal cells, keeping
// every combining mark with the character before it; a single character wider than width
// gets a line of its own. WrapVisual uses it when ansi.Wrap's lines cannot be matched to
// the paragraph's runes.
func hardSpans(runes []rune, start, width int) [][2]int {
	var spans [][2]int
	cluster := func(i int) int { // the end of the character at i with its marks
		i++
		for i < len(runes) && unicode.Is(unicode.M, runes[i]) {
			i++
		}
		return i
	}
	for start < len(runes) {
		end := cluster(start)
		for end < len(runes) {
			next := cluster(end)
			if ansi.StringWidth(string(runes[start:next])) > width {
				break
			}
			end = next
		}
		spans = append(spans, [2]int{start, end})
		start = end
	}
	return spans
}

// paragraphLevel returns the paragraph embedding level of direction d.
func paragraphLevel(d Direction) int8 {
	if d == RightToLeft {
		return 1
	}
	return 0
}

// visualLine applies rules L1 to L4 to the runes [start, end) of p, which
// form one line, and returns them in visual order without bidi controls.
func (p *paragraph) visualLine(start, end int) string {
	levels, order := p.lineOrder(start, end, true)
	var b strings.Builder
	b.Grow(len(order))
	for _, k := range order {
		r := p.runes[start+k]
		if unicode.Is(unicode.Bidi_Control, r) {
			continue
		}
		if levels[k]%2 == 1 {
			r = mirror(r) // L4
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lineOrder applies rules L1, L3 (when keepMarks is set) and L2 to the runes
// [start, end) of p, which form one line. It returns their levels after L1
// and their visual order, as indexes counted from start.
func (p *paragraph) lineOrder(start, end int, keepMarks bool) (levels []int8, order []int) {
	n := end - start
	orig := p.orig[start:end]
	levels = make([]int8, n)
	copy(levels, p.levels[start:end])

	// L1: segment and paragraph separators, and the white space (with
	// isolate controls and the characters removed by X9) before them or at
	// the end of the line, take the paragraph level.
	trailing := true
	for k := n - 1; k >= 0; k-- {
		switch c := orig[k]; {
		case c == bidi.S || c == bidi.B:
			levels[k] = p.base
			trailing = true
		case trailing && (c == bidi.WS || isIsolateInitiator(c) || c == bidi.PDI || removedByX9(c)):
			levels[k] = p.base
		default:
			trailing = false
		}
	}

	order = make([]int, n)
	for k := range order {
		order[k] = k
	}
	// L3: at an odd level, reverse each base character with the marks that
	// follow it (and any characters removed by X9 between them), so that
	// L2 turns them back into base-then-marks. This is what GNU FriBidi
	// does with FRIBIDI_FLAG_REORDER_NSM.
	for k := n - 1; keepMarks && k >= 0; k-- {
		if levels[k]%2 == 0 || orig[k] != bidi.NSM {
			continue
		}
		j := k - 1
		for j >= 0 && levels[j] == levels[k] && (orig[j] == bidi.NSM || removedByX9(orig[j])) {
			j--
		}
		if j < 0 || levels[j] != levels[k] {
			j++ // marks with no base at their level stay as they are
		}
		reverse(order[j : k+1])
		k = j
	}

	// L2: reverse every run at each level from the highest to the lowest
	// odd one.
	var highest, lowestOdd int8 = 0, maxDepth + 2
	for _, l := range levels {
		highest = max(highest, l)
		if l%2 == 1 {
			lowestOdd = min(lowestOdd, l)
		}
	}
	for l := highest; l >= lowestOdd; l-- {
		for k := 0; k < n; {
			if levels[order[k]] < l {
				k++
				continue
			}
			e := k
			for e < n && levels[order[e]] >= l {
				e++
			}
			reverse(order[k:e])
			k = e
		}
	}
	return levels, order
}

// reverse reverses s in place.
func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// NumberRun is the one place that decides how a phone number, fee, time or
// other value with digits ("116 117", "NOK 3 278", "08:00–15:30") is written
// into running text of a language whose direction is text. Translations
// never do this themselves.
//
// Spaces become no-break spaces in every language, so a number is never
// wrapped in the middle. In right-to-left text the value is also put in a
// left-to-right isolate (LRI … PDI), so it reads left to right as a whole:
// without it "116 117" would show as "117 116" and "08:00–15:30" as
// "15:30–08:00" in Arabic. Visual and WrapVisual remove the isolate controls
// after they have used them; a terminal that does its own bidi uses them
// itself; plain output for other readers can drop them with
// StripBidiControls. The isolate also keeps the value from deciding the
// direction of a paragraph that starts with it (ParagraphDirection skips
// isolates).
func NumberRun(value string, text Direction) string {
	v := strings.ReplaceAll(value, " ", string(noBreakSpace))
	if text != RightToLeft || v == "" {
		return v
	}
	return string(lri) + v + string(pdi)
}

// LeftToRightRun writes a left-to-right value made of words, such as a
// Norwegian address ("Trondheimsveien 233 (Aker sykehus)"), into running text
// of a language whose direction is text: in right-to-left text in a
// left-to-right isolate (LRI … PDI), so it reads left to right as a whole
// and does not decide the direction of a paragraph that starts with it;
// otherwise as it is. Unlike NumberRun it keeps its spaces, so that a long
// value can still be wrapped between its words.
func LeftToRightRun(value string, text Direction) string {
	if text != RightToLeft || value == "" {
		return value
	}
	return string(lri) + value + string(pdi)
}

// StripBidiControls returns s without the invisible bidi controls (LRM, RLM,
// ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
func StripBidiControls(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
}
