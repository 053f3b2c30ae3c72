package content

import (
	"slices"
	"strings"
	"testing"
)

func TestWhatToSay(t *testing.T) {
	g := loadEmbedded(t)
	nb := g.Languages[Norwegian].Strings
	tests := []struct {
		lang string
		own  []string // the reader's side, in order; nil for Norwegian
	}{
		{"en", []string{"My name is ____.", "I am at ____ (the address or the place).", "My phone number is ____.", "This is what happened: ____."}},
		{"uk", []string{g.Languages["uk"].Strings["say.name"], g.Languages["uk"].Strings["say.where"], g.Languages["uk"].Strings["say.phone"], g.Languages["uk"].Strings["say.what"]}},
		{"nb", nil},
	}
	for _, tt := range tests {
		got := g.WhatToSay(tt.lang, testNow)
		if len(got) != len(sayKeys) {
			t.Fatalf("%s: %d sentences, want %d: %q", tt.lang, len(got), len(sayKeys), got)
		}
		for i, p := range got {
			if p.Norwegian != nb[sayKeys[i]] {
				t.Errorf("%s: sentence %d: Norwegian %q, want %q", tt.lang, i, p.Norwegian, nb[sayKeys[i]])
			}
			want := ""
			if tt.own != nil {
				want = tt.own[i]
			}
			if p.Own != want {
				t.Errorf("%s: sentence %d: own %q, want %q", tt.lang, i, p.Own, want)
			}
		}
	}
}

func TestReadyPhrases(t *testing.T) {
	g := loadEmbedded(t)
	got := g.ReadyPhrases("en", testNow)
	want := []Phrase{
		{"Jeg trenger tolk.", "I need an interpreter."},
		{"Jeg snakker ikke norsk.", "I do not speak Norwegian."},
		{"Jeg vil gjerne få en fastlege.", "I want to register with a GP."},
		{"Fødselsnummeret mitt er ____.", "My national ID number is ____."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("ReadyPhrases(en) = %q, want %q", got, want)
	}
}

// TestPhrasesNeedNorwegian: a guide without Norwegian has no phrases, rather than English
// sentences passed off as Norwegian by the source-language fallback.
func TestPhrasesNeedNorwegian(t *testing.T) {
	g := loadEmbedded(t)
	delete(g.Languages, Norwegian)
	if got := g.WhatToSay("en", testNow); got != nil {
		t.Errorf("WhatToSay without Norwegian = %q, want nil", got)
	}
	if got := g.ReadyPhrases("en", testNow); got != nil {
		t.Errorf("ReadyPhrases without Norwegian = %q, want nil", got)
	}
}

func TestDocumentSlipParts(t *testing.T) {
	g := loadEmbedded(t)
	doc := func(walk, lang string) *Document {
		step, err := Next(g, choices(walk), testNow)
		if err != nil || !step.Done() {
			t.Fatalf("%s: %v", walk, err)
		}
		r, err := g.Render(lang, step, testNow)
		if err != nil {
			t.Fatal(err)
		}
		return g.Document(r, testNow)
	}
	for _, walk := range []string{"emergency=yes", "emergency=no urgent=yes"} {
		if d := doc(walk, "en"); len(d.Say) != len(sayKeys) {
			t.Errorf("%s: %d sentences to say, want %d", walk, len(d.Say), len(sayKeys))
		}
	}
	d := doc("emergency=no urgent=no topic=doctor id=fnr gp=no", "en")
	if d.Say != nil {
		t.Errorf("gp_register: Say = %q, want none", d.Say)
	}
	if len(d.Phrases) != len(phraseKeys) || d.Labels.SlipTitle != "Take this with you" || d.Labels.Costs != "What it costs" {
		t.Errorf("gp_register: phrases %q, labels %+v", d.Phrases, d.Labels)
	}
	for _, v := range []string{"23 32 70 00", "116 117", "113"} {
		if !slices.Contains(d.Values, v) {
			t.Errorf("gp_register: Values %q lacks %q", d.Values, v)
		}
	}

	// The fees answer: every fee its text uses, in order, with its year; the 2026 limit
	// (MEDIUM) with the note.
	d = doc("emergency=no urgent=no topic=fees", "en")
	var keys []string
	for _, f := range d.Fees {
		keys = append(keys, f.Key)
		if !strings.Contains(f.Amount, "20") || !slices.Contains(d.Values, f.Amount) {
			t.Errorf("fee %s: amount %q has no year or is not in Values", f.Key, f.Amount)
		}
	}
	text := g.Languages["en"].Answers["fees"]
	var want []string
	for _, k := range FactKeys(text.Title + "\n" + text.Body) {
		if g.Fees[k] != nil {
			want = append(want, k)
		}
	}
	if len(want) == 0 || !slices.Equal(keys, want) {
		t.Errorf("fees: fee keys %q, want %q", keys, want)
	}
	i := slices.IndexFunc(d.Fees, func(f FeeLine) bool { return f.Key == "fee.egenandelstak" })
	if i < 0 || d.Fees[i].AmountWithNote() != "NOK 3,278 in 2026 (not yet confirmed)" || d.Fees[i].Label != "Limit for an exemption card (frikort)" {
		t.Errorf("fees: frikort line %+v", d.Fees)
	}

	// The emergency answer shows no fee.
	if d := doc("emergency=yes", "nb"); d.Fees != nil {
		t.Errorf("emergency: fees %+v", d.Fees)
	}
}

// TestPhraseKeysAreRequired: Validate makes every language carry each phrase, so that no
// slip shows a raw key.
func TestPhraseKeysAreRequired(t *testing.T) {
	for _, k := range slices.Concat(sayKeys, phraseKeys) {
		if !slices.Contains(UIKeys, k) {
			t.Errorf("%s is not in UIKeys", k)
		}
	}
}

func TestSecondLanguage(t *testing.T) {
	g := loadEmbedded(t)
	tests := []struct{ own, also, want string }{
		{"en", "", "nb"},   // Norwegian beside any other language
		{"uk", "", "nb"},   //
		{"nb", "", "en"},   // the source language beside Norwegian
		{"uk", "ru", "ru"}, // asked for
		{"nb", "uk", "uk"}, //
		{"en", "en", ""},   // the reader's own language: none
		{"nb", "nb", ""},   //
		{"en", "xx", ""},   // not a language of the guide
	}
	for _, tt := range tests {
		if got := g.SecondLanguage(tt.own, tt.also); got != tt.want {
			t.Errorf("SecondLanguage(%q, %q) = %q, want %q", tt.own, tt.also, got, tt.want)
		}
	}
	delete(g.Languages, Norwegian)
	if got := g.SecondLanguage("en", ""); got != "" {
		t.Errorf("without Norwegian: SecondLanguage(en) = %q, want none", got)
	}
}
