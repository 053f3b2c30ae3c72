package content

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// Guide text reaches terminals, screen readers and pipes, so it must not be able to move
// the cursor, clear the screen, set the clipboard or reorder what is shown. Two guards
// keep it so: the loader reports every unsafe character with file and line (textProblems,
// run on every file it reads), and every function that produces display text passes it
// through CleanText (Text, Expand, Render, CallLines), in case a guide was built in
// another way.

// forbidden names r when it may not appear in guide text ("control character U+001B
// (ESC)"), or returns "" when it may. The line break is allowed; so are the bidi isolates
// (U+2066–U+2069) and marks (LRM, RLM, ALM) that right-to-left text needs.
func forbidden(r rune) string {
	switch {
	case r == '\n':
		return ""
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf("control character %s", runeName(r))
	case r >= 0x80 && r <= 0x9f:
		return fmt.Sprintf("C1 control character %s", runeName(r))
	case isBidiOverride(r):
		return fmt.Sprintf("bidi control %s", runeName(r))
	}
	return ""
}

// isBidiOverride reports whether r is one of the bidi embeddings and overrides (LRE, RLE,
// PDF, LRO, RLO), which reorder the text after them until the end of the line.
func isBidiOverride(r rune) bool { return r >= 0x202a && r <= 0x202e }

// forbiddenRule says what is allowed instead of r, for error messages.
func forbiddenRule(r rune) string {
	if isBidiOverride(r) {
		return "it reorders text on screen; right-to-left text may use the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C"
	}
	return "texts may hold no control characters but the line break"
}

// runeNames are the short names of the characters forbidden reports most often.
var runeNames = map[rune]string{
	0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0b: "VT", 0x0c: "FF", 0x0d: "CR",
	0x1b: "ESC", 0x7f: "DEL", 0x9b: "CSI", 0x9d: "OSC",
	0x202a: "LRE", 0x202b: "RLE", 0x202c: "PDF", 0x202d: "LRO", 0x202e: "RLO",
}

func runeName(r rune) string {
	if n, ok := runeNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// CleanText returns s made safe to show: invalid UTF-8 and every character that
// forbidden refuses become U+FFFD, except a tab, which becomes a space, and a carriage
// return before a line break, which is dropped. A clean string is returned as it is,
// without copying.
func CleanText(s string) string {
	clean := true
	for i, r := range s {
		if (r == utf8.RuneError && isInvalidAt(s, i)) || forbidden(r) != "" {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == utf8.RuneError && isInvalidAt(s, i):
			b.WriteRune(utf8.RuneError)
		case r == '\t':
			b.WriteByte(' ')
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
		case forbidden(r) != "":
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isInvalidAt reports whether the utf8.RuneError that ranging over s gave at byte i comes
// from invalid UTF-8 rather than from a real U+FFFD.
func isInvalidAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

// charRef matches an HTML character reference, which Markdown renderers turn into the
// character it names: "&#27;", "&#x1B;", "&Tab;".
var charRef = regexp.MustCompile(`&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});`)

// resolveCharRef returns the text a character reference stands for, as a Markdown renderer
// resolves it, or "" when it is not one.
func resolveCharRef(ref string) string {
	out := string(util.ResolveEntityNames(util.ResolveNumericReferences([]byte(ref))))
	if out == ref {
		return ""
	}
	return out
}

// unsafeCharRef returns the first forbidden character a character reference stands for,
// and whether there is one.
func unsafeCharRef(ref string) (rune, bool) {
	for _, r := range resolveCharRef(ref) {
		if forbidden(r) != "" {
			return r, true
		}
	}
	return 0, false
}

// cleanMarkdown is CleanText for Markdown: a character reference that a renderer would
// turn into a forbidden character becomes U+FFFD too.
func cleanMarkdown(s string) string {
	s = CleanText(s)
	if !strings.Contains(s, "&") {
		return s
	}
	return charRef.ReplaceAllStringFunc(s, func(ref string) string {
		if _, bad := unsafeCharRef(ref); bad {
			return "\uFFFD"
		}
		return ref
	})
}

// hasEscapes reports whether JSON data holds an escape that may stand for a forbidden
// character: \u, \t, \r, \b or \f.
func hasEscapes(data []byte) bool {
	for i := bytes.IndexByte(data, '\\'); i >= 0 && i+1 < len(data); {
		switch data[i+1] {
		case 'u', 't', 'r', 'b', 'f':
			return true
		}
		next := bytes.IndexByte(data[i+2:], '\\')
		if next < 0 {
			return false
		}
		i += 2 + next
	}
	return false
}

// maxTextProblems is how many unsafe characters are reported per file; a file with more
// is most likely not a text file at all.
const maxTextProblems = 10

// textProblems reports what in a file's text could reach a terminal as something other
// than text: invalid UTF-8 and forbidden characters, once per line, naming file and line.
// A line break may be written as CR LF. In JSON files a tab may stand between values, and
// the strings, with their escapes (like "\u001b") resolved, are checked too. In Markdown
// files character references that stand for a forbidden character are reported.
func textProblems(name string, data []byte) []*Problem {
	isJSON := strings.HasSuffix(name, ".json")
	var problems []*Problem
	reported := map[int]bool{}
	report := func(line int, format string, args ...any) bool {
		if reported[line] {
			return true
		}
		if len(problems) == maxTextProblems {
			problems = append(problems, problemf(name, line, "more unsafe characters follow; fix the ones above first"))
			return false
		}
		if len(problems) > maxTextProblems {
			return false
		}
		reported[line] = true
		problems = append(problems, problemf(name, line, format, args...))
		return true
	}
	line := 1
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < 0x7f {
			i++ // printable ASCII, most of every file
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if !report(line, "invalid UTF-8 (byte 0x%02X): save the file as UTF-8", data[i]) {
				return problems
			}
		case r == '\n':
			line++
		case r == '\r' && i+1 < len(data) && data[i+1] == '\n':
		case r == '\t' && isJSON:
		default:
			if what := forbidden(r); what != "" && !report(line, "%s in the text: %s", what, forbiddenRule(r)) {
				return problems
			}
		}
		i += size
	}
	// Escapes can write any character in a JSON string. Without escapes that could stand
	// for a forbidden character (\n is allowed), the strings hold only what the loop above
	// has seen, and a raw control character inside a string is invalid JSON anyway.
	if isJSON && hasEscapes(data) {
		dec := json.NewDecoder(bytes.NewReader(data))
		for {
			tok, err := dec.Token()
			if err != nil {
				break // the end, or invalid JSON, which decodeJSON reports
			}
			s, ok := tok.(string)
			if !ok {
				continue
			}
			for _, r := range s {
				if what := forbidden(r); what != "" {
					if !report(lineAt(data, int(dec.InputOffset())), "%s in a string: %s", what, forbiddenRule(r)) {
						return problems
					}
					break
				}
			}
		}
	}
	if strings.HasSuffix(name, ".md") {
		for _, loc := range charRef.FindAllIndex(data, -1) {
			ref := string(data[loc[0]:loc[1]])
			if r, bad := unsafeCharRef(ref); bad && !report(lineAt(data, loc[0]), "character reference %s stands for a %s: %s", ref, forbidden(r), forbiddenRule(r)) {
				return problems
			}
		}
	}
	return problems
}
