package content

import (
	"slices"
	"testing"
)

func TestLanguageChoices(t *testing.T) {
	g := loadEmbedded(t)
	codes := g.LanguageCodes()
	last := codes[len(codes)-1]
	tests := []struct {
		name, first string
		want        []string
	}{
		{"no locale", "", codes},
		{"unknown locale", "xx", codes},
		{"the source language", g.SourceLanguage, codes},
		{"the last language moves to the front", last, slices.Concat([]string{last}, codes[:len(codes)-1])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range g.LanguageChoices(tt.first, testNow) {
				got = append(got, c.Code)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
	// Each entry is written in its own language.
	for _, c := range g.LanguageChoices("nb", testNow) {
		l := g.Languages[c.Code]
		if c.Prompt != l.Strings["ui.choose_language"] {
			t.Errorf("%s: prompt %q, want its own %q", c.Code, c.Prompt, l.Strings["ui.choose_language"])
		}
		if c.Status != l.Strings["status."+l.Status] {
			t.Errorf("%s: status %q, want its own %q", c.Code, c.Status, l.Strings["status."+l.Status])
		}
	}
}

func TestEmergencyCalls(t *testing.T) {
	g := loadEmbedded(t)
	line, screen := g.EmergencyCalls("en", testNow)
	var numbers []string
	for _, c := range line {
		numbers = append(numbers, c.Number)
	}
	if !slices.Equal(numbers, []string{"113", "116 117"}) {
		t.Errorf("emergency line calls %v, want 113 then 116 117", numbers)
	}
	if len(screen) < len(line) {
		t.Fatalf("the emergency screen has %d calls, fewer than the line", len(screen))
	}
	for i, c := range line {
		if screen[i].Number != c.Number {
			t.Errorf("the emergency screen starts %s at %d, want %s as on the line", screen[i].Number, i, c.Number)
		}
	}
	for _, c := range screen {
		// A line open around the clock says so by its hours alone, decided in content.
		if c.Label == "" || c.Hours == "" || c.Now != "" {
			t.Errorf("%s: label %q hours %q now %q; want a label, its hours and no open-now word", c.Number, c.Label, c.Hours, c.Now)
		}
	}
}
