package slip

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/i18n"
)

// update rewrites the golden slips: go test ./content/slip -update (read the diff first).
var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// testNow is a Wednesday morning in Oslo.
var testNow = time.Date(2026, 12, 2, 10, 0, 0, 0, time.FixedZone("CET", 3600))

// walks are the choices of every answer the width test lays out, one walk per answer.
var walks = map[string]string{
	"emergency":          "emergency=yes",
	"urgent":             "emergency=no urgent=yes",
	"own_gp":             "emergency=no urgent=no topic=doctor id=fnr gp=yes",
	"gp_register":        "emergency=no urgent=no topic=doctor id=fnr gp=no",
	"waiting_for_id":     "emergency=no urgent=no topic=doctor id=none asylum=no stay=over12 permit=yes",
	"dnumber":            "emergency=no urgent=no topic=doctor id=dnumber asylum=no stay=over12 permit=yes",
	"asylum_seeker":      "emergency=no urgent=no topic=doctor id=dnumber asylum=yes",
	"undocumented":       "emergency=no urgent=no topic=doctor id=none asylum=rejected",
	"short_stay_ehic":    "emergency=no urgent=no topic=doctor id=none asylum=no stay=under6 ehic=yes",
	"short_stay_nordic":  "emergency=no urgent=no topic=doctor id=none asylum=no stay=under6 ehic=nordic",
	"short_stay_no_ehic": "emergency=no urgent=no topic=doctor id=dnumber asylum=no stay=under6 ehic=no",
	"mental":             "emergency=no urgent=no topic=mental",
	"pregnancy":          "emergency=no urgent=no topic=pregnancy",
	"child":              "emergency=no urgent=no topic=child",
	"dental":             "emergency=no urgent=no topic=dental",
	"fees":               "emergency=no urgent=no topic=fees",
	"interpreter":        "emergency=no urgent=no topic=interpreter",
	"complaint":          "emergency=no urgent=no topic=complaint",
}

func loadGuide(t testing.TB) *content.Guide {
	t.Helper()
	g, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// document walks to an answer and builds its document in lang at testNow.
func document(t testing.TB, g *content.Guide, answer, lang string) *content.Document {
	t.Helper()
	choices := map[string]string{}
	for _, f := range strings.Fields(walks[answer]) {
		k, v, _ := strings.Cut(f, "=")
		choices[k] = v
	}
	step, err := content.Next(g, choices, testNow)
	if err != nil || !step.Done() || step.Answer.ID != answer {
		t.Fatalf("%s: walk %q: %v", answer, walks[answer], err)
	}
	r, err := g.Render(lang, step, testNow)
	if err != nil {
		t.Fatal(err)
	}
	return g.Document(r, testNow)
}

// TestGolden compares slips byte for byte with
// testdata/<answer>_<lang>_<also>_<width>[_<bidi>].golden; the bidi mode is named for the
// slips in a right-to-left language, laid out in both orders.
func TestGolden(t *testing.T) {
	g := loadGuide(t)
	logical, visual := i18n.BidiTerminal, i18n.BidiApp
	tests := []struct {
		answer, lang, also string
		width              int
		bidi               i18n.BidiMode
	}{
		{"emergency", "en", "nb", 40, logical},
		{"gp_register", "en", "nb", 40, logical},
		{"fees", "en", "nb", 32, logical},
		{"urgent", "uk", "nb", 40, logical},
		{"gp_register", "uk", "nb", 32, logical},
		{"urgent", "nb", "en", 48, logical},
		{"complaint", "en", "", 24, logical},
		{"urgent", "ar", "nb", 40, logical},
		{"urgent", "ar", "nb", 40, visual},
		{"gp_register", "prs", "nb", 32, logical},
		{"gp_register", "prs", "nb", 32, visual},
		{"fees", "ar", "", 32, visual},
		{"emergency", "prs", "en", 48, visual},
	}
	for _, tt := range tests {
		parts := []string{tt.answer, tt.lang, tt.also, strconv.Itoa(tt.width)}
		if i18n.DirectionOf(tt.lang) == i18n.RightToLeft {
			parts = append(parts, tt.bidi.String())
		}
		name := strings.Join(parts, "_")
		t.Run(name, func(t *testing.T) {
			var also *content.Document
			if tt.also != "" {
				also = document(t, g, tt.answer, tt.also)
			}
			got, err := Layout(document(t, g, tt.answer, tt.lang), also, tt.width, tt.bidi)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join("testdata", strings.ReplaceAll(name, "__", "_")+".golden")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./content/slip -update)", err)
			}
			if got != string(want) {
				t.Errorf("slip differs from %s:\n%s", file, got)
			}
		})
	}
}

// TestWidths lays out every answer in every language pair the guide has at the widths of
// receipt printers, terminals and paper, in logical and in visual order, and checks each
// slip: no line wider than the width, no escape sequence or other control character, no
// space at a line's end (but the indentation of a right-aligned right-to-left line in
// visual order), every number to call and every fee (with its year) whole on one line,
// and nothing lost: in logical order the same text as at a width where nothing wraps, in
// visual order the same characters on each line as in logical order.
func TestWidths(t *testing.T) {
	g := loadGuide(t)
	pairs := [][2]string{{"en", "nb"}, {"nb", "en"}, {"uk", "nb"}, {"ar", "nb"}, {"prs", "nb"}, {"pl", "nb"}, {"so", "nb"}, {"en", ""}, {"ar", ""}, {"en", "ar"}}
	for answer := range walks {
		for _, p := range pairs {
			own := document(t, g, answer, p[0])
			var also *content.Document
			if p[1] != "" {
				also = document(t, g, answer, p[1])
			}
			wide, err := Layout(own, also, 1000, i18n.BidiTerminal)
			if err != nil {
				t.Fatal(err)
			}
			for _, width := range []int{24, 32, 40, 60, 80} {
				logical, err := Layout(own, also, width, i18n.BidiTerminal)
				if err != nil {
					t.Fatal(err)
				}
				for _, bidi := range []i18n.BidiMode{i18n.BidiTerminal, i18n.BidiApp} {
					name := fmt.Sprintf("%s %s+%s at %d, %v", answer, p[0], p[1], width, bidi)
					got, err := Layout(own, also, width, bidi)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					checkSlip(t, name, got, width, bidi, own, also)
					if bidi == i18n.BidiTerminal {
						if a, b := essence(wide), essence(got); a != b {
							t.Errorf("%s: text lost or changed by wrapping:\n%s\nwant as at width 1000:\n%s", name, got, wide)
						}
						continue
					}
					lines, want := strings.Split(got, "\n"), strings.Split(logical, "\n")
					if len(lines) != len(want) {
						t.Fatalf("%s: %d lines, %d in logical order", name, len(lines), len(want))
					}
					for i := range lines {
						if a, b := runeSet(i18n.StripBidiControls(want[i])), runeSet(lines[i]); a != b {
							t.Errorf("%s: line %d %q is no reordering of %q", name, i+1, lines[i], want[i])
						}
					}
				}
			}
		}
	}
}

// checkSlip checks the lines of a slip at width: see TestWidths.
func checkSlip(t *testing.T, name, slip string, width int, bidi i18n.BidiMode, docs ...*content.Document) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(slip, "\n"), "\n")
	for i, line := range lines {
		w := ansi.StringWidth(line)
		if w > width {
			t.Errorf("%s: line %d is %d wide: %q", name, i+1, w, line)
		}
		if strings.TrimRight(line, " ") != line && (bidi != i18n.BidiApp || w != width) {
			t.Errorf("%s: line %d ends in a space: %q", name, i+1, line)
		}
		if strings.IndexFunc(line, unicode.IsControl) >= 0 {
			t.Errorf("%s: line %d holds a control character: %q", name, i+1, line)
		}
		if bidi == i18n.BidiApp && strings.ContainsFunc(line, func(r rune) bool { return unicode.Is(unicode.Bidi_Control, r) }) {
			t.Errorf("%s: line %d holds a bidi control: %q", name, i+1, line)
		}
	}
	var values []string
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, c := range d.Calls {
			values = append(values, c.Number)
		}
		for _, f := range d.Fees {
			amount := f.Amount
			if bidi == i18n.BidiApp { // the whole fee is one line: the line reordered
				amount = i18n.Visual(amount, i18n.TextDirection(amount, i18n.DirectionOf(d.Lang)))
			}
			values = append(values, shown(amount))
		}
	}
	for _, v := range values {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(shown(l), v) }) {
			t.Errorf("%s: %q is not whole on one line:\n%s", name, v, slip)
		}
	}
}

// shown is s as a reader sees it: without bidi controls, no-break spaces as spaces.
func shown(s string) string {
	return strings.ReplaceAll(i18n.StripBidiControls(s), "\u00a0", " ")
}

// runeSet is the characters of s but spaces, sorted, each bracket written as the first of
// its pair: what reordering must keep.
func runeSet(s string) string {
	pairs := strings.NewReplacer(")", "(", "]", "[", "}", "{", ">", "<", "»", "«")
	rs := []rune(pairs.Replace(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)))
	slices.Sort(rs)
	return string(rs)
}

// TestLeftToRightUnchangedByBidi: a slip without right-to-left text is the same byte for
// byte in both orders.
func TestLeftToRightUnchangedByBidi(t *testing.T) {
	g := loadGuide(t)
	for answer := range walks {
		for _, p := range [][2]string{{"en", "nb"}, {"nb", "en"}, {"uk", "nb"}, {"ti", "nb"}, {"so", ""}} {
			own, also := document(t, g, answer, p[0]), (*content.Document)(nil)
			if p[1] != "" {
				also = document(t, g, answer, p[1])
			}
			for _, width := range []int{24, 40} {
				logical, err1 := Layout(own, also, width, i18n.BidiTerminal)
				visual, err2 := Layout(own, also, width, i18n.BidiApp)
				if err1 != nil || err2 != nil || logical != visual {
					t.Errorf("%s %s+%s at %d: the slip changes with --bidi app (%v, %v):\n%s\nwant\n%s", answer, p[0], p[1], width, err1, err2, visual, logical)
				}
			}
		}
	}
}

// essence is a slip without its rules, spaces and separators: what is left must not
// depend on the width.
func essence(slip string) string {
	var b strings.Builder
	for _, line := range strings.Split(slip, "\n") {
		if strings.Trim(line, "=-") == "" {
			continue
		}
		b.WriteString(strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || r == '·' {
				return -1
			}
			return r
		}, line))
	}
	return b.String()
}

// TestOneLanguage: a slip in Norwegian, or with the reader's language as the second
// language too, shows each text once.
func TestOneLanguage(t *testing.T) {
	g := loadGuide(t)
	tests := []struct {
		lang, also string
		once       []string
	}{
		{"nb", "nb", []string{"Ta dette med deg", "Jeg trenger tolk.", "Jeg heter ____.", "Ring\n", "Legevakt\n"}},
		{"nb", "", []string{"Ta dette med deg", "Jeg trenger tolk.", "Jeg heter ____."}},
		{"en", "en", []string{"Take this with you", "I need an interpreter.", "Jeg trenger tolk.", "My name is ____.", "Call\n"}},
	}
	for _, tt := range tests {
		own := document(t, g, "urgent", tt.lang)
		var also *content.Document
		if tt.also != "" {
			also = document(t, g, "urgent", tt.also)
		}
		got, err := Layout(own, also, 40, i18n.BidiTerminal)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tt.once {
			if n := strings.Count(got, s); n != 1 {
				t.Errorf("%s+%s: %q shows %d times, want once:\n%s", tt.lang, tt.also, s, n, got)
			}
		}
	}
}

func TestMinWidth(t *testing.T) {
	g := loadGuide(t)
	d := document(t, g, "emergency", "en")
	for _, width := range []int{-1, 0, 5, MinWidth - 1} {
		got, err := Layout(d, nil, width, i18n.BidiTerminal)
		if err == nil || got != "" {
			t.Errorf("Layout at width %d = %q, %v; want an error", width, got, err)
		} else if want := fmt.Sprintf("slip width %d is too narrow: the slip needs at least %d columns", width, MinWidth); err.Error() != want {
			t.Errorf("Layout at width %d: error %q, want %q", width, err, want)
		}
	}
	if _, err := Layout(d, nil, MinWidth, i18n.BidiTerminal); err != nil {
		t.Errorf("Layout at MinWidth: %v", err)
	}
}

// BenchmarkLayout lays out the Ukrainian and Norwegian slip of the urgent answer at 40
// columns.
func BenchmarkLayout(b *testing.B) {
	g := loadGuide(b)
	own, also := document(b, g, "urgent", "uk"), document(b, g, "urgent", "nb")
	for b.Loop() {
		if _, err := Layout(own, also, 40, i18n.BidiTerminal); err != nil {
			b.Fatal(err)
		}
	}
}
