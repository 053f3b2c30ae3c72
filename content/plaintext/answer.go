package plaintext

import (
	"fmt"
	"strings"
	"time"

	"helseguide/content"
)

// Answer writes a rendered answer as plain text: the title, the calls (number first), the
// answer's text, its sources, the checked date and, for a translation that no native
// speaker has reviewed yet, a line that says so. The text holds no control characters
// but line breaks.
func Answer(g *content.Guide, r *content.Rendered, now time.Time) string {
	var b strings.Builder
	b.WriteString(r.Title + "\n\n")
	b.WriteString(g.Text(r.Lang, "ui.calls", now, nil) + ":\n")
	for _, c := range r.Calls {
		fmt.Fprintf(&b, "- %s: %s", c.Number, c.Label)
		if extra := CallHours(g, r.Lang, c, now); extra != "" {
			b.WriteString(". " + extra)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n" + Markdown(r.Markdown) + "\n")
	b.WriteString(g.Text(r.Lang, "ui.sources", now, nil) + ":\n")
	for _, s := range r.Sources {
		b.WriteString("- " + SourceLine(s, false) + "\n")
	}
	b.WriteString(g.Text(r.Lang, "ui.checked", now, content.Args{"date": r.Checked}) + "\n")
	if st := ReviewLine(g, r.Lang, now); st != "" {
		b.WriteString(st + "\n")
	}
	return content.CleanText(b.String())
}

// CallHours describes a call's hours and whether it is open now, e.g.
// "Mon–Fri 08:00–15:30, closed now", or "" when nothing is known.
func CallHours(g *content.Guide, lang string, c content.Call, now time.Time) string {
	parts := []string{}
	if c.Hours != "" {
		parts = append(parts, c.Hours)
	}
	if c.OpenNow != nil && c.Hours != g.Text(lang, "hours.always", now, nil) {
		key := "ui.closed_now"
		if *c.OpenNow {
			key = "ui.open_now"
		}
		parts = append(parts, strings.ToLower(g.Text(lang, key, now, nil)))
	}
	return strings.Join(parts, ", ")
}

// SourceLine describes a source: its title, its date when stated and its address. With md,
// the address becomes a markdown link.
func SourceLine(s *content.Source, md bool) string {
	line := s.Title
	if s.Date != "" {
		line += " (" + s.Date + ")"
	}
	switch {
	case s.URL == "":
	case md:
		line = "[" + line + "](" + s.URL + ")"
	default:
		line += ": " + s.URL
	}
	return line
}

// ReviewLine says that a language has not been reviewed by a native speaker, or returns ""
// for the source language and reviewed translations.
func ReviewLine(g *content.Guide, lang string, now time.Time) string {
	l := g.Languages[lang]
	if l == nil || l.Status != content.StatusUnreviewed {
		return ""
	}
	return g.Text(lang, "ui.review_status", now, content.Args{"status": g.Text(lang, "status."+l.Status, now, nil)})
}
