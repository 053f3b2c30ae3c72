package plaintext

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

func TestFill(t *testing.T) {
	numbers := []string{"116 117", "23 32 70 00", "+47 23 48 72 00", "23 48 72 00"}
	tests := []struct {
		name        string
		s           string
		width       int
		first, rest string
		want        []string
	}{
		{"fits", "Call 113 now.", 20, "", "", []string{"Call 113 now."}},
		{"breaks at spaces", "one two three four", 9, "", "", []string{"one two", "three", "four"}},
		{"hanging indent", "one two three four", 10, "- ", "  ", []string{"- one two", "  three", "  four"}},
		{"a number is never split", "Call legevakt on 116 117 today", 20, "", "", []string{"Call legevakt on", "116 117 today"}},
		{"the longest value wins", "Ring +47 23 48 72 00 fra utlandet", 18, "", "", []string{"Ring", "+47 23 48 72 00", "fra utlandet"}},
		{"a no-break space holds", "Limit 3\u00a0278 kroner", 10, "", "", []string{"Limit", "3\u00a0278", "kroner"}},
		{"a word wider than a line is cut", "see helsenorge.no/a/b/c", 10, "", "", []string{"see", "helsenorge", ".no/a/b/c"}},
		{"a web address is never cut", "see https://helsenorge.no/x then", 10, "- ", "  ", []string{"- see", "  https://helsenorge.no/x", "  then"}},
		{"a value wider than the width is never cut", "ring 116 117", 5, "", "", []string{"ring", "116 117"}},
		{"a word too wide for the indent starts at the edge", "- https://a.no/xyz x", 16, "  ", "  ", []string{"  -", "https://a.no/xyz", "  x"}},
		{"wide characters count twice", "日本語 日本語", 7, "", "", []string{"日本語", "日本語"}},
		{"Cyrillic counts once", "Мене звати ____.", 16, "", "", []string{"Мене звати ____."}},
		{"spaces collapse, none at the end", "  a   b  ", 10, "", "", []string{"a b"}},
		{"empty", "", 10, "- ", "  ", []string{"-"}},
		{"no width: no wrapping", "one two", 0, "> ", "", []string{"> one two"}},
		{"a wide prefix is dropped on later lines", "one two three", 8, "      ", "      ", []string{"", "one two", "three"}},
	}
	for _, tt := range tests {
		got := Fill(tt.s, tt.width, tt.first, tt.rest, numbers)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Fill(%q, %d) = %q, want %q", tt.name, tt.s, tt.width, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	in := "Title\n\nCall:\n- 116 117: Out-of-hours urgent care (legevakt). Open 24/7\n  - nested item that is long\n12. numbered item that is long\n"
	want := "Title\n\nCall:\n- 116 117:\n  Out-of-hours urgent\n  care (legevakt).\n  Open 24/7\n  - nested item that\n    is long\n12. numbered item that\n    is long\n"
	if got := Wrap(in, 22, []string{"116 117"}); got != want {
		t.Errorf("Wrap =\n%s\nwant\n%s", got, want)
	}
	if got := Wrap(in, 0, nil); got != in {
		t.Errorf("Wrap at width 0 changed the text: %q", got)
	}
}

// FuzzWrap checks that Wrap loses nothing but spaces and writes no line wider than the
// width (a grapheme cluster is at most 2 cells wide, so from width 2 on every line fits),
// but for a line of one web address or kept value that is wider itself.
func FuzzWrap(f *testing.F) {
	f.Add("- 116 117: Out-of-hours urgent care (legevakt)\n\nSee https://helsenorge.no/en/a-b-c", 24)
	f.Add("Мене звати ____. 日本語 3\u00a0278 kroner", 5)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if width < 2 || width > 200 || strings.ContainsRune(text, '\x1b') || !utf8Valid(text) {
			return
		}
		out := Wrap(text, width, []string{"116 117"})
		for _, line := range strings.Split(out, "\n") {
			body := strings.TrimLeft(line, " ")
			body = body[len(listMarker.FindString(body)):]
			if w := ansi.StringWidth(line); w > width && !whole(body, []string{"116 117"}) {
				t.Fatalf("line %q is %d wide, more than %d", line, w, width)
			}
		}
		if a, b := noSpace(text), noSpace(out); a != b {
			t.Fatalf("content changed:\n%q\n%q", a, b)
		}
	})
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
