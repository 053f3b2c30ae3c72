// Package slip lays out the take-away slip: an answer in a few lines of plain text that a
// newcomer can take away on paper or on a phone, in their own language with a second one
// (Norwegian, as a rule) beside it. It holds the numbers to call and what each is for,
// their hours, what it costs (with the year), what to have ready, what to say on the phone
// after 113 or 116 117, and ready phrases in Norwegian.
//
// A slip is plain text for a printer or a pipe: no escape sequences, no hyperlinks, no line
// wider than its width in terminal cells (as ansi.StringWidth counts them, never bytes or
// runes), and no phone number broken across lines. It knows nothing of terminals and
// writes nothing anywhere: Layout returns a string.
package slip

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

// MinWidth is the narrowest slip, in terminal cells: the longest phone number
// ("+47 23 48 72 00") and every fee with its year fit on a line of it with their
// indentation, and a label still gets a few words a line. A receipt printer on 58 mm
// paper prints 32 columns.
const MinWidth = 24

// Separator joins a text and its translation when both fit on one line.
const Separator = " · "

// indent is the indentation of the lines under a number, a list item or a phrase.
const indent = "  "

// Layout returns the slip of an answer at width terminal cells: own is the answer's
// document in the reader's language, also the same answer's document in the second
// language, or nil (or a document in own's language) for a slip in one language. Every
// text stands in the reader's language first and in the second language under it, or
// beside it after Separator when both fit on one line; a text that reads the same in
// both is shown once. The Norwegian sentences (what to say on the phone, the ready
// phrases) come first, each with the reader's language under it. Layout refuses a width
// below MinWidth.
func Layout(own, also *content.Document, width int) (string, error) {
	if width < MinWidth {
		return "", fmt.Errorf("slip width %d is too narrow: the slip needs at least %d columns", width, MinWidth)
	}
	if also != nil && also.Lang == own.Lang {
		also = nil
	}
	s := &slip{width: width, own: own, also: also, keep: slices.Clone(own.Values)}
	if also != nil {
		s.keep = append(s.keep, also.Values...)
	}
	s.header()
	s.calls()
	s.fees()
	s.bring()
	s.phrases(func(d *content.Document) string { return d.Labels.WhatToSay }, own.Say)
	s.phrases(func(d *content.Document) string { return d.Labels.SayInNorwegian }, own.Phrases)
	s.footer()
	return strings.Join(s.lines, "\n") + "\n", nil
}

// slip is a slip being laid out, line by line.
type slip struct {
	width     int
	own, also *content.Document
	keep      []string // values never broken across lines
	lines     []string
}

// text lays out one text in language lang, its first line starting with first and the
// others with rest. Every line of text on a slip is laid out here, and so knows its
// language: this is the place to order right-to-left lines for a printer or terminal
// without bidi (i18n.WrapVisual) when that is wanted. For now every line is in logical
// order, as a terminal with bidi of its own expects.
func (s *slip) text(lang, first, rest, text string) {
	s.lines = append(s.lines, plaintext.Fill(text, s.width, first, rest, s.keep)...)
}

// rule draws a line of c across the slip.
func (s *slip) rule(c string) {
	s.lines = append(s.lines, strings.Repeat(c, s.width))
}

// blank ends a section with an empty line.
func (s *slip) blank() {
	s.lines = append(s.lines, "")
}

// pair shows a text of the reader's language (a, from own) and its translation (b, from
// also): once when they read the same or there is no second language, on one line joined
// by Separator when that fits and both languages are written in the same direction, else
// b under a. Both start with first on their first line and rest on the others.
func (s *slip) pair(first, rest, a, b string) {
	switch {
	case s.also == nil || b == "" || b == a:
		s.text(s.own.Lang, first, rest, a)
	case ansi.StringWidth(first+a+Separator+b) <= s.width && i18n.DirectionOf(s.own.Lang) == i18n.DirectionOf(s.also.Lang):
		s.text(s.own.Lang, first, rest, a+Separator+b)
	default:
		s.text(s.own.Lang, first, rest, a)
		s.text(s.also.Lang, rest, rest, b)
	}
}

// alsoOr returns f of the second language's document, or "" when there is none.
func (s *slip) alsoOr(f func(d *content.Document) string) string {
	if s.also == nil {
		return ""
	}
	return f(s.also)
}

// header writes the slip's title and the answer's title in both languages, then a rule.
func (s *slip) header() {
	s.pair("", "", s.own.Labels.SlipTitle, s.alsoOr(func(d *content.Document) string { return d.Labels.SlipTitle }))
	s.text(s.own.Lang, "", "", s.own.Title)
	if t := s.alsoOr(func(d *content.Document) string { return d.Title }); t != "" && t != s.own.Title {
		s.text(s.also.Lang, "", "", t)
	}
	s.rule("=")
}

// calls writes each number on a line of its own, then what it is for and its hours in
// both languages. Whether a line is open now is left out: on paper it would soon be wrong.
func (s *slip) calls() {
	if len(s.own.Calls) == 0 {
		return
	}
	s.pair("", "", s.own.Labels.Calls, s.alsoOr(func(d *content.Document) string { return d.Labels.Calls }))
	for i, c := range s.own.Calls {
		s.text(s.own.Lang, "", indent, c.Number)
		var other content.CallLine
		if s.also != nil && i < len(s.also.Calls) && s.also.Calls[i].Key == c.Key {
			other = s.also.Calls[i]
		}
		s.twoLines(c.LabelWithNote(), other.LabelWithNote())
		if c.Hours != "" {
			s.pair(indent, indent, c.Hours, other.Hours)
		}
	}
	s.blank()
}

// twoLines shows a text and its translation under each other, indented, or once when they
// read the same.
func (s *slip) twoLines(a, b string) {
	s.text(s.own.Lang, indent, indent, a)
	if s.also != nil && b != "" && b != a {
		s.text(s.also.Lang, indent, indent, b)
	}
}

// fees writes what each fee is for in both languages, then its amount with its year.
func (s *slip) fees() {
	if len(s.own.Fees) == 0 {
		return
	}
	s.pair("", "", s.own.Labels.Costs, s.alsoOr(func(d *content.Document) string { return d.Labels.Costs }))
	for _, f := range s.own.Fees {
		var other content.FeeLine
		if s.also != nil {
			if i := slices.IndexFunc(s.also.Fees, func(o content.FeeLine) bool { return o.Key == f.Key }); i >= 0 {
				other = s.also.Fees[i]
			}
		}
		s.text(s.own.Lang, "- ", indent, f.Label)
		if s.also != nil && other.Label != "" && other.Label != f.Label {
			s.text(s.also.Lang, indent, indent, other.Label)
		}
		s.pair(indent, indent, f.AmountWithNote(), other.AmountWithNote())
	}
	s.blank()
}

// bring writes what to have ready, in both languages.
func (s *slip) bring() {
	if len(s.own.Bring) == 0 {
		return
	}
	s.pair("", "", s.own.Labels.HaveReady, s.alsoOr(func(d *content.Document) string { return d.Labels.HaveReady }))
	for i, b := range s.own.Bring {
		s.text(s.own.Lang, "- ", indent, b)
		if s.also != nil && i < len(s.also.Bring) && s.also.Bring[i] != b {
			s.text(s.also.Lang, indent, indent, s.also.Bring[i])
		}
	}
	s.blank()
}

// phrases writes Norwegian sentences under a heading (label of each language), each with
// the reader's language under it.
func (s *slip) phrases(label func(d *content.Document) string, list []content.Phrase) {
	if len(list) == 0 {
		return
	}
	s.pair("", "", label(s.own), s.alsoOr(label))
	for _, p := range list {
		s.text(content.Norwegian, "- ", indent, p.Norwegian)
		if p.Own != "" && p.Own != p.Norwegian {
			s.text(s.own.Lang, indent, indent, p.Own)
		}
	}
	s.blank()
}

// footer writes the checked date, the review status of each translation, and a line
// naming helseguide.
func (s *slip) footer() {
	s.pair("", "", s.own.Checked, s.alsoOr(func(d *content.Document) string { return d.Checked }))
	if s.own.Review != "" {
		s.text(s.own.Lang, "", "", s.own.Review)
	}
	if r := s.alsoOr(func(d *content.Document) string { return d.Review }); r != "" {
		s.text(s.also.Lang, "", "", r)
	}
	s.rule("-")
	s.text(s.own.Lang, "", "", "helseguide")
}
