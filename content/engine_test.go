package content

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

func loadEmbedded(t testing.TB) *Guide {
	t.Helper()
	g, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// choices parses "emergency=no urgent=yes".
func choices(s string) map[string]string {
	m := map[string]string{}
	for _, f := range strings.Fields(s) {
		k, v, _ := strings.Cut(f, "=")
		m[k] = v
	}
	return m
}

func TestNextAnswers(t *testing.T) {
	g := loadEmbedded(t)
	const base = "emergency=no urgent=no"
	tests := []struct {
		choices   string
		answer    string
		firstCall string
	}{
		{"emergency=yes", "emergency", "phone.emergency_medical"},
		{"emergency=no urgent=yes", "urgent", "phone.legevakt"},
		{base + " topic=doctor id=fnr gp=yes", "own_gp", "phone.legevakt"},
		{base + " topic=doctor id=fnr gp=no", "gp_register", "phone.helsenorge_guidance"},
		// No ID number, not an asylum seeker, 6 months or more: permission decides.
		{base + " topic=doctor id=none asylum=no stay=6to12 permit=yes", "waiting_for_id", "phone.legevakt"},
		{base + " topic=doctor id=none asylum=no stay=over12 permit=yes", "waiting_for_id", "phone.legevakt"},
		{base + " topic=doctor id=none asylum=no stay=over12 permit=no", "undocumented", "phone.legevakt"},
		{base + " topic=doctor id=none asylum=no stay=6to12 permit=no", "undocumented", "phone.legevakt"},
		{base + " topic=doctor id=dnumber asylum=no stay=over12 permit=yes", "dnumber", "phone.legevakt"},
		{base + " topic=doctor id=dnumber asylum=no stay=6to12 permit=yes", "dnumber", "phone.legevakt"},
		{base + " topic=doctor id=dnumber asylum=no stay=over12 permit=no", "undocumented", "phone.legevakt"},
		// Asylum seekers, and those whose final answer was no.
		{base + " topic=doctor id=dnumber asylum=yes", "asylum_seeker", "phone.legevakt"},
		{base + " topic=doctor id=none asylum=yes", "asylum_seeker", "phone.legevakt"},
		{base + " topic=doctor id=none asylum=rejected", "undocumented", "phone.legevakt"},
		{base + " topic=doctor id=dnumber asylum=rejected", "undocumented", "phone.legevakt"},
		// Short stays: the card, no card, Nordic citizens.
		{base + " topic=doctor id=none asylum=no stay=under6 ehic=yes", "short_stay_ehic", "phone.legevakt"},
		{base + " topic=doctor id=dnumber asylum=no stay=under6 ehic=no", "short_stay_no_ehic", "phone.legevakt"},
		{base + " topic=doctor id=none asylum=no stay=under6 ehic=nordic", "short_stay_nordic", "phone.legevakt"},
		{base + " topic=doctor id=dnumber asylum=no stay=under6 ehic=nordic", "short_stay_nordic", "phone.legevakt"},
		{base + " topic=mental", "mental", "phone.emergency_medical"},
		{base + " topic=pregnancy", "pregnancy", "phone.legevakt"},
		{base + " topic=child", "child", "phone.legevakt"},
		{base + " topic=dental", "dental", "phone.helsenorge_guidance"},
		{base + " topic=fees", "fees", "phone.helsenorge_guidance"},
		{base + " topic=interpreter", "interpreter", "phone.legevakt"},
		{base + " topic=complaint", "complaint", "phone.pasientombud"},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		step, err := Next(g, choices(tt.choices), testNow)
		if err != nil {
			t.Fatalf("%s: %v", tt.choices, err)
		}
		if !step.Done() || step.Answer.ID != tt.answer {
			t.Errorf("%s: got %+v, want answer %s", tt.choices, step, tt.answer)
			continue
		}
		covered[tt.answer] = true
		if got := step.Calls[0].Phone.Key; got != tt.firstCall {
			t.Errorf("%s: first call %s, want %s", tt.choices, got, tt.firstCall)
		}
		if len(step.Path) != len(choices(tt.choices)) {
			t.Errorf("%s: path %v has %d choices, want all %d", tt.choices, step.Path, len(step.Path), len(choices(tt.choices)))
		}
	}
	for _, a := range g.Answers {
		if !covered[a.ID] {
			t.Errorf("answer %q has no test case", a.ID)
		}
	}
}

func TestNextAsksNextQuestion(t *testing.T) {
	g := loadEmbedded(t)
	tests := []struct{ choices, question string }{
		{"", "emergency"},
		{"emergency=no", "urgent"},
		{"emergency=no urgent=no", "topic"},
		{"emergency=no urgent=no topic=doctor", "id"},
		{"emergency=no urgent=no topic=doctor id=fnr", "gp"},
		{"emergency=no urgent=no topic=doctor id=none", "asylum"},
		{"emergency=no urgent=no topic=doctor id=none asylum=no", "stay"},
		{"emergency=no urgent=no topic=doctor id=none asylum=no stay=under6", "ehic"},
		{"emergency=no urgent=no topic=doctor id=none asylum=no stay=over12", "permit"},
		{"emergency=no urgent=no topic=doctor id=dnumber asylum=no stay=6to12", "permit"},
		// A choice that is not an option counts as not given.
		{"emergency=maybe", "emergency"},
		// Choices off the path are ignored.
		{"gp=no stay=under6", "emergency"},
	}
	for _, tt := range tests {
		step, err := Next(g, choices(tt.choices), testNow)
		if err != nil {
			t.Fatal(err)
		}
		if step.Done() || step.Question.ID != tt.question {
			t.Errorf("%q: got %+v, want question %s", tt.choices, step, tt.question)
		}
	}
}

func TestOffPathChoicesIgnored(t *testing.T) {
	g := loadEmbedded(t)
	step, _ := Next(g, choices("emergency=yes urgent=no topic=dental gp=no"), testNow)
	if !step.Done() || step.Answer.ID != "emergency" {
		t.Fatalf("got %+v, want the emergency answer", step)
	}
	if want := []Choice{{"emergency", "yes"}}; !slices.Equal(step.Path, want) {
		t.Errorf("path %v, want %v", step.Path, want)
	}
}

// TestEveryCombination gives every combination of options for every question, and then
// walks every partial path one question at a time: each must end in an answer within as many
// steps as there are nodes, and emergency=yes must always lead to 113 first.
func TestEveryCombination(t *testing.T) {
	g := loadEmbedded(t)
	ids := g.questionIDs()
	seen := map[string]bool{}
	var rec func(i int, c map[string]string)
	count := 0
	rec = func(i int, c map[string]string) {
		if i == len(ids) {
			count++
			step, err := Next(g, c, testNow)
			if err != nil {
				t.Fatalf("%v: %v", c, err)
			}
			if !step.Done() {
				t.Fatalf("%v: every question answered but no answer, asks %s", c, step.Question.ID)
			}
			seen[step.Answer.ID] = true
			if c["emergency"] == "yes" && step.Calls[0].Phone.Number != "113" {
				t.Fatalf("%v: emergency=yes leads to %s first, want 113", c, step.Calls[0].Phone.Number)
			}
			checkUndocumentedRoute(t, step)
			return
		}
		for _, o := range g.Question(ids[i]).Options {
			c[ids[i]] = o
			rec(i+1, c)
		}
		delete(c, ids[i])
	}
	rec(0, map[string]string{})
	if count < 1000 {
		t.Fatalf("only %d combinations walked", count)
	}
	if len(seen) != len(g.Answers) {
		t.Errorf("reached %d answers of %d", len(seen), len(g.Answers))
	}

	// Step by step, as a person answers: ask, answer, ask again.
	var walk func(c map[string]string, depth int)
	walk = func(c map[string]string, depth int) {
		if depth > len(g.Nodes) {
			t.Fatalf("%v: more than %d questions", c, len(g.Nodes))
		}
		step, err := Next(g, c, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if step.Done() {
			if c["emergency"] == "yes" && step.Calls[0].Phone.Number != "113" {
				t.Fatalf("%v: emergency=yes does not show 113 first", c)
			}
			return
		}
		for _, o := range step.Question.Options {
			next := maps.Clone(c)
			next[step.Question.ID] = o
			walk(next, depth+1)
		}
	}
	walk(map[string]string{}, 0)
}

// checkUndocumentedRoute holds the rule of the permit question: only a person who said they
// have no permission to stay, or whose asylum application got a final no, is told that they
// are undocumented; a worker with a D-number on a short stay never is.
func checkUndocumentedRoute(t *testing.T, step Step) {
	t.Helper()
	said := map[string]string{}
	for _, c := range step.Path {
		said[c.Question] = c.Option
	}
	undocumented := step.Answer.ID == "undocumented"
	if undocumented != (said["permit"] == "no" || said["asylum"] == "rejected") {
		t.Fatalf("path %v leads to %q", step.Path, step.Answer.ID)
	}
	if undocumented && said["stay"] == "under6" {
		t.Fatalf("path %v: a short stay leads to %q", step.Path, step.Answer.ID)
	}
	if _, asked := said["permit"]; asked && (said["id"] == "fnr" || said["asylum"] != "no" || said["stay"] == "under6") {
		t.Fatalf("path %v: permit is asked where it decides nothing", step.Path)
	}
}

// TestPersonas walks the guide as the people the guide is for would answer (ids only).
func TestPersonas(t *testing.T) {
	g := loadEmbedded(t)
	const doctor = "emergency=no urgent=no topic=doctor "
	tests := []struct {
		who, choices, answer string
		questions            int // how many questions were asked
	}{
		{"someone in danger", "emergency=yes", "emergency", 1},
		{"urgent: two answers, no more", "emergency=no urgent=yes", "urgent", 2},
		{"undocumented adult", doctor + "id=none stay=over12 asylum=no permit=no", "undocumented", 7},
		{"undocumented, staying 6 to 12 months", doctor + "id=none stay=6to12 asylum=no permit=no", "undocumented", 7},
		{"rejected asylum seeker, no ID number", doctor + "id=none asylum=rejected", "undocumented", 5},
		{"rejected asylum seeker with a D-number", doctor + "id=dnumber asylum=rejected", "undocumented", 5},
		{"asylum seeker waiting for the answer", doctor + "id=dnumber asylum=yes", "asylum_seeker", 5},
		{"refugee with a permit, no ID number yet", doctor + "id=none asylum=no stay=over12 permit=yes", "waiting_for_id", 7},
		{"EEA citizen registered, no ID number yet", doctor + "id=none asylum=no stay=6to12 permit=yes", "waiting_for_id", 7},
		{"EEA worker with a D-number for a year", doctor + "id=dnumber asylum=no stay=over12 permit=yes", "dnumber", 7},
		{"seasonal worker with a D-number and an EHIC", doctor + "id=dnumber asylum=no stay=under6 ehic=yes", "short_stay_ehic", 7},
		{"seasonal worker with a D-number, no EHIC", doctor + "id=dnumber asylum=no stay=under6 ehic=no", "short_stay_no_ehic", 7},
		{"Swedish citizen on a short stay", doctor + "id=none asylum=no stay=under6 ehic=nordic", "short_stay_nordic", 7},
		{"tourist from outside the EEA", doctor + "id=none asylum=no stay=under6 ehic=no", "short_stay_no_ehic", 7},
		{"resident without a GP", doctor + "id=fnr gp=no", "gp_register", 5},
		{"resident with a GP", doctor + "id=fnr gp=yes", "own_gp", 5},
		{"toothache", "emergency=no urgent=no topic=dental", "dental", 3},
		{"complaint", "emergency=no urgent=no topic=complaint", "complaint", 3},
	}
	for _, tt := range tests {
		step, err := Next(g, choices(tt.choices), testNow)
		if err != nil {
			t.Fatalf("%s: %v", tt.who, err)
		}
		if !step.Done() || step.Answer.ID != tt.answer {
			t.Errorf("%s (%s): got %+v, want %s", tt.who, tt.choices, step, tt.answer)
			continue
		}
		if len(step.Path) != tt.questions {
			t.Errorf("%s: %d questions asked (%v), want %d", tt.who, len(step.Path), step.Path, tt.questions)
		}
		if tt.answer == "emergency" && step.Calls[0].Phone.Number != "113" {
			t.Errorf("%s: first call %s, want 113", tt.who, step.Calls[0].Phone.Number)
		}
		if tt.answer == "dental" && len(step.Calls) == 1 && step.Calls[0].Phone.Number == "113" {
			t.Errorf("%s: 113 is the only call", tt.who)
		}
	}
}

func TestOpenAt(t *testing.T) {
	oslo, _ := time.LoadLocation("Europe/Oslo")
	weekdays := &Hours{Days: "mon-fri", Open: "08:00", Close: "15:30"}
	tests := []struct {
		name        string
		h           *Hours
		at          time.Time
		open, known bool
	}{
		{"always", &Hours{Always: true}, testNow, true, true},
		{"unknown", nil, testNow, false, false},
		{"times only", &Hours{Open: "09:00", Close: "15:00"}, testNow, false, false},
		{"wednesday 10:00", weekdays, time.Date(2026, 11, 25, 10, 0, 0, 0, oslo), true, true},
		{"wednesday 07:59", weekdays, time.Date(2026, 11, 25, 7, 59, 0, 0, oslo), false, true},
		{"wednesday 15:30", weekdays, time.Date(2026, 11, 25, 15, 30, 0, 0, oslo), false, true},
		{"saturday 10:00", weekdays, time.Date(2026, 11, 28, 10, 0, 0, 0, oslo), false, true},
		// 07:30 UTC in summer is 09:30 in Oslo (UTC+2).
		{"summer time", weekdays, time.Date(2026, 6, 17, 7, 30, 0, 0, time.UTC), true, true},
		// 06:30 UTC in winter is 07:30 in Oslo (UTC+1): still closed.
		{"winter time", weekdays, time.Date(2026, 1, 14, 6, 30, 0, 0, time.UTC), false, true},
	}
	for _, tt := range tests {
		open, known := tt.h.OpenAt(tt.at)
		if open != tt.open || known != tt.known {
			t.Errorf("%s: OpenAt = %v, %v; want %v, %v", tt.name, open, known, tt.open, tt.known)
		}
	}
}

func TestNextOpen(t *testing.T) {
	oslo, _ := time.LoadLocation("Europe/Oslo")
	weekdays := &Hours{Days: "mon-fri", Open: "08:00", Close: "15:30"}
	at := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name string
		h    *Hours
		at   time.Time
		want string // RFC 3339 in Oslo time; "" for ok=false
	}{
		{"friday 15:31 → monday", weekdays, at("2026-11-27T15:31:00+01:00"), "2026-11-30T08:00:00+01:00"},
		{"friday 15:30, closing time → monday", weekdays, at("2026-11-27T15:30:00+01:00"), "2026-11-30T08:00:00+01:00"},
		{"saturday 12:00 → monday", weekdays, at("2026-11-28T12:00:00+01:00"), "2026-11-30T08:00:00+01:00"},
		{"sunday 23:59 → monday", weekdays, at("2026-11-29T23:59:00+01:00"), "2026-11-30T08:00:00+01:00"},
		{"monday 07:59 → monday 08:00", weekdays, at("2026-11-30T07:59:00+01:00"), "2026-11-30T08:00:00+01:00"},
		{"monday 07:59:59.9 → monday 08:00", weekdays, at("2026-11-30T07:59:59.9+01:00"), "2026-11-30T08:00:00+01:00"},
		{"monday 00:00 → monday 08:00", weekdays, at("2026-11-30T00:00:00+01:00"), "2026-11-30T08:00:00+01:00"},
		{"monday 08:00 is open", weekdays, at("2026-11-30T08:00:00+01:00"), ""},
		{"monday 15:29 is open", weekdays, at("2026-11-30T15:29:00+01:00"), ""},
		{"wednesday evening → thursday morning", weekdays, at("2026-11-25T19:00:00+01:00"), "2026-11-26T08:00:00+01:00"},
		{"end of month → next month", weekdays, at("2026-09-30T16:00:00+02:00"), "2026-10-01T08:00:00+02:00"},
		{"end of year → next year", weekdays, at("2026-12-31T16:00:00+01:00"), "2027-01-01T08:00:00+01:00"},
		// The wall clock of Oslo decides, not the zone t is given in: 06:30 UTC on a
		// winter Wednesday is 07:30 in Oslo, 07:00 UTC is 08:00 there.
		{"UTC input, winter", weekdays, at("2026-11-25T06:30:00Z"), "2026-11-25T08:00:00+01:00"},
		// 23:30 UTC on Friday is already Saturday 00:30 in Oslo.
		{"UTC input, date differs", weekdays, at("2026-11-27T23:30:00Z"), "2026-11-30T08:00:00+01:00"},
		// Summer time starts on Sunday 29 March 2026 (02:00 → 03:00): the line closes at
		// +01:00 on Friday and opens at 08:00 +02:00 on Monday, 06:00 UTC.
		{"friday before summer time", weekdays, at("2026-03-27T16:00:00+01:00"), "2026-03-30T08:00:00+02:00"},
		{"saturday before summer time", weekdays, at("2026-03-28T12:00:00+01:00"), "2026-03-30T08:00:00+02:00"},
		{"sunday night of the change", weekdays, at("2026-03-29T01:30:00+01:00"), "2026-03-30T08:00:00+02:00"},
		{"sunday after the change", weekdays, at("2026-03-29T03:30:00+02:00"), "2026-03-30T08:00:00+02:00"},
		// Summer time ends on Sunday 25 October 2026 (03:00 → 02:00).
		{"friday before winter time", weekdays, at("2026-10-23T16:00:00+02:00"), "2026-10-26T08:00:00+01:00"},
		{"saturday before winter time", weekdays, at("2026-10-24T12:00:00+02:00"), "2026-10-26T08:00:00+01:00"},
		{"sunday in the repeated hour", weekdays, at("2026-10-25T02:30:00+01:00"), "2026-10-26T08:00:00+01:00"},
		{"always open", &Hours{Always: true}, at("2026-11-28T12:00:00+01:00"), ""},
		{"unknown hours", nil, at("2026-11-28T12:00:00+01:00"), ""},
		{"days not known", &Hours{Open: "08:00", Close: "15:30"}, at("2026-11-28T12:00:00+01:00"), ""},
		{"bad times", &Hours{Days: "mon-fri", Open: "8", Close: "15:30"}, at("2026-11-28T12:00:00+01:00"), ""},
		{"never open", &Hours{Days: "mon-fri", Open: "15:30", Close: "08:00"}, at("2026-11-28T12:00:00+01:00"), ""},
	}
	for _, tt := range tests {
		next, ok := tt.h.NextOpen(tt.at)
		if tt.want == "" {
			if ok {
				t.Errorf("%s: NextOpen(%s) = %s, true; want ok=false", tt.name, tt.at.Format(time.RFC3339), next.Format(time.RFC3339))
			}
			continue
		}
		if !ok {
			t.Errorf("%s: NextOpen(%s): ok=false, want %s", tt.name, tt.at.Format(time.RFC3339), tt.want)
			continue
		}
		if got := next.Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: NextOpen(%s) = %s, want %s", tt.name, tt.at.Format(time.RFC3339), got, tt.want)
		}
		if next.Location().String() != oslo.String() {
			t.Errorf("%s: NextOpen gives a time in %s, want Europe/Oslo", tt.name, next.Location())
		}
		// It is a moment the line is open, and a minute before it is not.
		if open, _ := tt.h.OpenAt(next); !open {
			t.Errorf("%s: the line is not open at NextOpen %s", tt.name, tt.want)
		}
		if open, _ := tt.h.OpenAt(next.Add(-time.Minute)); open {
			t.Errorf("%s: the line is already open a minute before NextOpen %s", tt.name, tt.want)
		}
	}
}

// TestNextOpenAgreesWithOpenAt checks NextOpen at every minute of the weeks around both
// summer-time changes of 2026 against a scan of OpenAt: for a closed minute it must be the
// first later minute at which the line is open.
func TestNextOpenAgreesWithOpenAt(t *testing.T) {
	weekdays := &Hours{Days: "mon-fri", Open: "08:00", Close: "15:30"}
	for _, start := range []string{"2026-03-25T00:00:00Z", "2026-10-21T00:00:00Z"} {
		from, _ := time.Parse(time.RFC3339, start)
		to := from.Add(8 * 24 * time.Hour)
		// Walk backwards, remembering the earliest open minute seen so far.
		var firstOpenAfter time.Time
		for m := to; !m.Before(from); m = m.Add(-time.Minute) {
			open, _ := weekdays.OpenAt(m)
			next, ok := weekdays.NextOpen(m)
			switch {
			case open && ok:
				t.Fatalf("NextOpen(%s) = %s, but the line is open then", m.Format(time.RFC3339), next.Format(time.RFC3339))
			case !open && !firstOpenAfter.IsZero() && (!ok || !next.Equal(firstOpenAfter)):
				t.Fatalf("NextOpen(%s) = %s, %v; want %s", m.Format(time.RFC3339), next.Format(time.RFC3339), ok, firstOpenAfter.Format(time.RFC3339))
			}
			if open {
				firstOpenAfter = m
			}
		}
	}
}

// TestRenderNextOpen checks that a rendered call carries next_open only when its line is
// closed and its hours are known.
func TestRenderNextOpen(t *testing.T) {
	g := loadEmbedded(t)
	c := choices("emergency=no urgent=no topic=doctor id=fnr gp=no")
	tests := []struct {
		at   string
		want map[string]string // call number → next_open; calls not listed have none
	}{
		{"2026-11-27T16:00:00+01:00", map[string]string{"23 32 70 00": "2026-11-30T08:00:00+01:00"}},
		{"2026-11-25T10:00:00+01:00", map[string]string{}},
	}
	for _, tt := range tests {
		now, _ := time.Parse(time.RFC3339, tt.at)
		step, err := Next(g, c, now)
		if err != nil || !step.Done() {
			t.Fatal(err, step)
		}
		r, err := g.Render("en", step, now)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, call := range r.Calls {
			want, closed := tt.want[call.Number]
			switch {
			case closed && call.NextOpen == nil:
				t.Errorf("at %s, %s: no NextOpen, want %s", tt.at, call.Number, want)
			case closed && call.NextOpen.Format(time.RFC3339) != want:
				t.Errorf("at %s, %s: NextOpen %s, want %s", tt.at, call.Number, call.NextOpen.Format(time.RFC3339), want)
			case !closed && call.NextOpen != nil:
				t.Errorf("at %s, %s: NextOpen %s, want none", tt.at, call.Number, call.NextOpen.Format(time.RFC3339))
			}
			if closed {
				seen++
			}
		}
		if seen != len(tt.want) {
			t.Errorf("at %s: %d of the calls %v shown", tt.at, seen, tt.want)
		}
	}
}

func TestFeeAt(t *testing.T) {
	f := &Fee{Key: "fee.x", Amounts: []FeeAmount{{Year: 2025, NOK: 3278}, {Year: 2026, NOK: 3300}}}
	tests := []struct {
		year, wantYear int
	}{{2024, 2025}, {2025, 2025}, {2026, 2026}, {2030, 2026}}
	for _, tt := range tests {
		if got := f.At(time.Date(tt.year, 6, 1, 0, 0, 0, 0, time.UTC)); got.Year != tt.wantYear {
			t.Errorf("At(%d) = %d, want %d", tt.year, got.Year, tt.wantYear)
		}
	}
}

func TestCheckChoice(t *testing.T) {
	g := loadEmbedded(t)
	tests := []struct{ q, o, want string }{
		{"emergency", "yes", ""},
		{"foo", "bar", `unknown question "foo": choose from emergency, urgent, topic, id, stay, asylum, ehic, gp, permit`},
		{"emergency", "maybe", `unknown option "maybe" for emergency: choose from yes, no`},
	}
	for _, tt := range tests {
		err := g.CheckChoice(tt.q, tt.o)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("CheckChoice(%s, %s) = %q, want %q", tt.q, tt.o, got, tt.want)
		}
	}
}

func BenchmarkNext(b *testing.B) {
	g := loadEmbedded(b)
	c := choices("emergency=no urgent=no topic=doctor id=dnumber asylum=no stay=under6 ehic=no")
	for b.Loop() {
		if _, err := Next(g, c, testNow); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		loadEmbedded(b)
	}
}
