package plaintext

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// keepSpace stands for a space inside a value that must stay on one line while a paragraph
// is split into words. It is a private-use character: the guide's texts never hold one,
// and a paragraph that does is wrapped without this protection.
const keepSpace = '\uE000'

// noBreakSpace does not break a line, as in ansi.Wrap: "3 278 kroner" keeps together.
const noBreakSpace = '\u00A0'

// listMarker matches the start of a list item as Markdown and Answer write it, after its
// indentation: "- " or "12. ".
var listMarker = regexp.MustCompile(`^(?:- |[0-9]+\. )`)

// Wrap breaks every line of text (as Markdown and Answer write it: one paragraph or list
// item a line) into lines no wider than width terminal cells, as ansi.StringWidth counts
// them, at spaces. A line that starts with spaces or a list marker ("- ", "1. ") goes on
// under its text, so a list stays a list. The values in keep (phone numbers, fees) and
// web addresses are never broken across lines, and neither is any other word that fits
// on a line; see Fill. Runs of spaces inside a line become one, and lines end without
// spaces. A width below 1 leaves text as it is.
func Wrap(text string, width int, keep []string) string {
	if width < 1 {
		return text
	}
	return wrapLines(text, func(body, first, rest string) []string { return Fill(body, width, first, rest, keep) })
}

// wrapLines lays out every line of text with fill, which gets the line without its
// indentation or list marker (body), that prefix (first) and the indentation that puts
// the following lines under the text (rest). A final newline stays.
func wrapLines(text string, fill func(body, first, rest string) []string) string {
	end := ""
	if strings.HasSuffix(text, "\n") {
		text, end = text[:len(text)-1], "\n"
	}
	var out []string
	for _, line := range strings.Split(text, "\n") {
		first, body := splitPrefix(line)
		out = append(out, fill(body, first, strings.Repeat(" ", ansi.StringWidth(first)))...)
	}
	return strings.Join(out, "\n") + end
}

// Fill lays out one paragraph s in lines no wider than width terminal cells: the first
// line starts with first, the others with rest (an indentation, or "" for none). Lines
// break at spaces other than the no-break space; the values in keep (phone numbers, fees)
// are never broken. A word too wide to follow the prefix starts at the left edge instead.
// A word wider than width is cut between grapheme clusters, except a value of keep or a
// web address ("://"): cut, it would be wrong, so it stands alone after the prefix, the
// one kind of line wider than width. Lines
// end without spaces; an empty s gives one line, first without its trailing spaces. A
// prefix too wide to leave half of width for the text is dropped on continuation lines,
// and the first line's prefix then stands on a line of its own. A width below 1 means no
// wrapping.
func Fill(s string, width int, first, rest string, keep []string) []string {
	words := splitWords(s, keep)
	if width < 1 {
		return []string{strings.TrimRight(first+strings.Join(words, " "), " ")}
	}
	if ansi.StringWidth(rest) > width/2 {
		rest = ""
	}
	var lines []string
	prefix := first
	if ansi.StringWidth(first) > width/2 && len(words) > 0 {
		lines = append(lines, strings.Split(ansi.Hardwrap(strings.TrimRight(first, " "), width, true), "\n")...)
		prefix = rest
	}
	var line strings.Builder
	line.WriteString(prefix)
	used, avail, empty := 0, width-ansi.StringWidth(prefix), true
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		line.WriteString(rest)
		used, avail, empty = 0, width-ansi.StringWidth(rest), true
	}
	for _, w := range words {
		ww := ansi.StringWidth(w)
		if !empty && used+1+ww <= avail {
			line.WriteString(" " + w)
			used += 1 + ww
			continue
		}
		if !empty {
			flush()
		}
		if ww > width && whole(w, keep) {
			// A web address or value wider than the whole width: cutting it would make
			// it wrong, so it stands after the prefix, wider than the width.
			line.WriteString(w)
			flush()
			continue
		}
		if ww > avail && ww <= width {
			// A word that fits the width but not after the prefix stands at the left
			// edge rather than be cut; a list marker keeps a line of its own.
			if p := strings.TrimRight(line.String(), " "); p != "" {
				lines = append(lines, p)
			}
			lines = append(lines, w)
			line.Reset()
			line.WriteString(rest)
			used, avail = 0, width-ansi.StringWidth(rest)
			continue
		}
		for ww > avail {
			// A word wider than a whole line: cut it, a line's worth at a time.
			part, _, _ := strings.Cut(ansi.Hardwrap(w, avail, true), "\n")
			if part == "" {
				// A grapheme wider than the room left: it goes alone, and when it fits
				// the width but not after the prefix, at the left edge.
				part, _ = ansi.FirstGraphemeCluster(w, ansi.GraphemeWidth)
				if pw := ansi.StringWidth(part); pw > avail && pw <= width {
					if p := strings.TrimRight(line.String(), " "); p != "" {
						lines = append(lines, p)
					}
					line.Reset()
				}
			}
			line.WriteString(part)
			flush()
			w = w[len(part):]
			ww = ansi.StringWidth(w)
		}
		line.WriteString(w)
		used, empty = ww, false
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(line.String(), " "))
	}
	return lines
}

// whole reports whether word w must never be cut: a value of keep or a web address.
func whole(w string, keep []string) bool {
	return strings.Contains(w, "://") || slices.Contains(keep, w)
}

// splitWords splits s at spaces other than the no-break space, keeping each value of keep
// that s contains in one word.
func splitWords(s string, keep []string) []string {
	if !strings.ContainsRune(s, keepSpace) {
		// Longest first, so that "+47 23 48 72 00" is kept whole, not only "23 48 72 00".
		keep = slices.SortedFunc(slices.Values(keep), func(a, b string) int { return len(b) - len(a) })
		for _, v := range keep {
			if strings.Contains(v, " ") {
				s = strings.ReplaceAll(s, v, strings.ReplaceAll(v, " ", string(keepSpace)))
			}
		}
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != noBreakSpace })
	for i, w := range words {
		words[i] = strings.ReplaceAll(w, string(keepSpace), " ")
	}
	return words
}
