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

// CallLines returns the call lines of phones in language lang at now, with what to say
// about their hours decided as on an answer's cards (see Document). Nil phones are skipped.
func (g *Guide) CallLines(lang string, phones []*Phone, now time.Time) []CallLine {
	lines := make([]CallLine, 0, len(phones))
	for _, p := range phones {
		if p == nil {
			continue
		}
		c := Call{
			Key:    p.Key,
			Number: p.Number,
			Tel:    p.Tel(),
			Label:  g.Text(lang, "fact."+p.Key, now, nil),
			Hours:  g.FormatHours(lang, p.Hours),
		}
		if open, known := p.Hours.OpenAt(now); known {
			c.OpenNow = &open
		}
		if next, ok := p.Hours.NextOpen(now); ok {
			c.NextOpen = &next
		}
		if p.Confidence == ConfidenceMedium {
			c.Note = g.Text(lang, "ui.not_confirmed", now, nil)
		}
		lines = append(lines, g.callLine(lang, c, now))
	}
	return lines
}

// EmergencyCalls returns the calls of the emergency line at the top of every screen (113,
// then 116 117) and those of the emergency screen, in language lang at now.
func (g *Guide) EmergencyCalls(lang string, now time.Time) (line, screen []CallLine) {
	linePhones, screenPhones := g.emergencyPhones()
	return g.CallLines(lang, linePhones, now), g.CallLines(lang, screenPhones, now)
}

// emergencyPhones names the emergency calls.
//
// TODO(surfaces): use Guide.EmergencyLine and Guide.EmergencyScreen (guide.json
// "emergency", validated by check) once they are on main; these keys are only a bridge.
func (g *Guide) emergencyPhones() (line, screen []*Phone) {
	pick := func(keys ...string) []*Phone {
		var out []*Phone
		for _, k := range keys {
			if p := g.Phones[k]; p != nil {
				out = append(out, p)
			}
		}
		return out
	}
	return pick("phone.emergency_medical", "phone.legevakt"),
		pick("phone.emergency_medical", "phone.legevakt", "phone.emergency_police", "phone.emergency_fire")
}
