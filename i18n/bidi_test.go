package i18n

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/bidi"
)

func TestParagraphDirection(t *testing.T) {
	tests := []struct {
		text     string
		fallback Direction
		want     Direction
	}{
		{"", RightToLeft, RightToLeft},
		{"", LeftToRight, LeftToRight},
		{"113", RightToLeft, RightToLeft},
		{"08:00–15:30 (116 117)", LeftToRight, LeftToRight},
		{"اتصل بالرقم 113", LeftToRight, RightToLeft},
		{"fastlege هو طبيبك", RightToLeft, LeftToRight},
		{"116 117 اتصل", LeftToRight, RightToLeft},
		{"«شما» tolk", LeftToRight, RightToLeft},
		{"\u2066NOK 179\u2069 است", LeftToRight, RightToLeft}, // isolate skipped
		{"\u2067اتصل\u2069 Ring", RightToLeft, LeftToRight},
		{"\u2066NOK 179", RightToLeft, RightToLeft}, // unclosed isolate: all skipped
		{"\u200Fabc", LeftToRight, RightToLeft},     // RLM is a strong R character
		{"abc\nابج", RightToLeft, LeftToRight},
		{"\nابج", LeftToRight, LeftToRight}, // stops at the paragraph separator
	}
	for _, tt := range tests {
		if got := ParagraphDirection(tt.text, tt.fallback); got != tt.want {
			t.Errorf("ParagraphDirection(%q, %v) = %v, want %v", tt.text, tt.fallback, got, tt.want)
		}
	}
}

func TestVisual(t *testing.T) {
	rtl, ltr := RightToLeft, LeftToRight
	tests := []struct {
		name string
		line string
		base Direction
		want string
	}{
		{"latin", "fastlege", ltr, "fastlege"},
		{"arabic", "ابج", rtl, "جبا"},
		{"empty", "", rtl, ""},
		{"arabic word in latin", "Tolk: مترجم (gratis)", ltr, "Tolk: مجرتم (gratis)"},
		{"latin word in arabic", "ابج fastlege د", rtl, "د fastlege جبا"},
		{"latin line in an arabic paragraph", "fastlege د", rtl, "د fastlege"},
		{"brackets mirrored", "(ابج)", rtl, "(جبا)"},
		{"latin in brackets", "ابج (fastlege)", rtl, "(fastlege) جبا"},
		{"nested brackets", "[ابج (fastlege)]", rtl, "[(fastlege) جبا]"},
		{"angle and guillemets", "ابج <د> «ه»", rtl, "«ه» <د> جبا"},
		{"number in arabic", "ابج 113 د", rtl, "د 113 جبا"},
		{"space splits a number", "ابج 116 117", rtl, "117 116 جبا"},
		{"NumberRun keeps it whole", "ابج " + NumberRun("116 117", rtl), rtl, "116\u00a0117 جبا"},
		{"comma joins digits", "ابج 3,278", rtl, "3,278 جبا"},
		{"dash splits times", "ابج 08:00–15:30", rtl, "15:30–08:00 جبا"},
		{"NumberRun times", "ابج " + NumberRun("08:00–15:30", rtl), rtl, "08:00–15:30 جبا"},
		{"NumberRun fee", "ابج " + NumberRun("NOK 3 278", rtl) + " د", rtl, "د NOK\u00a03\u00a0278 جبا"},
		{"arabic-indic digits", "ابج ١١٣", rtl, "١١٣ جبا"},
		{"persian digits", "شماره ۱۱۶ ۱۱۷", rtl, "۱۱۷ ۱۱۶ هرامش"},
		// A number after Arabic text in a left-to-right paragraph is at
		// level 2 and is reordered with the Arabic, while the Latin after it
		// stays at level 0: x/text's Order puts both in one run.
		{"level 2 number in ltr", "abc ابج 12 def", ltr, "abc 12 جبا def"},
		{"fatha kasra shadda stay on their letters",
			"\u0628\u064E\u062A\u0651\u0650", // بَتِّ
			rtl, "\u062A\u0651\u0650\u0628\u064E"},
		{"marks before a bracket",
			"\u0643\u0650\u062A\u064E\u0627\u0628\u064C (bok)", // كِتَابٌ (bok)
			rtl, "(bok) \u0628\u064C\u0627\u062A\u064E\u0643\u0650"},
		{"latin combining mark", "ابج cafe\u0301", rtl, "cafe\u0301 جبا"},
		{"zwnj stays between its letters", "می\u200Cشود", rtl, "دوش\u200Cیم"},
		{"trailing spaces go left", "ابج  ", rtl, "  جبا"},
		{"tab", "ابج\t113", rtl, "113\tجبا"},
		{"marks stripped", "113\u200F ابج\u200E", rtl, "جبا 113"},
		{"embedding stripped", "\u202Babc ابج\u202C", ltr, "جبا abc"},
		{"override", "\u202Eabc\u202C د", rtl, "د cba"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Visual(tt.line, tt.base); got != tt.want {
				t.Errorf("Visual(%q, %v)\n got %q\nwant %q", tt.line, tt.base, got, tt.want)
			}
		})
	}
}

func TestWrapVisual(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		width    int
		fallback Direction
		want     []string
	}{
		{"rtl right-aligned", "ابج دهو زحط", 8, LeftToRight,
			[]string{" وهد جبا", "     طحز"}},
		{"ltr not padded", "Ring 113 nå", 8, RightToLeft,
			[]string{"Ring 113", "nå"}},
		{"neutral paragraph takes the fallback", "113", 5, RightToLeft,
			[]string{"  113"}},
		// The ")" on the second line closes the "(" on the first: with the
		// levels of the whole paragraph it is at level 1 and drawn as "(" to
		// the left of "def"; on its own the line would read "def) ghi".
		{"levels resolved over the paragraph", "ابج (abc def) ghi", 9, LeftToRight,
			[]string{" abc) جبا", " ghi (def"}},
		{"plain spaces break a number", "اتصل بـ 116 117", 11, LeftToRight,
			[]string{"116 ـب لصتا", "        117"}},
		{"NumberRun does not", "اتصل بـ " + NumberRun("116 117", RightToLeft), 11, LeftToRight,
			[]string{"    ـب لصتا", "    116\u00a0117"}},
		{"paragraphs", "ابج\n\nfastlege", 8, LeftToRight,
			[]string{"     جبا", "", "fastlege"}},
		{"no width", "ابج د", 0, LeftToRight,
			[]string{"د جبا"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WrapVisual(tt.text, tt.width, tt.fallback)
			if !slices.Equal(got, tt.want) {
				t.Errorf("WrapVisual(%q, %d, %v)\n got %q\nwant %q", tt.text, tt.width, tt.fallback, got, tt.want)
			}
		})
	}
}

func TestNumberRun(t *testing.T) {
	tests := []struct {
		value string
		dir   Direction
		want  string
	}{
		{"116 117", RightToLeft, "\u2066116\u00a0117\u2069"},
		{"NOK 3 278", RightToLeft, "\u2066NOK\u00a03\u00a0278\u2069"},
		{"08:00–15:30", RightToLeft, "\u206608:00–15:30\u2069"},
		{"116 117", LeftToRight, "116\u00a0117"},
		{"113", LeftToRight, "113"},
		{"", RightToLeft, ""},
	}
	for _, tt := range tests {
		if got := NumberRun(tt.value, tt.dir); got != tt.want {
			t.Errorf("NumberRun(%q, %v) = %q, want %q", tt.value, tt.dir, got, tt.want)
		}
	}
}

func TestStripBidiControls(t *testing.T) {
	in := "\u2066116\u00a0117\u2069 \u200Fابج\u200E \u202Ax\u202C\u061C \u200Cی"
	want := "116\u00a0117 ابج x \u200Cی"
	if got := StripBidiControls(in); got != want {
		t.Errorf("StripBidiControls(%q) = %q, want %q", in, got, want)
	}
}

// FuzzVisual checks that Visual never panics, returns the input's characters
// less the bidi controls (a mirrored glyph counting as its pair) and keeps
// the terminal width of plain text made of characters and their marks; and
// that WrapVisual never panics and keeps its lines within the width.
func FuzzVisual(f *testing.F) {
	for _, l := range friBidiLines {
		f.Add(l.text, l.base == RightToLeft, 20)
	}
	f.Add("\u2067\u2066\u2069\u064E(\u202E[a\u202C]\u2069", true, 3)
	f.Add("\u0628\u200D\u064E\u200C\u0651 ١,٢ 1.2 $5 %", false, 1)
	f.Add("\xff\xfeابج", true, 4)
	f.Fuzz(func(t *testing.T, s string, rtl bool, width int) {
		base := LeftToRight
		if rtl {
			base = RightToLeft
		}
		in := StripBidiControls(string([]rune(s)))
		got := Visual(s, base)
		if a, b := mirrorClasses(in), mirrorClasses(got); !slices.Equal(a, b) {
			t.Fatalf("Visual(%q, %v) = %q: not a permutation of %q", s, base, got, in)
		}
		if isPlain(in) && marksOnly(in) && marksOnly(got) {
			if w, v := ansi.StringWidth(in), ansi.StringWidth(got); w != v {
				t.Fatalf("Visual(%q, %v) = %q: width %d, want %d", s, base, got, v, w)
			}
		}
		width = (width%60+60)%60 + 1
		for _, line := range WrapVisual(s, width, base) {
			if isPlain(in) && marksOnly(in) && marksOnly(line) && ansi.StringWidth(line) > max(width, 2) {
				t.Fatalf("WrapVisual(%q, %d, %v): line %q is wider than %d", s, width, base, line, width)
			}
		}
	})
}

// mirrorClasses returns the runes of s sorted, each replaced by the lesser
// of it and its mirror glyph.
func mirrorClasses(s string) []rune {
	var rs []rune
	for _, r := range s {
		rs = append(rs, min(r, mirror(r)))
	}
	slices.Sort(rs)
	return rs
}

// marksOnly reports whether every grapheme cluster of s (as ansi segments
// it for StringWidth) is one character followed by non-spacing marks or
// characters of no width, the clusters Visual keeps whole (rule L3). Like
// GNU FriBidi, Visual may split or make others at an odd level, such as a
// prepended Arabic number sign (U+0600–U+0605) and the character after it,
// or an emoji and its skin-tone modifier, and the width ansi measures for
// them can then change; the fuzz test checks the width of the rest.
func marksOnly(s string) bool {
	for s != "" {
		cluster, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		for i, r := range cluster {
			props, _ := bidi.LookupRune(r)
			if i > 0 && props.Class() != bidi.NSM && ansi.StringWidth(string(r)) != 0 {
				return false
			}
		}
		s = s[len(cluster):]
	}
	return true
}

// isPlain reports whether s is plain text: no control characters, whose
// reordering could make or break an escape sequence.
func isPlain(s string) bool {
	return !strings.ContainsFunc(s, unicode.IsControl)
}

// BenchmarkWrapVisual lays out an answer paragraph of about 400 characters
// of Arabic with numbers and Norwegian terms at 60 columns.
func BenchmarkWrapVisual(b *testing.B) {
	para := strings.Repeat("إذا لم يكن طبيبك (fastlege) متاحًا، اتصل بـ "+NumberRun("116 117", RightToLeft)+
		"، الرسوم "+NumberRun("NOK 179", RightToLeft)+". ", 4)
	for b.Loop() {
		WrapVisual(para, 60, RightToLeft)
	}
}
