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

// TestGolden compares slips byte for byte with testdata/<answer>_<lang>_<also>_<width>.golden.
func TestGolden(t *testing.T) {
	g := loadGuide(t)
	tests := []struct {
		answer, lang, also string
		width              int
	}{
		{"emergency", "en", "nb", 40},
		{"gp_register", "en", "nb", 40},
		{"fees", "en", "nb", 32},
		{"urgent", "uk", "nb", 40},
		{"gp_register", "uk", "nb", 32},
		{"urgent", "nb", "en", 48},
		{"complaint", "en", "", 24},
	}
	for _, tt := range tests {
		name := strings.Join([]string{tt.answer, tt.lang, tt.also, strconv.Itoa(tt.width)}, "_")
		t.Run(name, func(t *testing.T) {
			var also *content.Document
			if tt.also != "" {
				also = document(t, g, tt.answer, tt.also)
			}
			got, err := Layout(document(t, g, tt.answer, tt.lang), also, tt.width)
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
// receipt printers, terminals and paper, and checks each slip: no line wider than the
// width, no escape sequence or other control character, no space at a line's end, every
// number to call and every fee (with its year) whole on one line, and nothing lost: the
// same text as at a width where nothing wraps.
func TestWidths(t *testing.T) {
	g := loadGuide(t)
	pairs := [][2]string{{"en", "nb"}, {"nb", "en"}, {"uk", "nb"}, {"ar", "nb"}, {"pl", "nb"}, {"so", "nb"}, {"en", ""}}
	for answer := range walks {
		for _, p := range pairs {
			own := document(t, g, answer, p[0])
			var also *content.Document
			if p[1] != "" {
				also = document(t, g, answer, p[1])
			}
			wide, err := Layout(own, also, 1000)
			if err != nil {
				t.Fatal(err)
			}
			for _, width := range []int{24, 32, 40, 60, 80} {
				name := fmt.Sprintf("%s %s+%s at %d", answer, p[0], p[1], width)
				got, err := Layout(own, also, width)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
				for i, line := range lines {
					if w := ansi.StringWidth(line); w > width {
						t.Errorf("%s: line %d is %d wide: %q", name, i+1, w, line)
					}
					if strings.TrimRight(line, " ") != line {
						t.Errorf("%s: line %d ends in a space: %q", name, i+1, line)
					}
					if strings.IndexFunc(line, unicode.IsControl) >= 0 {
						t.Errorf("%s: line %d holds a control character: %q", name, i+1, line)
					}
				}
				var values []string
				for _, d := range []*content.Document{own, also} {
					if d == nil {
						continue
					}
					for _, c := range d.Calls {
						values = append(values, c.Number)
					}
					for _, f := range d.Fees {
						values = append(values, f.Amount)
					}
				}
				for _, v := range values {
					if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, v) }) {
						t.Errorf("%s: %q is not whole on one line:\n%s", name, v, got)
					}
				}
				if a, b := essence(wide), essence(got); a != b {
					t.Errorf("%s: text lost or changed by wrapping:\n%s\nwant as at width 1000:\n%s", name, got, wide)
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
		got, err := Layout(own, also, 40)
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
		got, err := Layout(d, nil, width)
		if err == nil || got != "" {
			t.Errorf("Layout at width %d = %q, %v; want an error", width, got, err)
		} else if want := fmt.Sprintf("slip width %d is too narrow: the slip needs at least %d columns", width, MinWidth); err.Error() != want {
			t.Errorf("Layout at width %d: error %q, want %q", width, err, want)
		}
	}
	if _, err := Layout(d, nil, MinWidth); err != nil {
		t.Errorf("Layout at MinWidth: %v", err)
	}
}

// BenchmarkLayout lays out the Ukrainian and Norwegian slip of the urgent answer at 40
// columns.
func BenchmarkLayout(b *testing.B) {
	g := loadGuide(b)
	own, also := document(b, g, "urgent", "uk"), document(b, g, "urgent", "nb")
	for b.Loop() {
		if _, err := Layout(own, also, 40); err != nil {
			b.Fatal(err)
		}
	}
}
