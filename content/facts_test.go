package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// numberRun finds runs of digits with spaces, commas, dots or no-break spaces between them:
// phone numbers ("23 32 70 00") and amounts ("3,278", "3 278").
var numberRun = regexp.MustCompile(`\d+(?:[ ,.\x{a0}\x{202f}]\d+)*`)

// TestDisplayedNumbersAreFacts renders every answer and every string in every language, at
// times in 2025 and 2026, and requires every number of three or more digits it displays to
// be a phone number, a fee amount or part of an address from facts.json (or a year), and
// every call card to show its fact's number exactly.
func TestDisplayedNumbersAreFacts(t *testing.T) {
	g := loadEmbedded(t)
	for _, now := range []time.Time{time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC), testNow} {
		for _, lang := range g.LanguageCodes() {
			allowed := map[string]bool{}
			for _, p := range g.Phones {
				allowed[strings.TrimPrefix(p.Number, "+")] = true
			}
			for _, a := range g.Addresses {
				for _, run := range numberRun.FindAllString(a.Value, -1) {
					allowed[run] = true
				}
			}
			for _, f := range g.Fees {
				for _, a := range f.Amounts {
					allowed[spaced(amountIn(t, g.FormatFee(lang, a)))] = true
				}
			}
			var texts []string
			for _, a := range g.Answers {
				step := Step{Answer: a, Calls: g.callStatuses(a, now)}
				r, err := g.Render(lang, step, now)
				if err != nil {
					t.Fatal(err)
				}
				texts = append(texts, r.Title, r.Markdown)
				for i, c := range r.Calls {
					p := g.Phones[a.Calls[i]]
					if c.Number != p.Number || c.Tel != strings.ReplaceAll(p.Number, " ", "") {
						t.Errorf("%s/%s: call %d shows %q (tel %q), facts say %q", lang, a.ID, i, c.Number, c.Tel, p.Number)
					}
					texts = append(texts, c.Label, c.Hours)
				}
			}
			for key := range g.Languages[lang].Strings {
				texts = append(texts, g.Text(lang, key, now, nil))
			}
			times := map[string]bool{}
			for _, p := range g.Phones {
				if p.Hours != nil {
					times[p.Hours.Open], times[p.Hours.Close] = true, true
				}
			}
			for _, s := range texts {
				for _, tm := range clockTime.FindAllString(s, -1) {
					if !times[tm] {
						t.Errorf("%s: time %q is displayed but is no opening or closing time in facts.json (in %q)", lang, tm, s)
					}
				}
				s = clockTime.ReplaceAllString(s, " ")
				for _, run := range numberRun.FindAllString(s, -1) {
					run = spaced(strings.TrimRight(run, " ,.\u00a0"))
					if digitCount(run) < 3 || isYear(run) || allowed[run] {
						continue
					}
					t.Errorf("%s at %s: %q is displayed but is no phone number or fee in facts.json (in %q)", lang, now.Format("2006"), run, s)
				}
			}
		}
	}
}

// spaced writes the no-break spaces of a number as spaces: content.NumberIn joins the
// groups of a number with them in right-to-left languages, and fees in some languages
// have them between thousands.
func spaced(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

// amountIn extracts the number from a formatted fee like "NOK 3,278 in 2025".
func amountIn(t *testing.T, s string) string {
	for _, run := range numberRun.FindAllString(s, -1) {
		run = strings.TrimRight(run, " ,.")
		if !isYear(run) {
			return run
		}
	}
	t.Fatalf("no amount in %q", s)
	return ""
}

func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

func TestFormatFee(t *testing.T) {
	g := loadEmbedded(t)
	tests := []struct{ lang, want string }{
		{"en", "NOK 3,278 in 2025"},
		{"nb", "3\u00a0278 kroner i 2025"},
	}
	for _, tt := range tests {
		if got := g.FormatFee(tt.lang, FeeAmount{Year: 2025, NOK: 3278}); got != tt.want {
			t.Errorf("FormatFee(%s) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestFeesShowCurrentYear checks that a fee is shown with the newest year not after now.
func TestFeesShowCurrentYear(t *testing.T) {
	g := loadEmbedded(t)
	step, err := Next(g, map[string]string{"emergency": "no", "urgent": "no", "topic": "fees"}, testNow)
	if err != nil || !step.Done() {
		t.Fatal(err, step)
	}
	r, err := g.Render("en", step, testNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"NOK 3,278 in 2026", "NOK 179 in 2025"} {
		if !strings.Contains(r.Markdown, want) {
			t.Errorf("fees answer in 2026 lacks %q", want)
		}
	}
	if !slices.ContainsFunc(r.Sources, func(s *Source) bool { return s.ID == "UC1" }) {
		t.Errorf("the 2026 limit's source UC1 is not listed")
	}
}
