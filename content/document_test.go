package content

import (
	"strings"
	"testing"
	"time"
)

// TestDocumentCallLines: what each kind of line says about its hours is decided once, here.
func TestDocumentCallLines(t *testing.T) {
	g := loadEmbedded(t)
	oslo, _ := time.LoadLocation("Europe/Oslo")
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, oslo)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	doc := func(walk string, now time.Time, lang string) *Document {
		step, err := Next(g, choices(walk), now)
		if err != nil || !step.Done() {
			t.Fatalf("%s: %v", walk, err)
		}
		r, err := g.Render(lang, step, now)
		if err != nil {
			t.Fatal(err)
		}
		return g.Document(r, now)
	}
	const gpRegister = "emergency=no urgent=no topic=doctor id=fnr gp=no"
	tests := []struct {
		name, choices, lang string
		now                 time.Time
		call                int
		want                string
	}{
		{"weekday, open", gpRegister, "en", at("2026-12-02 10:00"), 0, "Mon–Fri 08:00–15:30 · Open now"},
		{"weekday, before opening", gpRegister, "en", at("2026-12-02 07:59"), 0, "Mon–Fri 08:00–15:30 · Closed now · opens today 08:00"},
		{"Friday after closing", gpRegister, "en", at("2026-12-04 15:31"), 0, "Mon–Fri 08:00–15:30 · Closed now · opens Monday 08:00"},
		{"Saturday, Norwegian", gpRegister, "nb", at("2026-12-05 12:00"), 0, "Man–fre 08:00–15:30 · Stengt nå · åpner mandag 08:00"},
		{"24/7: the hours say it all", gpRegister, "en", at("2026-12-05 12:00"), 1, "Open 24/7"},
		{"days not known: only the times", "emergency=no urgent=no topic=complaint", "en", at("2026-12-05 12:00"), 2, "09:00–15:00, days not confirmed"},
		{"no hours at all", "emergency=no urgent=no topic=complaint", "en", at("2026-12-05 12:00"), 0, ""},
	}
	for _, tt := range tests {
		d := doc(tt.choices, tt.now, tt.lang)
		if got := d.Calls[tt.call].Status(); got != tt.want {
			t.Errorf("%s: status %q, want %q", tt.name, got, tt.want)
		}
	}

	d := doc("emergency=no urgent=no topic=complaint", at("2026-12-02 10:00"), "en")
	if got := d.Calls[0].LabelWithNote(); got != "Patient and user ombudsman (not yet confirmed)" {
		t.Errorf("MEDIUM number: label %q", got)
	}
	if len(d.Bring) != 1 || !strings.Contains(d.Bring[0], "national ID number") {
		t.Errorf("complaint: bring %q", d.Bring)
	}
	if d.Review != "" || d.Checked != "Checked 2026-11-28" {
		t.Errorf("en: review %q, checked %q", d.Review, d.Checked)
	}
	d = doc("emergency=yes", at("2026-12-02 10:00"), "nb")
	if !strings.Contains(d.Review, "maskinoversatt") || len(d.Bring) != 0 {
		t.Errorf("nb: review %q, bring %q", d.Review, d.Bring)
	}
	for _, s := range d.Sources {
		if strings.Contains(s.Title, "seed") {
			t.Errorf("source title %q names an internal label", s.Title)
		}
	}
}

// TestDocumentReviewed: a reviewed translation says who reviewed it and when, in the
// answer's language, in the document and in the JSON fields.
func TestDocumentReviewed(t *testing.T) {
	g := loadEmbedded(t)
	nb := g.Languages["nb"]
	nb.Status, nb.Reviewer, nb.Reviewed = StatusReviewed, "medisinsk tolk", "2026-11-20"
	step, err := Next(g, choices("emergency=yes"), testNow)
	if err != nil {
		t.Fatal(err)
	}
	r, err := g.Render("nb", step, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if r.Review != "reviewed" || r.Reviewer != "medisinsk tolk" || r.Reviewed != "2026-11-20" {
		t.Errorf("rendered: review %q, reviewer %q, reviewed %q", r.Review, r.Reviewer, r.Reviewed)
	}
	if d := g.Document(r, testNow); d.Review != "Oversettelse: kontrollert av en morsmålsbruker (medisinsk tolk, 2026-11-20)" {
		t.Errorf("review line %q", d.Review)
	}
}
