// Package plain is the guide as a line-by-line dialogue for screen readers, serial consoles,
// TERM=dumb and pipes: it prints a question with numbered options, reads a line, and in the
// end prints the answer as plain text. It writes no escape sequences at all.
//
// It is the second surface of the same walk as the terminal UI: both drive a
// content.Session, so back, restart and changing the language work the same way, and the
// answer is the same content.Document.
package plain

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

// Dialogue is one run of the plain guide.
type Dialogue struct {
	Guide *content.Guide
	// Lang is the language to use; "" asks first, with Preselect as the first choice.
	Lang      string
	Preselect string
	In        io.Reader
	Out       io.Writer
	// Now is the clock for open/closed lines (--at); nil means time.Now.
	Now func() time.Time
}

// Result tells how a dialogue ended.
type Result struct {
	// Answered is true when at least one answer was shown.
	Answered bool
}

// The words typed for back and help in every language; the localized word for back
// (ui.back) and for starting again (ui.restart) work too.
const (
	backSign = "<"
	helpSign = "?"
)

// Run holds the dialogue until the person quits or the input ends. Invalid input is asked
// again with the allowed range. It returns an error only when writing fails or the
// language is unknown.
func (d Dialogue) Run() (Result, error) {
	if d.Now == nil {
		d.Now = time.Now
	}
	lang := d.Lang
	if lang == "" {
		lang = d.Preselect
	}
	if d.Guide.Languages[lang] == nil {
		lang = d.Guide.SourceLanguage
	}
	s, err := content.NewSession(d.Guide, lang, d.Now)
	if err != nil {
		return Result{}, err
	}
	dl := &dialogue{
		d:       d,
		g:       d.Guide,
		s:       s,
		in:      bufio.NewScanner(d.In),
		out:     &errWriter{w: d.Out},
		picking: d.Lang == "",
	}
	dl.in.Buffer(make([]byte, 4096), 64*1024)
	dl.run()
	return Result{Answered: dl.answered}, dl.out.err
}

// dialogue is the state of one run: the session, and whether the language is still to be
// chosen.
type dialogue struct {
	d        Dialogue
	g        *content.Guide
	s        *content.Session
	in       *bufio.Scanner
	out      *errWriter
	picking  bool // the language picker is shown instead of the session's step
	hinted   bool // the line explaining 0, < and ? was shown
	answered bool
}

// errWriter remembers the first write error so the dialogue code stays readable.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) println(lines ...string) {
	for _, l := range lines {
		if e.err == nil {
			_, e.err = io.WriteString(e.w, l+"\n")
		}
	}
}

func (dl *dialogue) text(key string, args content.Args) string {
	return dl.g.Text(dl.s.Lang(), key, dl.s.Now(), args)
}

// run shows the picker, the questions and the answers until the input ends or the
// person quits.
func (dl *dialogue) run() {
	for dl.out.err == nil {
		var more bool
		switch {
		case dl.picking:
			more = dl.pickLanguage()
		case dl.s.Done():
			more = dl.answer()
		default:
			more = dl.question()
		}
		if !more {
			break
		}
	}
	if dl.answered {
		dl.out.println(dl.text("ui.end_answered", nil))
	} else {
		dl.out.println("", dl.text("ui.end_unanswered", nil))
	}
}

// kind is what a line of input asks for.
type kind int

const (
	chosen    kind = iota // one of the numbered choices
	emergency             // 0: the emergency numbers
	back                  // < or the word for back
	help                  // ?
	restart               // the words for starting again
)

// reply is one understood line of input.
type reply struct {
	kind  kind
	index int // the choice, 0-based, for chosen
}

// read prints the prompt and reads lines until one is understood: a number from 0 to n
// (digits of any script), <, ?, the words for back and start again, or a line that match
// recognises as choice i (it returns -1 for anything else). It returns false at the end of
// the input.
func (dl *dialogue) read(n int, match func(string) int) (reply, bool) {
	args := content.Args{"min": "1", "max": strconv.Itoa(n)}
	for {
		dl.out.println(dl.text("ui.prompt", args))
		if dl.out.err != nil || !dl.in.Scan() {
			return reply{}, false
		}
		in := strings.TrimSpace(dl.in.Text())
		if r, ok := dl.understand(in, n, match); ok {
			dl.out.println("")
			return r, true
		}
		dl.out.println(dl.text("ui.invalid", args))
		if !dl.hinted {
			dl.out.println(dl.text("ui.plain_hint", nil))
			dl.hinted = true
		}
	}
}

func (dl *dialogue) understand(in string, n int, match func(string) int) (reply, bool) {
	if in == "" {
		return reply{}, false
	}
	if v, err := i18n.ParseNumber(in); err == nil {
		switch {
		case v == 0:
			return reply{kind: emergency}, true
		case v >= 1 && v <= n:
			return reply{kind: chosen, index: v - 1}, true
		}
		return reply{}, false
	}
	switch {
	case in == backSign || sameWord(in, dl.text("ui.back", nil)):
		return reply{kind: back}, true
	case in == helpSign:
		return reply{kind: help}, true
	case sameWord(in, dl.text("ui.restart", nil)):
		return reply{kind: restart}, true
	}
	if i := match(in); i >= 0 && i < n {
		return reply{kind: chosen, index: i}, true
	}
	return reply{}, false
}

// sameWord reports whether typed input is the word w, ignoring case, Unicode normalization
// and a final full stop.
func sameWord(in, w string) bool {
	clean := func(s string) string {
		return strings.TrimSpace(strings.TrimRight(norm.NFC.String(s), ".!。"))
	}
	return w != "" && strings.EqualFold(clean(in), clean(w))
}

// numbered prints choices as "1. label".
func (dl *dialogue) numbered(labels []string) {
	for i, l := range labels {
		dl.out.println(fmt.Sprintf("%d. %s", i+1, l))
	}
}

// emergencyLine is printed before every question: the numbers come first, always.
func (dl *dialogue) emergencyLine() {
	dl.out.println(dl.text("ui.emergency_line", nil))
}

// hint explains 0, < and ? once, at the first question.
func (dl *dialogue) hint() {
	if !dl.hinted {
		dl.out.println(dl.text("ui.plain_hint", nil))
		dl.hinted = true
	}
}

// pickLanguage asks for the language: a number, a language code like "nb" or a language's
// own name. Each choice is written in its own language.
func (dl *dialogue) pickLanguage() bool {
	g, now := dl.g, dl.s.Now()
	choices := g.LanguageChoices(dl.d.Preselect, now)
	codes := make([]string, len(choices))
	labels := make([]string, len(choices))
	for i, c := range choices {
		codes[i] = c.Code
		labels[i] = fmt.Sprintf("%s [%s] · %s (%s)", i18n.NativeName(c.Code), c.Code, c.Prompt, c.Status)
	}
	matcher, err := i18n.NewMatcher(codes)
	prompt := dl.text("ui.choose_language", nil)
	if dl.s.Lang() != g.SourceLanguage {
		prompt += " · " + g.Text(g.SourceLanguage, "ui.choose_language", now, nil)
	}
	dl.emergencyLine()
	dl.out.println("", prompt)
	dl.numbered(labels)
	dl.hint()
	r, ok := dl.read(len(choices), func(in string) int {
		for i, c := range codes {
			if sameWord(in, i18n.NativeName(c)) {
				return i
			}
		}
		if err == nil {
			if code, err := matcher.MatchString(in); err == nil {
				return indexOf(codes, code)
			}
		}
		return -1
	})
	if !ok {
		return false
	}
	switch r.kind {
	case chosen:
		if err := dl.s.SetLang(codes[r.index]); err == nil {
			dl.picking = false
		}
	case emergency:
		dl.emergencyScreen()
	case help:
		dl.help()
	}
	return true
}

// question asks the session's question once: the emergency line, the question, its hint,
// the numbered options; then it acts on the reply. The loop in run asks it again after 0,
// ? or invalid input.
func (dl *dialogue) question() bool {
	q := dl.s.Question()
	labels := make([]string, len(q.Options))
	for i, o := range q.Options {
		labels[i] = dl.text(content.OptionKey(q.ID, o), nil)
	}
	dl.emergencyLine()
	dl.out.println(dl.text(content.QuestionKey(q.ID), nil))
	if h := dl.g.Hint(dl.s.Lang(), q.ID, dl.s.Now()); h != "" {
		dl.out.println(h)
	}
	dl.numbered(labels)
	dl.hint()
	words := dl.optionWords(q, labels)
	r, ok := dl.read(len(labels), func(in string) int {
		for i, w := range words {
			for _, word := range w {
				if sameWord(in, word) {
					return i
				}
			}
		}
		return -1
	})
	if !ok {
		return false
	}
	switch r.kind {
	case chosen:
		_ = dl.s.ChooseIndex(r.index) // in range: read checked it
	case emergency:
		dl.emergencyScreen()
	case help:
		dl.help()
	case back:
		if !dl.s.Back() && dl.d.Lang == "" {
			dl.picking = true
		}
	case restart:
		dl.restart()
	}
	return true
}

// optionWords returns, for each option of q, the words that choose it besides its number:
// its id, its own label, and for the options "yes" and "no" the language's word for yes
// or no (the one-word label of any yes or no option, like "Ja" and "Nei").
func (dl *dialogue) optionWords(q *content.Question, labels []string) [][]string {
	yesNo := map[string][]string{}
	for _, other := range dl.g.Questions {
		for _, o := range other.Options {
			if o != "yes" && o != "no" {
				continue
			}
			if l := dl.text(content.OptionKey(other.ID, o), nil); !strings.ContainsFunc(l, isSpace) {
				yesNo[o] = append(yesNo[o], l)
			}
		}
	}
	words := make([][]string, len(q.Options))
	for i, o := range q.Options {
		words[i] = append([]string{o, labels[i]}, yesNo[o]...)
	}
	return words
}

func isSpace(r rune) bool { return r == ' ' || r == '\u00a0' }

// answer prints the answer, then offers to start again or quit; < goes back to the last
// question to change it.
func (dl *dialogue) answer() bool {
	r, err := dl.s.Answer()
	if err != nil {
		dl.out.println(err.Error())
		return false
	}
	dl.out.println(plaintext.Answer(dl.g.Document(r, dl.s.Now())))
	dl.answered = true
	for {
		labels := []string{dl.text("ui.restart", nil), dl.text("ui.quit", nil)}
		dl.numbered(labels)
		r, ok := dl.read(len(labels), func(in string) int {
			for i, l := range labels {
				if sameWord(in, l) {
					return i
				}
			}
			return -1
		})
		if !ok {
			return false
		}
		switch {
		case r.kind == chosen && r.index == 1:
			return false
		case r.kind == chosen || r.kind == restart:
			dl.restart()
			return true
		case r.kind == back:
			dl.s.Back()
			return true
		case r.kind == emergency:
			dl.emergencyScreen()
		case r.kind == help:
			dl.help()
		}
	}
}

// restart forgets every choice; without --lang the language is asked again, as for the
// next person at a shared computer.
func (dl *dialogue) restart() {
	dl.s.Restart()
	dl.picking = dl.d.Lang == ""
}

// emergencyScreen prints what the terminal UI's emergency screen shows: the emergency
// calls, number first, whom to call when, and what to say on the phone in Norwegian.
func (dl *dialogue) emergencyScreen() {
	lang, now := dl.s.Lang(), dl.s.Now()
	_, calls := dl.g.EmergencyCalls(lang, now)
	dl.out.println(dl.text("ui.emergency_title", nil))
	for _, c := range calls {
		dl.out.println("- " + plaintext.CallLine(c))
	}
	dl.out.println(dl.text("ui.emergency_body", nil), "")
	if say := plaintext.Phrases(dl.text("ui.what_to_say", nil), dl.g.WhatToSay(lang, now)); say != "" {
		dl.out.println(say)
	}
}

// help prints what can be typed (the plain hint: 0, <, ?) and the lines of the guide's
// help that hold here too. The lines that
// name the terminal UI's keys (Esc, F1, the arrow keys with Enter) are left out: the plain
// hint says how to do the same here.
func (dl *dialogue) help() {
	dl.out.println(dl.text("ui.help_title", nil), dl.text("ui.plain_hint", nil))
	for _, l := range strings.Split(dl.text("ui.help_body", nil), "\n") {
		if !strings.Contains(l, "Esc") && !strings.Contains(l, "F1") && !strings.Contains(l, "Enter") {
			dl.out.println(l)
		}
	}
	dl.out.println("")
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
