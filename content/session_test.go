package content

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func newTestSession(t *testing.T, lang string) *Session {
	t.Helper()
	s, err := NewSession(loadEmbedded(t), lang, func() time.Time { return testNow })
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// walk chooses the given option ids in order and fails on the first that is refused.
func walk(t *testing.T, s *Session, opts ...string) {
	t.Helper()
	for _, o := range opts {
		if err := s.Choose(o); err != nil {
			t.Fatalf("choose %s at %v: %v", o, s.Path(), err)
		}
	}
}

func questionID(s *Session) string {
	if q := s.Question(); q != nil {
		return q.ID
	}
	return "answer:" + s.Step().Answer.ID
}

func TestSessionWalkAndBack(t *testing.T) {
	s := newTestSession(t, "en")
	if questionID(s) != "emergency" || s.Earlier() != "" {
		t.Fatalf("start: %s, earlier %q; want emergency with nothing chosen", questionID(s), s.Earlier())
	}
	walk(t, s, "no", "no", "doctor", "fnr", "no")
	if !s.Done() || s.Step().Answer.ID != "gp_register" {
		t.Fatalf("got %s, want gp_register", questionID(s))
	}
	// Back asks the last question again with the earlier answer remembered.
	if !s.Back() || questionID(s) != "gp" || s.Earlier() != "no" {
		t.Fatalf("back: %s, earlier %q; want gp with no", questionID(s), s.Earlier())
	}
	if !s.Back() || questionID(s) != "id" || s.Earlier() != "fnr" {
		t.Fatalf("back twice: %s, earlier %q; want id with fnr", questionID(s), s.Earlier())
	}
	// The same answer again: the question after it remembers its answer too.
	walk(t, s, "fnr")
	if questionID(s) != "gp" || s.Earlier() != "no" {
		t.Fatalf("same answer again: %s, earlier %q; want gp with no", questionID(s), s.Earlier())
	}
	// Back to the first question, then no further.
	for s.Back() {
	}
	if questionID(s) != "emergency" || s.Earlier() != "no" || len(s.Path()) != 0 {
		t.Fatalf("back to the start: %s, earlier %q, path %v", questionID(s), s.Earlier(), s.Path())
	}
}

func TestSessionChangeEarlierAnswer(t *testing.T) {
	s := newTestSession(t, "en")
	walk(t, s, "no", "no", "doctor", "none", "no", "over12", "yes")
	if s.Step().Answer.ID != "waiting_for_id" {
		t.Fatalf("got %s", questionID(s))
	}
	// Change the ID answer (path element 3) to "fnr": a different path, nothing of the old
	// answers after it is remembered.
	s.GoTo(3)
	if questionID(s) != "id" || s.Earlier() != "none" {
		t.Fatalf("goto 3: %s, earlier %q", questionID(s), s.Earlier())
	}
	walk(t, s, "fnr")
	if questionID(s) != "gp" || s.Earlier() != "" {
		t.Fatalf("after a different answer: %s, earlier %q; want gp with nothing chosen", questionID(s), s.Earlier())
	}
	want := []Choice{{"emergency", "no"}, {"urgent", "no"}, {"topic", "doctor"}, {"id", "fnr"}}
	if !slices.Equal(s.Path(), want) {
		t.Errorf("path %v, want %v", s.Path(), want)
	}
	// Going back on the path after a change does not bring back the old stay/permit answers.
	walk(t, s, "yes")
	s.GoTo(3)
	walk(t, s, "none", "no")
	if questionID(s) != "stay" || s.Earlier() != "" {
		t.Errorf("old answers came back: %s, earlier %q", questionID(s), s.Earlier())
	}
	// Out of range does nothing.
	before := s.Path()
	s.GoTo(99)
	s.GoTo(-1)
	if !slices.Equal(s.Path(), before) {
		t.Errorf("GoTo out of range changed the path to %v", s.Path())
	}
}

func TestSessionRestartAndLanguage(t *testing.T) {
	s := newTestSession(t, "en")
	walk(t, s, "no", "yes")
	r, err := s.Answer()
	if err != nil || r.Answer != "urgent" || r.Lang != "en" {
		t.Fatalf("answer: %+v, %v", r, err)
	}
	// The language changes, the place stays.
	if err := s.SetLang("nb"); err != nil {
		t.Fatal(err)
	}
	r, err = s.Answer()
	if err != nil || r.Answer != "urgent" || r.Lang != "nb" || !strings.Contains(r.Title, "legevakten") {
		t.Fatalf("answer in nb: %+v, %v", r, err)
	}
	if err := s.SetLang("xx"); err == nil || s.Lang() != "nb" {
		t.Errorf("unknown language: err %v, lang %s", err, s.Lang())
	}
	s.Restart()
	if questionID(s) != "emergency" || s.Earlier() != "" || len(s.Path()) != 0 || s.Lang() != "nb" {
		t.Errorf("restart: %s, earlier %q, path %v, lang %s", questionID(s), s.Earlier(), s.Path(), s.Lang())
	}
	if _, err := s.Answer(); err == nil {
		t.Error("Answer at a question: want an error")
	}
}

func TestSessionRefusesWhatIsNotAsked(t *testing.T) {
	s := newTestSession(t, "en")
	if err := s.Choose("doctor"); err == nil {
		t.Error(`"doctor" for the emergency question: want an error`)
	}
	if err := s.ChooseIndex(2); err == nil {
		t.Error("option 3 of 2: want an error")
	}
	walk(t, s, "yes")
	if err := s.Choose("yes"); err == nil {
		t.Error("a choice at an answer: want an error")
	}
	if r, err := s.Answer(); err != nil || r.Calls[0].Number != "113" {
		t.Errorf("emergency=yes: %v, first call %+v; want 113", err, r.Calls)
	}
}

// TestSessionReachesEveryAnswer walks the session by option numbers, as both surfaces do,
// through every path, and requires every answer to be reached and every answer to render.
func TestSessionReachesEveryAnswer(t *testing.T) {
	g := loadEmbedded(t)
	seen := map[string]bool{}
	var explore func(prefix []int)
	explore = func(prefix []int) {
		s, err := NewSession(g, "en", func() time.Time { return testNow })
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range prefix {
			if err := s.ChooseIndex(i); err != nil {
				t.Fatalf("%v: %v", prefix, err)
			}
		}
		if s.Done() {
			seen[s.Step().Answer.ID] = true
			if _, err := s.Answer(); err != nil {
				t.Errorf("%v: %v", prefix, err)
			}
			return
		}
		if len(prefix) > len(g.Nodes) {
			t.Fatalf("%v: too many questions", prefix)
		}
		for i := range s.Question().Options {
			explore(append(slices.Clone(prefix), i))
		}
	}
	explore(nil)
	for _, a := range g.Answers {
		if !seen[a.ID] {
			t.Errorf("answer %q is never reached", a.ID)
		}
	}
}

// TestEveryLanguageSameCalls: in every language every answer is reached, with the same
// calls as in English, and each call shows exactly the number facts.json writes.
func TestEveryLanguageSameCalls(t *testing.T) {
	g := loadEmbedded(t)
	for _, a := range g.Answers {
		step := Step{Answer: a, Calls: g.callStatuses(a, testNow)}
		ref, err := g.Render(g.SourceLanguage, step, testNow)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range g.LanguageCodes() {
			r, err := g.Render(lang, step, testNow)
			if err != nil {
				t.Fatalf("%s/%s: %v", lang, a.ID, err)
			}
			if r.Lang != lang || g.Languages[lang].Answers[a.ID] == nil {
				t.Errorf("%s/%s: rendered in %q, or no text of its own", lang, a.ID, r.Lang)
			}
			if len(r.Calls) != len(ref.Calls) {
				t.Fatalf("%s/%s: %d calls, English has %d", lang, a.ID, len(r.Calls), len(ref.Calls))
			}
			for i, c := range r.Calls {
				if c.Number != ref.Calls[i].Number || c.Tel != ref.Calls[i].Tel || c.Number != g.Phones[a.Calls[i]].Number {
					t.Errorf("%s/%s: call %d is %q (tel %q), English %q, facts %q", lang, a.ID, i, c.Number, c.Tel, ref.Calls[i].Number, g.Phones[a.Calls[i]].Number)
				}
			}
		}
	}
	if n := len(g.LanguageCodes()); n != 10 {
		t.Errorf("%d languages, want the ten of the guide", n)
	}
}

// TestAnswerIn: the same answer in a second language, with the same calls; none before
// an answer, and none in a language the guide lacks.
func TestAnswerIn(t *testing.T) {
	s := newTestSession(t, "en")
	if _, err := s.AnswerIn("nb"); err == nil {
		t.Error("AnswerIn before an answer: want an error")
	}
	walk(t, s, "no", "no", "doctor", "fnr", "no")
	own, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	nb, err := s.AnswerIn("nb")
	if err != nil {
		t.Fatal(err)
	}
	if nb.Lang != "nb" || nb.Answer != own.Answer || nb.Title == own.Title {
		t.Errorf("AnswerIn(nb): %s %s %q, want %s in nb with its own title", nb.Lang, nb.Answer, nb.Title, own.Answer)
	}
	if len(nb.Calls) != len(own.Calls) || nb.Calls[0].Number != own.Calls[0].Number {
		t.Errorf("AnswerIn(nb) calls %v, want the same numbers as %v", nb.Calls, own.Calls)
	}
	if _, err := s.AnswerIn("xx"); err == nil {
		t.Error("AnswerIn(xx): want an error")
	}
	if s.Lang() != "en" {
		t.Errorf("AnswerIn changed the session's language to %s", s.Lang())
	}
}

func TestUntouched(t *testing.T) {
	s := newTestSession(t, "en")
	if !s.Untouched() {
		t.Fatal("a new session should be untouched")
	}
	walk(t, s, "no")
	if s.Untouched() {
		t.Error("after a choice the session is touched")
	}
	s.Back()
	if s.Untouched() {
		t.Error("back at the first question the earlier choice is remembered: touched")
	}
	s.Restart()
	if !s.Untouched() {
		t.Error("after Restart the session should be untouched")
	}
}
