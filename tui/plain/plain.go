// Package plain is the guide as a line-by-line dialogue for screen readers, serial consoles,
// TERM=dumb and pipes: it prints a question with numbered options, reads a line, and in the
// end prints the answer as plain text. It writes no escape sequences at all. It uses the
// same engine and texts as the terminal UI; only the surface differs.
package plain

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

// Dialogue is one run of the plain guide.
type Dialogue struct {
	Guide *content.Guide
	// Lang is the language to use; "" asks first, with Preselect named as the default.
	Lang      string
	Preselect string
	In        io.Reader
	Out       io.Writer
	Now       func() time.Time
}

// Result tells how a dialogue ended.
type Result struct {
	// Answered is true when at least one answer was shown.
	Answered bool
}

// Run holds the dialogue until the person quits or the input ends. Invalid input is asked
// again with the allowed range. It returns an error only when writing fails.
func (d Dialogue) Run() (Result, error) {
	if d.Now == nil {
		d.Now = time.Now
	}
	s := &session{d: d, in: bufio.NewScanner(d.In), out: &errWriter{w: d.Out}, lang: d.Lang}
	s.in.Buffer(make([]byte, 4096), 64*1024)
	s.run()
	return Result{Answered: s.answered}, s.out.err
}

type session struct {
	d        Dialogue
	in       *bufio.Scanner
	out      *errWriter
	lang     string
	answered bool
}

// errWriter remembers the first write error so the dialogue code stays readable.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (s *session) text(key string, args content.Args) string {
	return s.d.Guide.Text(s.lang, key, s.d.Now(), args)
}

func (s *session) run() {
	g := s.d.Guide
	if s.lang == "" {
		s.lang = g.SourceLanguage
		if s.d.Preselect != "" {
			s.lang = s.d.Preselect
		}
	}
	s.out.printf("%s\n\n", s.text("ui.emergency_line", nil))
	if s.d.Lang == "" && !s.pickLanguage() {
		s.end()
		return
	}
	for {
		choices := map[string]string{}
		for {
			step, err := content.Next(g, choices, s.d.Now())
			if err != nil {
				s.out.printf("%v\n", err)
				return
			}
			if step.Done() {
				s.showAnswer(step)
				break
			}
			q := step.Question
			labels := make([]string, len(q.Options))
			for i, o := range q.Options {
				labels[i] = s.text(content.OptionKey(q.ID, o), nil)
			}
			s.out.printf("%s\n", s.text(content.QuestionKey(q.ID), nil))
			if hint := g.Hint(s.lang, q.ID, s.d.Now()); hint != "" {
				s.out.printf("%s\n", hint)
			}
			i, ok := s.ask(labels, func(in string) int { return indexFold(q.Options, in) })
			if !ok {
				s.end()
				return
			}
			choices[q.ID] = q.Options[i]
		}
		// After an answer: start again or finish.
		labels := []string{s.text("ui.restart", nil), s.text("ui.quit", nil)}
		i, ok := s.ask(labels, func(string) int { return -1 })
		if !ok || i == 1 {
			s.end()
			return
		}
		s.out.printf("\n%s\n\n", s.text("ui.emergency_line", nil))
	}
}

// pickLanguage asks for the language: a number, or a language code or name like "nb".
func (s *session) pickLanguage() bool {
	g := s.d.Guide
	codes := g.LanguageCodes()
	matcher, _ := i18n.NewMatcher(codes)
	labels := make([]string, len(codes))
	for i, c := range codes {
		labels[i] = fmt.Sprintf("%s [%s] (%s)", i18n.NativeName(c), c, g.Text(c, "status."+g.Languages[c].Status, s.d.Now(), nil))
	}
	prompt := s.text("ui.choose_language", nil)
	if s.lang != g.SourceLanguage {
		prompt += " · " + g.Text(g.SourceLanguage, "ui.choose_language", s.d.Now(), nil)
	}
	s.out.printf("%s\n", prompt)
	i, ok := s.ask(labels, func(in string) int {
		if code, err := matcher.MatchString(in); err == nil {
			return indexFold(codes, code)
		}
		return -1
	})
	if !ok {
		return false
	}
	s.lang = codes[i]
	s.out.printf("\n")
	return true
}

// ask prints numbered options and reads lines until one is a valid number (digits of any
// script) or an id that byID recognises. It returns false at the end of the input.
func (s *session) ask(labels []string, byID func(string) int) (int, bool) {
	for i, l := range labels {
		s.out.printf("%d. %s\n", i+1, l)
	}
	args := content.Args{"min": "1", "max": strconv.Itoa(len(labels))}
	for {
		s.out.printf("%s\n", s.text("ui.prompt", args))
		if !s.in.Scan() {
			return 0, false
		}
		in := strings.TrimSpace(s.in.Text())
		if n, err := i18n.ParseNumber(in); err == nil {
			if n == 0 {
				s.out.printf("\n%s\n\n", s.text("ui.emergency_body", nil))
				continue
			}
			if n >= 1 && n <= len(labels) {
				s.out.printf("\n")
				return n - 1, true
			}
		} else if i := byID(in); i >= 0 {
			s.out.printf("\n")
			return i, true
		}
		s.out.printf("%s\n", s.text("ui.invalid", args))
	}
}

func (s *session) showAnswer(step content.Step) {
	now := s.d.Now()
	r, err := s.d.Guide.Render(s.lang, step, now)
	if err != nil {
		s.out.printf("%v\n", err)
		return
	}
	s.out.printf("%s\n", plaintext.Answer(s.d.Guide.Document(r, now)))
	s.answered = true
}

func (s *session) end() {
	if s.answered {
		s.out.printf("%s\n", s.text("ui.end_answered", nil))
	} else {
		s.out.printf("\n%s\n", s.text("ui.end_unanswered", nil))
	}
}

// indexFold returns the index of in among ids, ignoring case, or -1.
func indexFold(ids []string, in string) int {
	for i, id := range ids {
		if strings.EqualFold(id, in) {
			return i
		}
	}
	return -1
}
