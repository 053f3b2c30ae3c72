package tui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Text is measured in terminal cells with x/ansi (as Lip Gloss measures it), one grapheme
// cluster at a time: never by bytes or runes. Arabic letters with their marks, Ge'ez
// syllables and Cyrillic letters are one cluster each, and no function here cuts one.
// These functions take plain text; styles are applied to the lines they return.

// width returns the width of s in cells (escape sequences count nothing).
func width(s string) int { return ansi.StringWidth(s) }

// ellipsis marks text left out. It is one cell wide.
const ellipsis = "…"

// wrap breaks plain text s into lines no wider than w cells: at spaces where it can, and
// between grapheme clusters inside a word that is wider than w. A no-break space does not
// break a line: content.NumberIn writes "116 117" with one, and the isolate around it, so
// that the number stays whole on one line. A line break in s starts a new line. A cluster
// wider than w (a wide character on a 1-column terminal) is shown as "…", so that no line
// is ever wider than w.
func wrap(s string, w int) []string {
	w = max(w, 1)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		lineW := 0
		flush := func() {
			out = append(out, line.String())
			line.Reset()
			lineW = 0
		}
		words := strings.FieldsFunc(para, breaksLine)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		for _, word := range words {
			ww := width(word)
			switch {
			case lineW > 0 && lineW+1+ww <= w:
				line.WriteString(" " + word)
				lineW += 1 + ww
				continue
			case lineW > 0:
				flush()
			}
			if ww <= w {
				line.WriteString(word)
				lineW = ww
				continue
			}
			// A word wider than the line: break it between clusters.
			for rest := word; rest != ""; {
				cluster, cw := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
				rest = rest[len(cluster):]
				if cw > w {
					cluster, cw = ellipsis, 1
				}
				if lineW+cw > w {
					flush()
				}
				line.WriteString(cluster)
				lineW += cw
			}
		}
		flush()
	}
	return out
}

// breaksLine reports whether a line may break at r: at white space other than the no-break
// space.
func breaksLine(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' }

// truncate shortens plain text s to at most w cells, ending it with "…" when something
// was left out. It never cuts a grapheme cluster.
func truncate(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w <= 0 {
		return ""
	}
	var b strings.Builder
	used := 0
	for rest := s; rest != ""; {
		cluster, cw := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(cluster):]
		if used+cw > w-1 {
			break
		}
		b.WriteString(cluster)
		used += cw
	}
	return b.String() + ellipsis
}

// truncateLeft keeps the last cells of plain text s that fit w, starting it with "…" when
// something was left out, and returns how many cells were dropped from the front (the
// "…" counted as kept). It never cuts a grapheme cluster.
func truncateLeft(s string, w int) (string, int) {
	total := width(s)
	if total <= w {
		return s, 0
	}
	if w <= 0 {
		return "", total
	}
	var clusters []string
	var widths []int
	for rest := s; rest != ""; {
		cluster, cw := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(cluster):]
		clusters = append(clusters, cluster)
		widths = append(widths, cw)
	}
	kept, i := 0, len(clusters)
	for i > 0 && kept+widths[i-1] <= w-1 {
		i--
		kept += widths[i]
	}
	return ellipsis + strings.Join(clusters[i:], ""), total - kept - 1
}

// padRight fills styled or plain s with spaces to w cells.
func padRight(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}
