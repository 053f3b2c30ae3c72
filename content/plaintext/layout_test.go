package plaintext

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"helseguide/i18n"
)

const (
	lri = "\u2066"
	pdi = "\u2069"
)

// arabic is an Arabic answer as Answer writes it: a title, a list of calls with isolated
// numbers, a paragraph, a numbered item, and a source in English.
var arabic = "عاجل: اتصل على " + lri + "116\u00a0117" + pdi + "\n" +
	"\n" +
	"- " + lri + "22\u00a059\u00a013\u00a000" + pdi + ": معلومات عن التسمم (Giftinformasjonen). مفتوح دائمًا\n" +
	"- عيادة الحالات العاجلة في Oslo موجودة في " + lri + "Trondheimsveien 233 (Aker sykehus)" + pdi + ". لم تعد\n" +
	"12. الأطفال تحت 16 سنة لا يدفعون\n" +
	"- Helsenorge: Health care in Norway: https://helsenorge.no/en/healthcare\n"

func TestLayoutLogicalIsWrap(t *testing.T) {
	for _, text := range []string{arabic, "Title\n\n- 116 117: Out-of-hours urgent care (legevakt). Open 24/7\n"} {
		for _, mode := range []i18n.BidiMode{i18n.BidiTerminal, i18n.BidiAuto} {
			l := Layout{Width: 30, Keep: []string{"116 117"}, Lang: "ar", Bidi: mode}
			if got, want := l.Wrap(text), Wrap(text, 30, l.Keep); got != want {
				t.Errorf("%v: Layout.Wrap\n%q\nwant Wrap's\n%q", mode, got, want)
			}
		}
	}
}

func TestLayoutVisual(t *testing.T) {
	l := Layout{Width: 30, Lang: "ar", Bidi: i18n.BidiApp}
	got := strings.Split(l.Wrap(arabic), "\n")
	want := []string{
		"        116\u00a0117 ىلع لصتا :لجاع",
		"",
		// The marker is on the right, where the line begins; the number reads left to right.
		"     نع تامولعم :22\u00a059\u00a013\u00a000 -",
		" .(Giftinformasjonen) ممستلا  ",
		"                 امًئاد حوتفم  ",
		"    يف ةلجاعلا تالاحلا ةدايع -",
		"              يف ةدوجوم Oslo  ",
		// A continuation line that starts with a Latin word keeps its indentation on the
		// right edge, not between the Latin and the Arabic.
		"   Trondheimsveien 233 (Aker  ",
		"            دعت مل .sykehus)  ",
		"     ال ةنس 16 تحت لافطألا .12",
		"                    نوعفدي    ",
		// An English source is left-to-right, its marker on the left.
		"- Helsenorge: Health care in",
		"  Norway:",
		"  https://helsenorge.no/en/healthcare",
		"",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Layout.Wrap in visual order:\n%s\nwant\n%s", strings.Join(quoteAll(got), "\n"), strings.Join(quoteAll(want), "\n"))
	}
	for _, line := range got {
		if strings.ContainsAny(line, lri+pdi) {
			t.Errorf("bidi control left in %q", line)
		}
		if w := ansi.StringWidth(line); w > l.Width && !strings.Contains(line, "://") {
			t.Errorf("line %q is %d wide", line, w)
		}
	}
}

func quoteAll(lines []string) []string {
	var q []string
	for _, l := range lines {
		q = append(q, strings.ReplaceAll(l, "\u00a0", "␣"))
	}
	return q
}

// TestLayoutLeftToRightUnchanged: left-to-right text is laid out the same in both orders.
func TestLayoutLeftToRightUnchanged(t *testing.T) {
	text := "Get a GP (fastlege)\n\nCall:\n- 23 32 70 00: Helsenorge guidance (HELFO): GP and rights. Mon–Fri 08:00–15:30 · Closed now\n" +
		"- 116 117: Out-of-hours urgent care (legevakt). Open 24/7\n\n12. Зателефонуйте 116 117 (legevakt), «ደውሉ» 113.\n"
	keep := []string{"116 117", "23 32 70 00"}
	for _, lang := range []string{"en", "nb", "uk", "ti"} {
		for _, width := range []int{24, 40, 80} {
			app := Layout{Width: width, Keep: keep, Lang: lang, Bidi: i18n.BidiApp}
			if got, want := app.Wrap(text), Wrap(text, width, keep); got != want {
				t.Errorf("%s at %d: visual order changed left-to-right text:\n%s\nwant\n%s", lang, width, got, want)
			}
		}
	}
}

func TestLayoutFill(t *testing.T) {
	l := Layout{Width: 16, Lang: "ar", Bidi: i18n.BidiApp}
	got := l.Fill("ابج دهو زحط يكل منس", "- ", "  ")
	want := []string{"   طحز وهد جبا -", "       سنم لكي  "}
	if !slices.Equal(got, want) {
		t.Errorf("Fill = %q, want %q", got, want)
	}
	// A number alone takes the language's direction: right-aligned in Arabic, whole.
	got = l.Fill(lri+"116\u00a0117"+pdi, "", "  ")
	if want := []string{"         116\u00a0117"}; !slices.Equal(got, want) {
		t.Errorf("Fill(number) = %q, want %q", got, want)
	}
	if got := l.In("en").Fill("116 117", "", ""); !slices.Equal(got, []string{"116 117"}) {
		t.Errorf("Fill(number) in English = %q", got)
	}
}

func TestLayoutLine(t *testing.T) {
	l := Layout{Lang: "ar", Bidi: i18n.BidiApp}
	if got, want := l.Line("نعم"), "معن"; got != want {
		t.Errorf("Line = %q, want %q", got, want)
	}
	if got, want := l.In("en").Line("Yes"), "Yes"; got != want {
		t.Errorf("Line = %q, want %q", got, want)
	}
	l.Bidi = i18n.BidiTerminal
	if got, want := l.Line("نعم"), "نعم"; got != want {
		t.Errorf("Line in logical order = %q, want %q", got, want)
	}
}

func TestLayoutWriter(t *testing.T) {
	var buf bytes.Buffer
	w := Layout{Width: 20, Lang: "ar", Bidi: i18n.BidiApp}.Writer(&buf)
	for _, s := range []string{
		"Emergency 113 · Urgent care 116 117, a long line that the terminal wraps\n",
		"ما الذي تحتاج إليه؟\n1. نعم\n2. لا\n",
		"اكتب رقمًا:", // a prompt without a line break is not held back
	} {
		if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", s, n, err)
		}
	}
	want := "Emergency 113 · Urgent care 116 117, a long line that the terminal wraps\n" +
		" ؟هيلإ جاتحت يذلا ام\n" +
		"              معن .1\n" +
		"               ال .2\n" +
		"          :امًقر بتكا"
	if got := buf.String(); got != want {
		t.Errorf("Writer wrote\n%q\nwant\n%q", got, want)
	}
	var logical bytes.Buffer
	if w := (Layout{Width: 20, Lang: "ar", Bidi: i18n.BidiTerminal}).Writer(&logical); w != &logical {
		t.Errorf("Writer in logical order is not the writer itself")
	}
}

// FuzzLayout checks that visual order loses and adds nothing: each visual line holds the
// characters of the logical line at the same place, less the bidi controls, with brackets
// mirrored, and the lines of a right-to-left paragraph are no wider than the width.
func FuzzLayout(f *testing.F) {
	f.Add(arabic, 30, "ar")
	f.Add("- 116 117: Out-of-hours urgent care (legevakt)\n\nSee https://helsenorge.no/en/a-b-c", 24, "en")
	f.Add("شما می\u200Cتوانید «fastlege» [داکتر] "+lri+"NOK\u00a0179"+pdi, 12, "prs")
	f.Fuzz(func(t *testing.T, text string, width int, lang string) {
		if width < 2 || width > 200 || strings.ContainsFunc(text, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) || !utf8Valid(text) {
			return
		}
		keep := []string{"116 117"}
		logical := strings.Split(Layout{Width: width, Keep: keep, Lang: lang}.Wrap(text), "\n")
		visual := strings.Split(Layout{Width: width, Keep: keep, Lang: lang, Bidi: i18n.BidiApp}.Wrap(text), "\n")
		if len(logical) != len(visual) {
			t.Fatalf("%d logical lines, %d visual:\n%q\n%q", len(logical), len(visual), logical, visual)
		}
		for i := range logical {
			if a, b := runeSet(i18n.StripBidiControls(logical[i])), runeSet(visual[i]); a != b {
				t.Fatalf("line %d: visual %q is no reordering of logical %q", i, visual[i], logical[i])
			}
		}
	})
}

// runeSet is the characters of s but spaces, sorted, each bracket or other paired sign
// written as the first of its pair.
func runeSet(s string) string {
	pairs := strings.NewReplacer(")", "(", "]", "[", "}", "{", ">", "<", "»", "«", "›", "‹")
	rs := []rune(pairs.Replace(noSpace(s)))
	slices.Sort(rs)
	return string(rs)
}
