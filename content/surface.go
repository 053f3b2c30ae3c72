package content

import (
	"slices"
	"time"
)

// This file holds what both surfaces (the terminal UI and the plain line mode) show besides
// the walk itself: the language picker's entries and the emergency calls. They are decided
// here once, so that the two surfaces cannot drift apart.

// LanguageChoice is one entry of a language picker, written in that language itself, so
// that a person who reads only that language recognises it.
type LanguageChoice struct {
	// Code is the language code ("nb").
	Code string
	// Prompt is "Choose your language" in that language (ui.choose_language).
	Prompt string
	// Status is the review status in that language ("original text", "machine
	// translation, not yet checked by a native speaker" …).
	Status string
}

// LanguageChoices returns the entries of a language picker: first the language first (the
// locale's match, when it is one of the guide's), then the others in LanguageCodes order.
func (g *Guide) LanguageChoices(first string, now time.Time) []LanguageChoice {
	codes := g.LanguageCodes()
	if i := slices.Index(codes, first); i > 0 {
		codes = slices.Concat([]string{first}, codes[:i], codes[i+1:])
	}
	out := make([]LanguageChoice, len(codes))
	for i, c := range codes {
		out[i] = LanguageChoice{
			Code:   c,
			Prompt: g.Text(c, "ui.choose_language", now, nil),
			Status: g.Text(c, "status."+g.Languages[c].Status, now, nil),
		}
	}
	return out
}

// CallLines returns the call lines of phones in language lang at now, built and worded as
// an answer's calls are (see Render and Document). Nil phones are skipped.
func (g *Guide) CallLines(lang string, phones []*Phone, now time.Time) []CallLine {
	lines := make([]CallLine, 0, len(phones))
	for _, p := range phones {
		if p != nil {
			lines = append(lines, g.callLine(lang, g.newCall(lang, phoneStatus(p, now), now), now))
		}
	}
	return lines
}

// EmergencyCalls returns the calls of the emergency line at the top of every screen (the
// guide's EmergencyLine: 113, then 116 117) and those of the emergency screen (its
// EmergencyScreen), in language lang at now. Which calls they are is guide data
// (guide.json "emergency", held to 113 and 116 117 by Validate), never a constant of a
// surface.
func (g *Guide) EmergencyCalls(lang string, now time.Time) (line, screen []CallLine) {
	return g.CallLines(lang, g.EmergencyLine, now), g.CallLines(lang, g.EmergencyScreen, now)
}
