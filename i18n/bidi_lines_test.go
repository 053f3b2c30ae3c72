package i18n

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/bidi"
)

func TestTextDirection(t *testing.T) {
	rtl, ltr := RightToLeft, LeftToRight
	tests := []struct {
		text     string
		fallback Direction
		want     Direction
	}{
		{"اتصل بالرقم 113", ltr, rtl},
		{"BankID را از بانک خود می گیرید.", ltr, rtl},          // P2 would say ltr
		{"- با BankID، BankID در موبایل وارد شوید.", ltr, rtl}, // a list item
		{"4. العربية [ar] · اختر لغتك", ltr, rtl},
		{"Helsenorge: Health care in Norway: https://helsenorge.no/en/healthcare", rtl, ltr},
		{"113", rtl, rtl},
		{"08:00–15:30 (116 117)", ltr, ltr},
		{"", rtl, rtl},
		{"\u2066NOK 179\u2069 (\u2066116\u00a0117\u2069)", rtl, rtl}, // isolates do not count
		{"\u2066NOK 179\u2069 (\u2066116\u00a0117\u2069)", ltr, ltr},
		{"\u2066NOK 179\u2069 است", ltr, rtl},
		{"Ring 113", rtl, ltr},
		{"العربية", ltr, rtl},
		{"\u2067العربية\u2069 ar", rtl, ltr},
		{"\u2067العربية", ltr, ltr}, // an isolate without its PDI runs to the end
		{"abc\nابج", rtl, ltr},      // stops at the paragraph separator
		{"\u200fabc", ltr, rtl},     // RLM is a strong right-to-left character
		{"١١٣", ltr, ltr},           // Arabic digits are no letters
	}
	for _, tt := range tests {
		if got := TextDirection(tt.text, tt.fallback); got != tt.want {
			t.Errorf("TextDirection(%q, %v) = %v, want %v", tt.text, tt.fallback, got, tt.want)
		}
	}
}

// TestTextDirectionAgreesWithP2 checks TextDirection against ParagraphDirection (rule
// P2, compared with fribidi in TestParagraphDirectionMatchesFriBidi) where the two must
// agree: on every line that holds strong characters of one direction only, and on lines
// without any; a line with both is right-to-left.
func TestTextDirectionAgreesWithP2(t *testing.T) {
	for _, l := range friBidiLines {
		for _, fallback := range []Direction{LeftToRight, RightToLeft} {
			got := TextDirection(l.text, fallback)
			want := ParagraphDirection(l.text, fallback)
			if ltr, rtl := strongDirections(l.text); ltr && rtl {
				want = RightToLeft
			}
			if got != want {
				t.Errorf("TextDirection(%q, %v) = %v, want %v", l.text, fallback, got, want)
			}
		}
	}
}

// strongDirections reports which directions of strong characters s holds outside
// isolates.
func strongDirections(s string) (ltr, rtl bool) {
	depth := 0
	for _, r := range s {
		props, _ := bidi.LookupRune(r)
		switch c := props.Class(); {
		case r == '\u2066' || r == '\u2067' || r == '\u2068':
			depth++
		case r == '\u2069':
			depth = max(depth-1, 0)
		case depth > 0:
		case c == bidi.L:
			ltr = true
		case c == bidi.R || c == bidi.AL:
			rtl = true
		}
	}
	return ltr, rtl
}

func TestReorderLines(t *testing.T) {
	rtl, ltr := RightToLeft, LeftToRight
	tests := []struct {
		name  string
		lines []string
		dir   Direction
		want  []string
	}{
		{"arabic", []string{"ابج دهو", "زحط"}, rtl, []string{"وهد جبا", "طحز"}},
		{"latin unchanged", []string{"Ring 113", "nå"}, ltr, []string{"Ring 113", "nå"}},
		// The ")" on the second line closes the "(" on the first, as in WrapVisual.
		{"levels resolved over the paragraph", []string{"ابج (abc", "def) ghi"}, rtl,
			[]string{"abc) جبا", "ghi (def"}},
		{"isolated number whole", []string{"اتصل بـ " + NumberRun("116 117", rtl)}, rtl,
			[]string{"116\u00a0117 ـب لصتا"}},
		{"isolate across lines", []string{"في \u2066Trondheimsveien 233", "(Aker sykehus)\u2069 الآن"}, rtl,
			[]string{"Trondheimsveien 233 يف", "نآلا (Aker sykehus)"}},
		{"empty lines", []string{"", "ابج", ""}, rtl, []string{"", "جبا", ""}},
		{"no lines", nil, rtl, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ReorderLines(tt.lines, tt.dir)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ReorderLines(%q, %v)\n got %q\nwant %q", tt.lines, tt.dir, got, tt.want)
			}
		})
	}
}

// TestReorderLinesIsWrapVisual: given the lines WrapVisual wraps a paragraph into (in
// logical order), ReorderLines puts them in the same visual order as WrapVisual, where
// the paragraph was broken at spaces (ReorderLines joins its lines with spaces).
func TestReorderLinesIsWrapVisual(t *testing.T) {
	compared := 0
	for _, l := range friBidiLines {
		for _, width := range []int{8, 13, 20, 40} {
			text := StripBidiControls(l.text)
			dir := ParagraphDirection(text, l.base)
			want := WrapVisual(text, width, l.base)
			// The logical lines are those of the same wrapping: wrapSpans.
			runes := []rune(text)
			var lines []string
			spans := wrapSpans(runes, text, width)
			for i, span := range spans {
				if i > 0 && spans[i-1][1] == span[0] {
					lines = nil // a word cut in the middle
					break
				}
				lines = append(lines, string(runes[span[0]:span[1]]))
			}
			if lines == nil {
				continue
			}
			got := ReorderLines(lines, dir)
			for i := range got {
				got[i] = Align(got[i], dir, width)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q at %d:\nReorderLines %q\n  WrapVisual %q", text, width, got, want)
			}
			compared++
		}
	}
	if compared < 3*len(friBidiLines) {
		t.Errorf("only %d paragraphs compared", compared)
	}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		line  string
		dir   Direction
		width int
		want  string
	}{
		{"جبا", RightToLeft, 6, "   جبا"},
		{"جبا", LeftToRight, 6, "جبا"},
		{"", RightToLeft, 6, ""},
		{"https://helsenorge.no/en/healthcare", RightToLeft, 10, "https://helsenorge.no/en/healthcare"},
		{"漢字", RightToLeft, 6, "  漢字"}, // wide characters count twice
		{"جبا", RightToLeft, 0, "جبا"},
	}
	for _, tt := range tests {
		got := Align(tt.line, tt.dir, tt.width)
		if got != tt.want {
			t.Errorf("Align(%q, %v, %d) = %q, want %q", tt.line, tt.dir, tt.width, got, tt.want)
		}
		if tt.dir == RightToLeft && tt.line != "" && ansi.StringWidth(tt.line) < tt.width && ansi.StringWidth(got) != tt.width {
			t.Errorf("Align(%q, %v, %d) is %d wide", tt.line, tt.dir, tt.width, ansi.StringWidth(got))
		}
	}
}

func TestHasRightToLeft(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Ring 113 (fastlege) 08:00–15:30 «NOK 3 278»", false},
		{"Зателефонуйте 116 117", false},
		{"ደውሉ 113", false},
		{"اتصل", true},
		{"שלום", true},
		{"١١٣", true},  // Arabic-Indic digits are AN
		{"۱۱۳", false}, // Persian digits are EN
		{"\u2067x\u2069", true},
		{"\u2066x\u2069", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := HasRightToLeft(tt.s); got != tt.want {
			t.Errorf("HasRightToLeft(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestLeftToRightRun(t *testing.T) {
	if got, want := LeftToRightRun("Storgata 40", RightToLeft), "\u2066Storgata 40\u2069"; got != want {
		t.Errorf("LeftToRightRun in rtl = %q, want %q", got, want)
	}
	if got := LeftToRightRun("Storgata 40", LeftToRight); got != "Storgata 40" {
		t.Errorf("LeftToRightRun in ltr = %q, want it unchanged", got)
	}
	if got := LeftToRightRun("", RightToLeft); got != "" {
		t.Errorf("LeftToRightRun of nothing = %q", got)
	}
	// In Arabic text the address reads left to right as a whole, at the end of a line.
	line := "في " + LeftToRightRun("Trondheimsveien 233 (Aker sykehus)", RightToLeft) + "."
	if got, want := Visual(line, RightToLeft), ".Trondheimsveien 233 (Aker sykehus) يف"; got != want {
		t.Errorf("Visual(%q) = %q, want %q", line, got, want)
	}
	if strings.ContainsAny(Visual(line, RightToLeft), "\u2066\u2069") {
		t.Errorf("Visual left the isolate in")
	}
}
