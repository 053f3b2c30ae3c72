package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// clusters splits s into grapheme clusters, as the terminal draws them.
func clusters(s string) []string {
	var out []string
	for s != "" {
		c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		out = append(out, c)
		s = s[len(c):]
	}
	return out
}

var scriptSamples = []struct{ name, text string }{
	{"Arabic with marks", "قدّمت طلبًا، والجواب النهائي كان: لا. اختر لغتك"},
	{"Persian (Dari)", "زبان خود را انتخاب کنید، ترجمه ماشینی"},
	{"Ge'ez (Tigrinya)", "ቋንቋኹም ምረጹ ብማሽን ዝተተርጎመ፣ ገና ትግርኛ ቋንቋ ኣዶም"},
	{"Cyrillic", "Оберіть мову машинний переклад, ще не перевірений носієм мови"},
	{"Latin decomposed", norm.NFD.String("Pasirinkite savo kalbą, mašininis vertimas")},
	{"wide", "日本語のテキスト"},
	{"emoji with modifier", "👍🏽 ok 👍🏽"},
	{"one long word", strings.Repeat("ምረጹ", 30)},
}

// TestWrapKeepsClustersAndWidth wraps text of several scripts at every width from 1 to
// 60: no line is wider than the width (measured with x/ansi, as Lip Gloss measures), and
// the clusters of the lines are the clusters of the text (nothing cut inside one, nothing
// lost) except that a cluster wider than a 1-column line becomes "…".
func TestWrapKeepsClustersAndWidth(t *testing.T) {
	for _, s := range scriptSamples {
		want := strings.Join(clusters(strings.Join(strings.Fields(s.text), "")), "|")
		for w := 1; w <= 60; w++ {
			lines := wrap(s.text, w)
			var got []string
			for _, l := range lines {
				if lw := width(l); lw > w {
					t.Errorf("%s at %d: line %q is %d wide", s.name, w, l, lw)
				}
				for _, c := range clusters(strings.ReplaceAll(l, " ", "")) {
					got = append(got, c)
				}
			}
			if g := strings.Join(got, "|"); g != want && !strings.Contains(g, ellipsis) {
				t.Errorf("%s at %d: clusters changed:\n got %s\nwant %s", s.name, w, g, want)
			}
		}
	}
}

func TestWrapAtSpaces(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want []string
	}{
		{"Call 113 if someone is in danger.", 12, []string{"Call 113 if", "someone is", "in danger."}},
		{"one\ntwo three", 5, []string{"one", "two", "three"}},
		{"a\n\nb", 5, []string{"a", "", "b"}},
		{"Оберіть мову", 7, []string{"Оберіть", "мову"}},
		// A number as content.NumberIn writes it into Arabic stays whole, with its isolate.
		{"اتصل بالرقم \u2066116\u00a0117\u2069 الآن", 8, []string{"اتصل", "بالرقم", "\u2066116\u00a0117\u2069", "الآن"}},
		{"a\u00a0b c", 3, []string{"a\u00a0b", "c"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.in, tt.w); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, s := range scriptSamples {
		all := clusters(s.text)
		for w := 0; w <= 40; w++ {
			got := truncate(s.text, w)
			if width(got) > w {
				t.Errorf("%s: truncate to %d is %d wide: %q", s.name, w, width(got), got)
			}
			kept := clusters(strings.TrimSuffix(got, ellipsis))
			if len(kept) > len(all) || strings.Join(kept, "|") != strings.Join(all[:len(kept)], "|") {
				t.Errorf("%s: truncate to %d cut inside a cluster: %q", s.name, w, got)
			}
			gotL, shift := truncateLeft(s.text, w)
			if width(gotL) > w {
				t.Errorf("%s: truncateLeft to %d is %d wide: %q", s.name, w, width(gotL), gotL)
			}
			keptL := clusters(strings.TrimPrefix(gotL, ellipsis))
			if len(keptL) > len(all) || strings.Join(keptL, "|") != strings.Join(all[len(all)-len(keptL):], "|") {
				t.Errorf("%s: truncateLeft to %d cut inside a cluster: %q", s.name, w, gotL)
			}
			if gotL != s.text && width(s.text)-shift != width(gotL) {
				t.Errorf("%s: truncateLeft to %d: shift %d, but %d - %d != %d", s.name, w, shift, width(s.text), shift, width(gotL))
			}
		}
	}
}
