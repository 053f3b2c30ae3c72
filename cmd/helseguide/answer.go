package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

// clockAt returns the program's clock: e.now, or the fixed time at (RFC 3339) given with
// --at, so that open/closed lines and time-of-day text can be tried.
func clockAt(e *env, at string) (func() time.Time, error) {
	if at == "" {
		return e.now, nil
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return nil, fmt.Errorf("--at %q is not an RFC 3339 time like 2026-01-31T14:00:00+01:00", at)
	}
	return func() time.Time { return t }, nil
}

// runAnswer prints the answer that key=value choices lead to, or the next question.
func runAnswer(args []string, e *env) int {
	const cmd = " answer"
	fs := newFlags("answer")
	lang := fs.String("lang", "", "")
	format := fs.String("format", "text", "")
	at := fs.String("at", "", "")
	dir := fs.String("content", "", "")
	layout := addLayoutFlags(fs)
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(e, cmd, err)
	}
	switch *format {
	case "text", "md", "json", "slip":
	default:
		return fail(e, cmd, "unknown format %q: choose one of text, md, json, slip", *format)
	}
	if err := layout.check(fs, *format); err != nil {
		return fail(e, cmd, "%v", err)
	}
	clock, err := clockAt(e, *at)
	if err != nil {
		return fail(e, cmd, "%v", err)
	}
	now := clock()
	g, err := loadGuide(e, *dir)
	if err != nil {
		return fail(e, cmd, "%v", err)
	}
	code, err := chooseLanguage(g, *lang, e)
	if err != nil {
		return fail(e, cmd, "%v", err)
	}
	fallback := code == "" // no --lang, and the locale fits none of the guide's languages
	if code == "" {
		code = g.SourceLanguage
	}
	choices := map[string]string{}
	for _, arg := range rest {
		key, value, ok := strings.Cut(arg, "=")
		if !ok {
			return fail(e, cmd, "%q is not a choice: write question=option, e.g. emergency=no", arg)
		}
		if err := g.CheckChoice(key, value); err != nil {
			return fail(e, cmd, "%v", err)
		}
		if prev, dup := choices[key]; dup && prev != value {
			return fail(e, cmd, "%s is given twice (%s and %s): give each question once", key, prev, value)
		}
		choices[key] = value
	}
	step, err := content.Next(g, choices, now)
	if err != nil {
		return fail(e, cmd, "%v", err)
	}
	if !step.Done() {
		noteLocale(e, g, fallback)
		printNext(e, g, code, step, *format, now, layout)
		return exitNeedMore
	}
	r, err := g.Render(code, step, now)
	if err != nil {
		return fail(e, cmd, "%v", err)
	}
	noteLocale(e, g, fallback)
	switch *format {
	case "json":
		if err := writeJSON(e, r); err != nil {
			return fail(e, cmd, "%v", err)
		}
	case "md":
		fmt.Fprint(e.stdout, markdownAnswer(g.Document(r, now)))
	case "slip":
		if err := writeSlip(e, g, layout, step, r, now); err != nil {
			return fail(e, cmd, "%v", err)
		}
	default:
		d := g.Document(r, now)
		text := plaintext.Answer(d)
		bidi := resolveAnswerBidi(e, layout.bidi, false, text)
		lay := plaintext.Layout{Width: layout.outputWidth(e), Keep: d.Values, Lang: d.Lang, Bidi: bidi.mode}
		bidi.begin(e.stdout)
		fmt.Fprint(e.stdout, lay.Wrap(text))
		bidi.end(e.stdout)
	}
	return exitOK
}

// noteLocale prints one line on stderr when answer falls back to the source language
// because the locale names a real language the guide lacks, so a person sees why the
// answer is in English and a script's stdout is unchanged. It says nothing when no locale
// variable names a language (unset, empty, C, POSIX): that is the normal state of scripts,
// cron and CI, where a note on every run would be noise.
func noteLocale(e *env, g *content.Guide, fallback bool) {
	if !fallback {
		return
	}
	_, value := i18n.Locale(e.getenv)
	if value == "" {
		return
	}
	fmt.Fprintf(e.stderr, "helseguide answer: locale %q matches none of the guide's languages (%s): answering in %s; use --lang to choose\n",
		value, strings.Join(g.LanguageCodes(), ", "), i18n.NativeName(g.SourceLanguage))
}

// nextQuestion is the JSON form of "more choices are needed".
type nextQuestion struct {
	Next     string           `json:"next"`
	Lang     string           `json:"lang"`
	Question string           `json:"question"`
	Hint     string           `json:"hint,omitempty"`
	Options  []nextOption     `json:"options"`
	Path     []content.Choice `json:"path"`
}

type nextOption struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// printNext prints the next question and its options: as JSON, or as text, in the order
// --bidi asks for (in visual order the question and its hint are wrapped at the width, and
// each option's label is reordered on its own line).
func printNext(e *env, g *content.Guide, lang string, step content.Step, format string, now time.Time, lf *layoutFlags) {
	q := step.Question
	n := nextQuestion{Next: q.ID, Lang: lang, Question: g.Text(lang, content.QuestionKey(q.ID), now, nil), Hint: g.Hint(lang, q.ID, now), Path: step.Path}
	if n.Path == nil {
		n.Path = []content.Choice{}
	}
	for _, o := range q.Options {
		n.Options = append(n.Options, nextOption{ID: o, Label: g.Text(lang, content.OptionKey(q.ID, o), now, nil)})
	}
	if format == "json" {
		_ = writeJSON(e, n)
		return
	}
	all := n.Question + "\n" + n.Hint
	for _, o := range n.Options {
		all += "\n" + o.Label
	}
	bidi := resolveAnswerBidi(e, lf.bidi, false, all)
	lay := plaintext.Layout{Width: lf.outputWidth(e), Lang: lang, Bidi: bidi.mode}
	paragraph := func(s string) string {
		if !lay.Visual() {
			return s
		}
		return strings.Join(lay.Fill(s, "", ""), "\n")
	}
	bidi.begin(e.stdout)
	fmt.Fprintf(e.stdout, "next question: %s\n%s\n", q.ID, paragraph(n.Question))
	if n.Hint != "" {
		fmt.Fprintf(e.stdout, "%s\n", paragraph(n.Hint))
	}
	for _, o := range n.Options {
		fmt.Fprintf(e.stdout, "  %s=%s\t%s\n", q.ID, o.ID, lay.Line(o.Label))
	}
	bidi.end(e.stdout)
}

// markdownAnswer writes an answer's document as one markdown document.
func markdownAnswer(d *content.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n## %s\n\n", d.Title, d.Labels.Calls)
	for _, c := range d.Calls {
		fmt.Fprintf(&b, "- **%s** %s", c.Number, c.LabelWithNote())
		if st := c.Status(); st != "" {
			fmt.Fprintf(&b, " (%s)", st)
		}
		b.WriteString("\n")
	}
	if len(d.Bring) > 0 {
		fmt.Fprintf(&b, "\n## %s\n\n", d.Labels.HaveReady)
		for _, s := range d.Bring {
			fmt.Fprintf(&b, "- %s\n", s)
		}
	}
	fmt.Fprintf(&b, "\n%s\n## %s\n\n", strings.TrimRight(d.Markdown, "\n")+"\n", d.Labels.Sources)
	for _, s := range d.Sources {
		if s.URL == "" {
			fmt.Fprintf(&b, "- %s\n", s.Title)
		} else {
			fmt.Fprintf(&b, "- [%s](%s)\n", s.Title, s.URL)
		}
	}
	fmt.Fprintf(&b, "\n%s\n", d.Checked)
	if d.Review != "" {
		fmt.Fprintf(&b, "\n%s\n", d.Review)
	}
	return b.String()
}

// writeJSON prints v indented, leaving &, < and > as they are (URLs contain &).
func writeJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
