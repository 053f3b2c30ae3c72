package content

import (
	"slices"
	"strings"
	"time"
)

// Document is an answer laid out for reading, in one language at one moment: the texts
// every surface shows, built once here so that the terminal UI, the plain line mode and
// the answer command (text and markdown) cannot drift apart. Surfaces only arrange and
// style its parts.
type Document struct {
	// Rendered is the answer as the JSON output has it.
	*Rendered
	// Calls are the answer's calls with their status lines; the first is the most
	// important one (the prominent card).
	Calls []CallLine
	// Bring are the things to have ready, in the answer's language ("" when none).
	Bring []string
	// Fees are the fees the answer's text uses, in the order it first uses them, each
	// with its year.
	Fees []FeeLine
	// Say is what the call-taker needs to hear, in Norwegian with the answer's language
	// beside it (Guide.WhatToSay), on the answers that send the reader to call 113 or
	// 116 117 first (emergency and urgent); nil on the others.
	Say []Phrase
	// Phrases are the ready phrases in Norwegian with the answer's language beside them
	// (Guide.ReadyPhrases).
	Phrases []Phrase
	// Values are the phone numbers and fee amounts the document shows, as written, for
	// surfaces that wrap text: a line break inside one would change what it says.
	Values []string
	// Sources are one line per source: publisher and title, the source's date when it
	// states one, and the address.
	Sources []SourceRef
	// Checked is the localized line "Checked 2026-11-28".
	Checked string
	// Review is one line, in the answer's language, saying that a translation has not been
	// reviewed by a native speaker yet, or who reviewed it and when; "" for the source
	// language.
	Review string
	// Labels are the localized headings the surfaces use.
	Labels DocumentLabels
}

// DocumentLabels are the localized headings of a document.
type DocumentLabels struct {
	Calls, Sources, HaveReady string
	// Costs heads the fees, WhatToSay the sentences for the phone, SayInNorwegian the
	// ready phrases, and SlipTitle the take-away slip.
	Costs, WhatToSay, SayInNorwegian, SlipTitle string
}

// FeeLine is one fee of a document.
type FeeLine struct {
	// Key is the fee's fact key ("fee.gp_consultation_day").
	Key string
	// Label says what the fee is for ("GP or legevakt visit, daytime").
	Label string
	// Amount is the amount in force with its year ("NOK 179 in 2025").
	Amount string
	// Note is the "not yet confirmed" note for an amount with MEDIUM confidence; "" for HIGH.
	Note string
}

// AmountWithNote is the amount followed by the "not yet confirmed" note for an amount
// with MEDIUM confidence: "NOK 3,278 in 2026 (not yet confirmed)".
func (f FeeLine) AmountWithNote() string {
	if f.Note == "" {
		return f.Amount
	}
	return f.Amount + " (" + f.Note + ")"
}

// CallLine is one call of a document with what to say about its hours.
type CallLine struct {
	Call
	// Hours are the opening hours ("Mon–Fri 08:00–15:30", "Open 24/7"), "" when unknown.
	Hours string
	// Now is "Open now" or "Closed now" when the days and times are known and the line is
	// not open around the clock (a 24/7 line needs no such word: its hours say it); "" else.
	Now string
	// Open tells whether the line is open now, when Now is set.
	Open bool
	// Opens says when a closed line opens next ("opens Monday 08:00"), or "".
	Opens string
	// Lang is the language of the line's texts.
	Lang string
}

// NumberInText is the call's number as it is written into a line of text in the line's
// language (NumberIn): in Arabic or Dari in a left-to-right isolate, so that "116 117"
// does not read "117 116"; otherwise as Number.
func (c CallLine) NumberInText() string {
	return NumberIn(c.Lang, c.Number)
}

// Status joins the hours, open or closed now and when it opens: "Mon–Fri 08:00–15:30 ·
// Closed now · opens Monday 08:00", or "Open 24/7".
func (c CallLine) Status() string {
	var parts []string
	for _, p := range []string{c.Hours, c.Now, c.Opens} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// LabelWithNote is the call's label followed by the "not yet confirmed" note for a number
// with MEDIUM confidence: "Patient and user ombudsman (not yet confirmed)".
func (c CallLine) LabelWithNote() string {
	if c.Note == "" {
		return c.Label
	}
	return c.Label + " (" + c.Note + ")"
}

// SourceRef is one source of a document.
type SourceRef struct {
	// Title is the publisher and page title, with the source's own date in brackets when it
	// states one: "Helse Bergen: Complaints (2023-02-16)".
	Title string
	URL   string
}

// Document builds the document of a rendered answer at now.
func (g *Guide) Document(r *Rendered, now time.Time) *Document {
	lang := r.Lang
	d := &Document{
		Rendered: r,
		Checked:  g.Text(lang, "ui.checked", now, Args{"date": NumberIn(lang, r.Checked)}),
		Labels: DocumentLabels{
			Calls:          g.Text(lang, "ui.calls", now, nil),
			Sources:        g.Text(lang, "ui.sources", now, nil),
			HaveReady:      g.Text(lang, "ui.have_ready", now, nil),
			Costs:          g.Text(lang, "ui.costs", now, nil),
			WhatToSay:      g.Text(lang, "ui.what_to_say", now, nil),
			SayInNorwegian: g.Text(lang, "ui.say_in_norwegian", now, nil),
			SlipTitle:      g.Text(lang, "ui.slip_title", now, nil),
		},
		Phrases: g.ReadyPhrases(lang, now),
	}
	for _, c := range r.Calls {
		d.Calls = append(d.Calls, g.callLine(lang, c, now))
		d.Values = appendNew(d.Values, c.Number)
	}
	if a := g.Answer(r.Answer); a != nil {
		for _, b := range a.Bring {
			d.Bring = append(d.Bring, g.Text(lang, BringKey(b), now, nil))
		}
		if slices.Contains(whatToSayAnswers, a.ID) {
			d.Say = g.WhatToSay(lang, now)
		}
		if text := g.answerText(lang, a.ID); text != nil {
			for _, key := range FactKeys(text.Title + "\n" + text.Body) {
				switch {
				case g.Phones[key] != nil:
					d.Values = appendNew(d.Values, g.Phones[key].Number)
				case g.Fees[key] != nil:
					f := g.feeLine(lang, g.Fees[key], now)
					d.Fees = append(d.Fees, f)
					d.Values = appendNew(d.Values, f.Amount)
				}
			}
		}
	}
	for _, s := range r.Sources {
		title := s.Title
		if s.Date != "" {
			title += " (" + s.Date + ")"
		}
		d.Sources = append(d.Sources, SourceRef{Title: title, URL: s.URL})
	}
	if l := g.Languages[lang]; l != nil && l.Status != StatusSource {
		status := g.Text(lang, "status."+l.Status, now, nil)
		if l.Status == StatusReviewed {
			status += " (" + CleanText(l.Reviewer) + ", " + CleanText(l.Reviewed) + ")"
		}
		d.Review = g.Text(lang, "ui.review_status", now, Args{"status": status})
	}
	return d
}

// whatToSayAnswers are the answers that send the reader to call 113 or 116 117 first, where
// a call-taker asks who and where they are: their documents carry Say.
var whatToSayAnswers = []string{"emergency", "urgent"}

// feeLine is a fee's label and its amount in force at now, in language lang.
func (g *Guide) feeLine(lang string, f *Fee, now time.Time) FeeLine {
	a := f.At(now)
	fl := FeeLine{Key: f.Key, Label: g.Text(lang, "fact."+f.Key, now, nil), Amount: g.FormatFee(lang, a)}
	if a.Confidence == ConfidenceMedium {
		fl.Note = g.Text(lang, "ui.not_confirmed", now, nil)
	}
	return fl
}

// appendNew appends s to list unless it is empty or already there.
func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// callLine decides once what to say about a call's hours: a line open around the clock
// says so by its hours alone; a line with known days says whether it is open now and, when
// closed, when it opens next; a line whose days are not known shows only its times.
func (g *Guide) callLine(lang string, c Call, now time.Time) CallLine {
	cl := CallLine{Call: c, Hours: c.Hours, Lang: lang}
	p := g.Phones[c.Key]
	if p == nil || p.Hours == nil || p.Hours.Always || c.OpenNow == nil {
		return cl
	}
	cl.Open = *c.OpenNow
	if cl.Open {
		cl.Now = g.Text(lang, "ui.open_now", now, nil)
		return cl
	}
	cl.Now = g.Text(lang, "ui.closed_now", now, nil)
	if c.NextOpen != nil {
		cl.Opens = g.opensText(lang, *c.NextOpen, now)
	}
	return cl
}

// weekdayKeys are the strings keys of the days of the week, Sunday first as in time.Weekday.
var weekdayKeys = [...]string{"day.sunday", "day.monday", "day.tuesday", "day.wednesday", "day.thursday", "day.friday", "day.saturday"}

// opensText says when a line opens next, in Oslo time: "opens today 08:00" when that is
// the same day, else "opens Monday 08:00".
func (g *Guide) opensText(lang string, next, now time.Time) string {
	next, now = next.In(oslo), now.In(oslo)
	clock := NumberIn(lang, next.Format("15:04"))
	y1, m1, d1 := next.Date()
	y2, m2, d2 := now.Date()
	if y1 == y2 && m1 == m2 && d1 == d2 {
		return g.Text(lang, "ui.opens_today", now, Args{"time": clock})
	}
	return g.Text(lang, "ui.opens", now, Args{"day": g.Text(lang, weekdayKeys[next.Weekday()], now, nil), "time": clock})
}
