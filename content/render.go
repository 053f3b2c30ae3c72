package content

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// placeholder matches {phone.legevakt}, {fee.egenandelstak} and program arguments like {min}.
var placeholder = regexp.MustCompile(`\{([a-z][a-z0-9_.\-]*)\}`)

// Args are values for the program's own placeholders in a string, like {min} and {max}.
type Args map[string]string

// Text returns the string with the given key in language lang, with facts and args filled
// in. A missing key falls back to the source language, then to the key itself, so that a
// gap shows rather than hides; Validate reports missing keys. The result is safe to show
// (see CleanText).
func (g *Guide) Text(lang, key string, now time.Time, args Args) string {
	s, ok := g.lookup(lang, key)
	if !ok {
		return CleanText(key)
	}
	return g.Expand(lang, s, now, args)
}

// Hint returns the hint line of a question in language lang, or "" when the question has
// none (see HintKey).
func (g *Guide) Hint(lang, question string, now time.Time) string {
	if _, ok := g.lookup(lang, HintKey(question)); !ok {
		return ""
	}
	return g.Text(lang, HintKey(question), now, nil)
}

func (g *Guide) lookup(lang, key string) (string, bool) {
	if l := g.Languages[lang]; l != nil {
		if s, ok := l.Strings[key]; ok {
			return s, true
		}
	}
	if l := g.Languages[g.SourceLanguage]; l != nil {
		if s, ok := l.Strings[key]; ok {
			return s, true
		}
	}
	return "", false
}

// HoursSuffix after a phone key, as in {phone.helsenorge_guidance.hours}, stands for the
// line's opening hours, so that hours too are written only in facts.json.
const HoursSuffix = ".hours"

// Expand fills in the placeholders of s: fact keys become the phone number, the fee in
// force at now (with its year) or the address, a phone key with HoursSuffix its opening
// hours, and a rule key nothing at all; other names come from args. Every fact with MEDIUM
// confidence is followed by the language's "not yet confirmed" note, so the note is made
// from facts.json and never typed. Unknown placeholders are left as they are. The result is
// safe to show: Expand is where every text of the guide passes through CleanText.
func (g *Guide) Expand(lang, s string, now time.Time, args Args) string {
	if !strings.Contains(s, "{") {
		return CleanText(s)
	}
	return CleanText(placeholder.ReplaceAllStringFunc(s, func(m string) string {
		name := m[1 : len(m)-1]
		if v, ok := args[name]; ok {
			return v
		}
		if key, ok := strings.CutSuffix(name, HoursSuffix); ok {
			if p := g.Phones[key]; p != nil && p.Hours != nil {
				return g.FormatHours(lang, p.Hours)
			}
		}
		value, conf, ok := g.factValue(lang, name, now)
		if !ok {
			return m
		}
		if conf == ConfidenceMedium {
			value += " (" + g.Text(lang, "ui.not_confirmed", now, nil) + ")"
		}
		return value
	}))
}

// Confidence levels of facts, as in shared/facts.md. LOW facts are never shown.
const (
	ConfidenceHigh   = "HIGH"
	ConfidenceMedium = "MEDIUM"
	ConfidenceLow    = "LOW"
)

// factValue returns what a fact placeholder shows in lang at now (empty for a rule) and the
// confidence of that value. A phone number or an address is written as NumberIn or NameIn
// write it, a fee as FormatFee does.
func (g *Guide) factValue(lang, key string, now time.Time) (value, confidence string, ok bool) {
	if p := g.Phones[key]; p != nil {
		return NumberIn(lang, p.Number), p.Confidence, true
	}
	if f := g.Fees[key]; f != nil {
		a := f.At(now)
		return g.FormatFee(lang, a), a.Confidence, true
	}
	if a := g.Addresses[key]; a != nil {
		return NameIn(lang, a.Value), a.Confidence, true
	}
	if r := g.Rules[key]; r != nil {
		return "", r.Confidence, true
	}
	return "", "", false
}

// factSources returns the source ids of a fact key at now (a fee's amount in force), or nil.
func (g *Guide) factSources(key string, now time.Time) []string {
	key = strings.TrimSuffix(key, HoursSuffix)
	switch {
	case g.Phones[key] != nil:
		return g.Phones[key].Sources
	case g.Fees[key] != nil:
		return g.Fees[key].At(now).Sources
	case g.Addresses[key] != nil:
		return g.Addresses[key].Sources
	case g.Rules[key] != nil:
		return g.Rules[key].Sources
	}
	return nil
}

// FormatFee writes a fee amount with its year in language lang, e.g. "NOK 3,278 in 2025".
// Digits stay Latin in every language, like phone numbers. In a right-to-left language
// the amount, with a currency code written next to it ("NOK 3,278"), is one value
// (NumberIn).
func (g *Guide) FormatFee(lang string, a FeeAmount) string {
	tag, err := language.Parse(lang + "-u-nu-latn")
	if err != nil {
		tag = language.English
	}
	amount := message.NewPrinter(tag).Sprint(number.Decimal(a.NOK))
	tmpl, ok := g.lookup(lang, "format.fee")
	if !ok {
		tmpl = "NOK {amount} ({year})"
	}
	args := Args{"amount": amount}
	tmpl = rtlTemplate(lang, tmpl, feeMoney, "money", args)
	return CleanText(strings.NewReplacer("{money}", args["money"], "{amount}", amount, "{year}", strconv.Itoa(a.Year)).Replace(tmpl))
}

// FormatHours writes opening hours in language lang, or "" when they are not known. In a
// right-to-left language the range of times ("08:00–15:30") is one value (NumberIn).
func (g *Guide) FormatHours(lang string, h *Hours) string {
	if h == nil {
		return ""
	}
	key := "hours.times"
	switch {
	case h.Always:
		key = "hours.always"
	case h.Days != "":
		key = "hours." + h.Days
	}
	tmpl, ok := g.lookup(lang, key)
	if !ok {
		return CleanText(key) // as Text shows a missing key
	}
	args := Args{"open": h.Open, "close": h.Close}
	tmpl = rtlTemplate(lang, tmpl, hoursRange, "hours", args)
	args["open"], args["close"] = NumberIn(lang, h.Open), NumberIn(lang, h.Close)
	return g.Expand(lang, tmpl, time.Time{}, args)
}

// Call is one call card of a rendered answer.
type Call struct {
	Key string `json:"-"`
	// Number as displayed ("116 117").
	Number string `json:"number"`
	// Tel is the number with digits only ("116117").
	Tel string `json:"tel"`
	// Label says what the number is for, in the answer's language.
	Label string `json:"label"`
	// Hours are the opening hours in the answer's language ("" when not known).
	Hours string `json:"hours,omitempty"`
	// OpenNow is set when the hours are known: whether the line is open at the given time.
	OpenNow *bool `json:"open_now,omitempty"`
	// NextOpen is set when the line is closed and its hours are known: when it opens next,
	// in Europe/Oslo time (RFC 3339 in JSON). Public holidays are not taken into account.
	NextOpen *time.Time `json:"next_open,omitempty"`
	// Note is the "not yet confirmed" note, in the answer's language, for a number with
	// MEDIUM confidence; "" for HIGH.
	Note string `json:"note,omitempty"`
}

// Rendered is an answer ready to show in one language at one moment.
type Rendered struct {
	Answer   string    `json:"answer"`
	Lang     string    `json:"lang"`
	Title    string    `json:"title"`
	Calls    []Call    `json:"calls"`
	Markdown string    `json:"markdown"`
	Sources  []*Source `json:"sources"`
	Checked  string    `json:"checked"`
	// Review is the language's review status: "source", "unreviewed" or "reviewed".
	Review string `json:"review"`
	// Reviewer and Reviewed are the reviewer's role and the review date of a reviewed
	// translation.
	Reviewer string `json:"reviewer,omitempty"`
	Reviewed string `json:"reviewed,omitempty"`
}

// Render fills in an answer of the step in language lang: call cards (with whether each line
// is open, as the step computed), the markdown with facts filled in, and all sources the
// answer and its facts rest on. Every text in it is safe to show (see CleanText); in the
// title and the markdown, character references that a Markdown renderer would turn into a
// control character are replaced too.
func (g *Guide) Render(lang string, step Step, now time.Time) (*Rendered, error) {
	a := step.Answer
	if a == nil {
		return nil, fmt.Errorf("content: the step is a question, not an answer")
	}
	l := g.Languages[lang]
	if l == nil {
		return nil, fmt.Errorf("content: unknown language %q", lang)
	}
	text := g.answerText(lang, a.ID)
	if text == nil {
		return nil, fmt.Errorf("content: answer %q has no text", a.ID)
	}
	r := &Rendered{
		Answer:   a.ID,
		Lang:     lang,
		Title:    cleanMarkdown(g.Expand(lang, text.Title, now, nil)),
		Markdown: cleanMarkdown(g.Expand(lang, text.Body, now, nil)),
		Checked:  a.Checked.Format(time.DateOnly),
		Calls:    []Call{},
		Review:   l.Status,
		Reviewer: CleanText(l.Reviewer),
		Reviewed: CleanText(l.Reviewed),
	}
	for _, cs := range step.Calls {
		r.Calls = append(r.Calls, g.newCall(lang, cs, now))
	}
	r.Sources = g.answerSources(a, text, now)
	return r, nil
}

// newCall builds the call card of cs's phone in language lang: the number, the digits to
// dial, what it is for, the hours, whether it is open and when it opens next (as cs says),
// and the "not yet confirmed" note for a number with MEDIUM confidence. Every surface's
// call cards are built here.
func (g *Guide) newCall(lang string, cs CallStatus, now time.Time) Call {
	p := cs.Phone
	c := Call{
		Key:    p.Key,
		Number: CleanText(p.Number),
		Tel:    p.Tel(),
		Label:  g.Text(lang, "fact."+p.Key, now, nil),
		Hours:  g.FormatHours(lang, p.Hours),
	}
	if cs.Known {
		open := cs.Open
		c.OpenNow = &open
	}
	if !cs.NextOpen.IsZero() {
		next := cs.NextOpen
		c.NextOpen = &next
	}
	if p.Confidence == ConfidenceMedium {
		c.Note = g.Text(lang, "ui.not_confirmed", now, nil)
	}
	return c
}

// answerText returns the text of answer id in language lang, falling back to the source
// language like Text does; nil when neither has it.
func (g *Guide) answerText(lang, id string) *AnswerText {
	if l := g.Languages[lang]; l != nil && l.Answers[id] != nil {
		return l.Answers[id]
	}
	if l := g.Languages[g.SourceLanguage]; l != nil {
		return l.Answers[id]
	}
	return nil
}

// answerSources lists the sources the answer rests on, once each: its own (for what the
// seed pages say in their own words), then those of every call it shows and every fact its
// text uses, so that the list names only what this answer's text and numbers use. The
// sources are copies that are safe to show.
func (g *Guide) answerSources(a *Answer, text *AnswerText, now time.Time) []*Source {
	var ids []string
	add := func(list []string) {
		for _, id := range list {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	add(a.Sources)
	for _, key := range a.Calls {
		add(g.factSources(key, now))
	}
	for _, key := range FactKeys(text.Title + "\n" + text.Body) {
		add(g.factSources(key, now))
	}
	out := make([]*Source, 0, len(ids))
	for _, id := range ids {
		if s := g.Sources[id]; s != nil {
			out = append(out, &Source{ID: CleanText(s.ID), Title: CleanText(s.Title), URL: CleanText(s.URL), Date: CleanText(s.Date)})
		}
	}
	return out
}

// FactKeys returns the fact keys (names with a dot) used as placeholders in s, in order,
// once each.
func FactKeys(s string) []string {
	if !strings.Contains(s, "{") {
		return nil
	}
	var keys []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if strings.Contains(m[1], ".") && !slices.Contains(keys, m[1]) {
			keys = append(keys, m[1])
		}
	}
	return keys
}
