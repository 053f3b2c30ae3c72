package content

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"helseguide/i18n"
)

const (
	lri = "\u2066"
	pdi = "\u2069"
)

func TestNumberIn(t *testing.T) {
	tests := []struct{ lang, value, want string }{
		{"ar", "116 117", lri + "116\u00a0117" + pdi},
		{"prs", "23 32 70 00", lri + "23\u00a032\u00a070\u00a000" + pdi},
		{"ar", "08:00–15:30", lri + "08:00–15:30" + pdi},
		{"en", "116 117", "116 117"}, // left-to-right text stays byte for byte
		{"nb", "23 32 70 00", "23 32 70 00"},
		{"uk", "08:00–15:30", "08:00–15:30"},
		{"ti", "113", "113"},
	}
	for _, tt := range tests {
		if got := NumberIn(tt.lang, tt.value); got != tt.want {
			t.Errorf("NumberIn(%s, %q) = %q, want %q", tt.lang, tt.value, got, tt.want)
		}
	}
	if got, want := NameIn("ar", "Storgata 40"), lri+"Storgata 40"+pdi; got != want {
		t.Errorf("NameIn(ar) = %q, want %q", got, want)
	}
	if got := NameIn("so", "Storgata 40"); got != "Storgata 40" {
		t.Errorf("NameIn(so) = %q, want it unchanged", got)
	}
}

// TestValuesInRightToLeftText: every kind of value the guide fills into text, in Arabic and
// Dari, is one left-to-right run, and the same text in English is unchanged.
func TestValuesInRightToLeftText(t *testing.T) {
	g := loadEmbedded(t)
	hours := g.Phones["phone.helsenorge_guidance"].Hours
	tests := []struct{ name, got, want string }{
		{"ar phone", g.Expand("ar", "اتصل بـ {phone.legevakt}.", testNow, nil), "اتصل بـ " + lri + "116\u00a0117" + pdi + "."},
		{"ar hours", g.FormatHours("ar", hours), "الاثنين–الجمعة " + lri + "08:00–15:30" + pdi},
		{"prs hours", g.FormatHours("prs", hours), "دوشنبه–جمعه " + lri + "08:00–15:30" + pdi},
		{"ar hours placeholder", g.Expand("ar", "({phone.helsenorge_guidance.hours})", testNow, nil), "(الاثنين–الجمعة " + lri + "08:00–15:30" + pdi + ")"},
		// The currency code stays with the amount: "NOK 179", not "179 NOK".
		{"ar fee", g.FormatFee("ar", FeeAmount{Year: 2025, NOK: 3278}), lri + "NOK\u00a03,278" + pdi + " لعام 2025"},
		{"prs fee", g.FormatFee("prs", FeeAmount{Year: 2025, NOK: 3278}), lri + "3,278" + pdi + " کرون در سال 2025"},
		{"ar address", g.Expand("ar", "في {addr.oslo_legevakt}.", testNow, nil), "في " + lri + "Trondheimsveien 233 (Aker sykehus)" + pdi + "."},
		{"en phone", g.Expand("en", "Call {phone.legevakt}.", testNow, nil), "Call 116 117."},
		{"en hours", g.FormatHours("en", hours), "Mon–Fri 08:00–15:30"},
		{"en fee", g.FormatFee("en", FeeAmount{Year: 2025, NOK: 3278}), "NOK 3,278 in 2025"},
		{"nb fee", g.FormatFee("nb", FeeAmount{Year: 2025, NOK: 3278}), "3\u00a0278 kroner i 2025"},
		{"en address", g.Expand("en", "At {addr.oslo_legevakt}.", testNow, nil), "At Trondheimsveien 233 (Aker sykehus)."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	// In visual order the values read left to right inside the Arabic line.
	line := g.Expand("ar", "اتصل بـ {phone.helsenorge_guidance} ({phone.helsenorge_guidance.hours})", testNow, nil)
	if got, want := i18n.Visual(line, i18n.RightToLeft), "(08:00–15:30 ةعمجلا–نينثالا) 23\u00a032\u00a070\u00a000 ـب لصتا"; got != want {
		t.Errorf("Visual(%q)\n got %q\nwant %q", line, got, want)
	}
}

// TestDocumentValuesInRightToLeftText: the checked date and the time a closed line opens
// are one left-to-right run each in Arabic, as they are in English without any mark.
func TestDocumentValuesInRightToLeftText(t *testing.T) {
	g := loadEmbedded(t)
	saturday := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) // the guidance line is closed
	step, err := Next(g, choices("emergency=no urgent=no topic=doctor id=fnr gp=no"), saturday)
	if err != nil || !step.Done() {
		t.Fatalf("walk: %v", err)
	}
	for _, tt := range []struct {
		lang          string
		checked, open string
	}{
		{"ar", lri + "2026-11-28" + pdi, lri + "08:00" + pdi},
		{"en", "2026-11-28", " 08:00"},
	} {
		r, err := g.Render(tt.lang, step, saturday)
		if err != nil {
			t.Fatal(err)
		}
		d := g.Document(r, saturday)
		if !strings.Contains(d.Checked, tt.checked) {
			t.Errorf("%s: Checked = %q, want it to hold %q", tt.lang, d.Checked, tt.checked)
		}
		if !strings.Contains(d.Calls[0].Opens, tt.open) {
			t.Errorf("%s: Opens = %q, want it to hold %q", tt.lang, d.Calls[0].Opens, tt.open)
		}
		if tt.lang == "en" && strings.ContainsAny(d.Checked+d.Calls[0].Opens, lri+pdi+"\u00a0") {
			t.Errorf("en: marks in %q %q", d.Checked, d.Calls[0].Opens)
		}
	}
}

// TestLeftToRightTextHasNoMarks renders every answer and string in every left-to-right
// language: NumberIn and NameIn must add nothing there, so that their output stays byte
// for byte as it was and scripts can match "116 117".
func TestLeftToRightTextHasNoMarks(t *testing.T) {
	g := loadEmbedded(t)
	for _, lang := range g.LanguageCodes() {
		if i18n.DirectionOf(lang) == i18n.RightToLeft {
			continue
		}
		var texts []string
		for _, a := range g.Answers {
			r, err := g.Render(lang, Step{Answer: a, Calls: g.callStatuses(a, testNow)}, testNow)
			if err != nil {
				t.Fatal(err)
			}
			d := g.Document(r, testNow)
			texts = append(texts, r.Title, r.Markdown, d.Checked)
			for _, c := range d.Calls {
				texts = append(texts, c.Hours, c.Opens)
			}
			for _, f := range d.Fees {
				texts = append(texts, f.Amount)
			}
		}
		for key := range g.Languages[lang].Strings {
			texts = append(texts, g.Text(lang, key, testNow, nil))
		}
		for _, s := range texts {
			if strings.ContainsAny(s, lri+pdi) {
				t.Errorf("%s: isolate in %q", lang, s)
			}
			if strings.Contains(s, "116\u00a0117") || strings.Contains(s, "23\u00a032") {
				t.Errorf("%s: no-break space in a phone number in %q", lang, s)
			}
		}
	}
}

// TestRightToLeftNumbersAreIsolated: in Arabic and Dari, every phone number of facts.json
// that a text shows is inside an isolate, with no-break spaces.
func TestRightToLeftNumbersAreIsolated(t *testing.T) {
	g := loadEmbedded(t)
	for _, lang := range []string{"ar", "prs"} {
		for _, a := range g.Answers {
			r, err := g.Render(lang, Step{Answer: a, Calls: g.callStatuses(a, testNow)}, testNow)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range g.Phones {
				if !strings.Contains(p.Number, " ") {
					continue
				}
				spaced := strings.ReplaceAll(r.Markdown, "\u00a0", " ")
				if strings.Contains(r.Markdown, p.Number) {
					t.Errorf("%s/%s: %q with plain spaces in the text", lang, a.ID, p.Number)
				}
				if strings.Contains(spaced, p.Number) && !strings.Contains(r.Markdown, NumberIn(lang, p.Number)) {
					t.Errorf("%s/%s: %q not isolated", lang, a.ID, p.Number)
				}
			}
		}
	}
}

// TestCleanTextKeepsIsolates: the text cleaning (CleanText) and NumberIn agree: what
// NumberIn and NameIn write passes CleanText unchanged, and of the bidi controls CleanText
// lets through exactly the isolates (LRI, RLI, FSI, PDI) and the marks (LRM, RLM, ALM),
// never the embeddings and overrides.
func TestCleanTextKeepsIsolates(t *testing.T) {
	for _, s := range []string{NumberIn("ar", "116 117"), NumberIn("prs", "08:00–15:30"), NameIn("ar", "Storgata 40")} {
		if got := CleanText(s); got != s {
			t.Errorf("CleanText(%q) = %q", s, got)
		}
	}
	for r := rune(0); r <= 0x2fff; r++ {
		if !unicode.Is(unicode.Bidi_Control, r) {
			continue
		}
		keep := (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
		if got := CleanText(string(r)) == string(r); got != keep {
			t.Errorf("CleanText keeps U+%04X: %v, want %v", r, got, keep)
		}
	}
}
