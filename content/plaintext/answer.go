package plaintext

import (
	"strings"

	"helseguide/content"
)

// Answer writes an answer's document as plain text: the title, the calls (number first,
// with their hours and whether they are open), what to have ready, the answer's text, what
// to say on the phone (on the answers that send the reader to call 113 or 116 117 first),
// its sources, the checked date and, for a translation that no native speaker has reviewed
// yet, a line that says so. The text holds no control characters but line breaks.
func Answer(d *content.Document) string {
	var b strings.Builder
	b.WriteString(d.Title + "\n\n")
	b.WriteString(d.Labels.Calls + ":\n")
	for _, c := range d.Calls {
		b.WriteString("- " + CallLine(c) + "\n")
	}
	if len(d.Bring) > 0 {
		b.WriteString("\n" + d.Labels.HaveReady + ":\n")
		for _, s := range d.Bring {
			b.WriteString("- " + s + "\n")
		}
	}
	b.WriteString("\n" + Markdown(d.Markdown) + "\n")
	if say := Phrases(d.Labels.WhatToSay, d.Say); say != "" {
		b.WriteString(say + "\n")
	}
	b.WriteString(d.Labels.Sources + ":\n")
	for _, s := range d.Sources {
		b.WriteString("- " + SourceLine(s) + "\n")
	}
	b.WriteString(d.Checked + "\n")
	if d.Review != "" {
		b.WriteString(d.Review + "\n")
	}
	return content.CleanText(b.String())
}

// Phrases writes sentences to say in Norwegian under a heading: each Norwegian sentence
// as a list item, the same sentence in the reader's language under it (once, when they
// read the same). It returns "" for no sentences.
func Phrases(heading string, list []content.Phrase) string {
	if len(list) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(heading + ":\n")
	for _, p := range list {
		b.WriteString("- " + p.Norwegian + "\n")
		if p.Own != "" && p.Own != p.Norwegian {
			b.WriteString("  " + p.Own + "\n")
		}
	}
	return content.CleanText(b.String())
}

// CallLine is a call as one plain line, number first: "116 117: Out-of-hours urgent care
// (legevakt). Open 24/7". The number is written as content.NumberIn writes it.
func CallLine(c content.CallLine) string {
	s := c.NumberInText() + ": " + c.LabelWithNote()
	if st := c.Status(); st != "" {
		s += ". " + st
	}
	return s
}

// SourceLine is a source as one plain line: its title, then its address.
func SourceLine(s content.SourceRef) string {
	if s.URL == "" {
		return s.Title
	}
	return s.Title + ": " + s.URL
}
