package content

import (
	"fmt"
	"slices"
	"time"
)

// Session is one person's walk through the guide: the language, the choices made so far and
// the step they lead to. It is pure (no terminal, no I/O); the clock is injected. The
// terminal UI and the plain line mode both drive a Session, so neither keeps a walk of its
// own: they show Step, and call Choose, Back, GoTo, Restart and SetLang.
type Session struct {
	g    *Guide
	now  func() time.Time
	lang string

	choices map[string]string // question id → option id, only the ones on the path
	step    Step
	// earlier remembers the option chosen for a question that Back or GoTo took away, so
	// that the question shows it selected when it is asked again.
	earlier map[string]string
}

// NewSession starts a walk in language lang (which must be one of the guide's) at the
// first question. now is the clock for open/closed lines; nil means time.Now.
func NewSession(g *Guide, lang string, now func() time.Time) (*Session, error) {
	if now == nil {
		now = time.Now
	}
	s := &Session{g: g, now: now}
	if err := s.SetLang(lang); err != nil {
		return nil, err
	}
	s.Restart()
	return s, nil
}

// Guide returns the guide the session walks.
func (s *Session) Guide() *Guide { return s.g }

// Lang returns the session's language code.
func (s *Session) Lang() string { return s.lang }

// Now returns the session's clock reading.
func (s *Session) Now() time.Time { return s.now() }

// SetLang switches the language. The choices stay: the same question or answer is shown
// in the new language.
func (s *Session) SetLang(code string) error {
	if s.g.Languages[code] == nil {
		return fmt.Errorf("unknown language %q: choose one of %v", code, s.g.LanguageCodes())
	}
	s.lang = code
	return nil
}

// Step returns where the choices lead: the question to ask, or the answer.
func (s *Session) Step() Step { return s.step }

// Path returns the choices on the path, in the order they were asked (the breadcrumbs).
func (s *Session) Path() []Choice { return slices.Clone(s.step.Path) }

// Done reports whether the session has reached an answer.
func (s *Session) Done() bool { return s.step.Done() }

// Question returns the question to ask now, or nil at an answer.
func (s *Session) Question() *Question { return s.step.Question }

// Earlier returns the option chosen before for the question asked now, when Back or GoTo
// returned to it ("" when there is none), so that a surface can show it selected. A new
// question has no earlier option: nothing is chosen until the person chooses.
func (s *Session) Earlier() string {
	if q := s.step.Question; q != nil {
		return s.earlier[q.ID]
	}
	return ""
}

// Untouched reports whether nothing has been chosen since the session started or
// restarted: no choice, and no earlier choice remembered.
func (s *Session) Untouched() bool {
	return len(s.choices) == 0 && len(s.earlier) == 0
}

// Choose answers the question asked now with option id opt and moves on.
func (s *Session) Choose(opt string) error {
	q := s.step.Question
	if q == nil {
		return fmt.Errorf("content: the session is at an answer, not a question")
	}
	if !q.HasOption(opt) {
		return fmt.Errorf("unknown option %q for %s: choose from %v", opt, q.ID, q.Options)
	}
	s.choices[q.ID] = opt
	if s.earlier[q.ID] != opt {
		// A different answer: what was remembered further on no longer applies.
		s.earlier = map[string]string{}
	}
	delete(s.earlier, q.ID)
	s.advance()
	return nil
}

// ChooseIndex answers the question asked now with its option number i (0-based).
func (s *Session) ChooseIndex(i int) error {
	q := s.step.Question
	if q == nil {
		return fmt.Errorf("content: the session is at an answer, not a question")
	}
	if i < 0 || i >= len(q.Options) {
		return fmt.Errorf("option %d out of range: choose 1 to %d", i+1, len(q.Options))
	}
	return s.Choose(q.Options[i])
}

// Back takes the last choice away and asks its question again, with that choice
// remembered as Earlier. It returns false at the first question, where there is nothing
// to take back (a surface may then show its language picker).
func (s *Session) Back() bool {
	path := s.step.Path
	if len(path) == 0 {
		return false
	}
	s.GoTo(len(path) - 1)
	return true
}

// GoTo returns to the question of path element i to change its answer: the choices
// before it stay, that one and the ones after it are remembered as Earlier.
func (s *Session) GoTo(i int) {
	path := s.step.Path
	if i < 0 || i >= len(path) {
		return
	}
	for _, c := range path[i:] {
		s.earlier[c.Question] = c.Option
		delete(s.choices, c.Question)
	}
	s.advance()
}

// Restart forgets every choice and everything remembered, and starts at the first
// question. The language stays.
func (s *Session) Restart() {
	s.choices = map[string]string{}
	s.earlier = map[string]string{}
	s.advance()
}

// Answer renders the answer the session has reached, in its language, at its clock's time.
func (s *Session) Answer() (*Rendered, error) {
	return s.AnswerIn(s.lang)
}

// AnswerIn renders the answer the session has reached in language lang (one of the
// guide's), at its clock's time: the same answer in a second language, to show beside it.
func (s *Session) AnswerIn(lang string) (*Rendered, error) {
	if !s.step.Done() {
		return nil, fmt.Errorf("content: no answer yet: the next question is %s", s.step.Question.ID)
	}
	if s.g.Languages[lang] == nil {
		return nil, fmt.Errorf("unknown language %q: choose one of %v", lang, s.g.LanguageCodes())
	}
	now := s.now()
	step := s.step
	step.Calls = s.g.callStatuses(step.Answer, now) // open/closed at this moment
	return s.g.Render(lang, step, now)
}

// advance asks the engine where the choices lead. Only a guide with a loop makes Next fail,
// and Validate refuses such a guide; the session then starts over rather than stop.
func (s *Session) advance() {
	step, err := Next(s.g, s.choices, s.now())
	if err != nil {
		s.choices = map[string]string{}
		step, _ = Next(s.g, s.choices, s.now())
	}
	// Keep only the choices on the path, so that a changed answer cannot bring back an
	// old choice for a question that is asked again later.
	onPath := map[string]string{}
	for _, c := range step.Path {
		onPath[c.Question] = c.Option
	}
	s.choices = onPath
	s.step = step
}
