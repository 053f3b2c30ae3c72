package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content/slip"
	"helseguide/i18n"
)

// modelAt returns the guide in lang at w x h at the time now, after keys.
func modelAt(t *testing.T, lang string, now time.Time, w, h int, seq string, more ...func(*Options)) Model {
	t.Helper()
	o := Options{Guide: testGuide(t), Lang: lang, Now: func() time.Time { return now }, NoColor: true}
	for _, f := range more {
		f(&o)
	}
	m := New(o)
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return send(m, keys(seq)...)
}

// TestClosedLinesSayWhenTheyOpen: the Helsenorge line's card (gp_register) and its row
// (own_gp) say when a closed line opens next, in Oslo time, across the change to summer
// time too.
func TestClosedLinesSayWhenTheyOpen(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, now, lang, want string
	}{
		{"Friday 15:31", "2026-11-27T15:31:00+01:00", "en", "Closed now · opens Monday 08:00"},
		{"Saturday 12:00", "2026-11-28T12:00:00+01:00", "en", "Closed now · opens Monday 08:00"},
		{"Monday 07:59", "2026-11-30T07:59:00+01:00", "en", "Closed now · opens today 08:00"},
		{"Monday 08:00", "2026-11-30T08:00:00+01:00", "en", "Open now"},
		{"Friday before summer time", "2026-03-27T16:00:00+01:00", "en", "Closed now · opens Monday 08:00"},
		{"Saturday before summer time, in UTC", "2026-03-28T11:00:00Z", "en", "Closed now · opens Monday 08:00"},
		{"Monday after summer time began, 07:59", "2026-03-30T05:59:00Z", "en", "Closed now · opens today 08:00"},
		{"Monday after summer time began, 08:00", "2026-03-30T06:00:00Z", "en", "Open now"},
		{"Saturday, Norwegian", "2026-11-28T12:00:00+01:00", "nb", "Stengt nå · åpner mandag 08:00"},
	}
	for _, tt := range tests {
		now := at(tt.now)
		card := screenText(modelAt(t, tt.lang, now, 80, 24, "22112"))
		if !strings.Contains(card, "23 32 70 00") || !strings.Contains(card, tt.want) {
			t.Errorf("%s: the card should say %q:\n%s", tt.name, tt.want, card)
		}
		if strings.HasPrefix(tt.want, "Open") {
			continue
		}
		rows := screenText(modelAt(t, tt.lang, now, 80, 24, "22111"))
		row := ""
		for _, l := range strings.Split(rows, "\n") {
			if strings.HasPrefix(l, "23 32 70 00") {
				row = l
			}
		}
		if !strings.HasSuffix(strings.TrimSpace(row), tt.want) {
			t.Errorf("%s: the row should end in %q: %q", tt.name, tt.want, row)
		}
	}
}

// TestTwoLanguages: F3 shows the answer in the second language too and hides it again;
// the calls stand once; in two columns from 100 columns, one under the other below.
func TestTwoLanguages(t *testing.T) {
	for _, tc := range []struct {
		lang, second string
		w            int
		columns      bool
	}{
		{"en", "nb", 120, true},
		{"en", "nb", 100, true},
		{"en", "nb", 99, false},
		{"nb", "en", 120, true},
		{"uk", "nb", 60, false},
	} {
		m := modelAt(t, tc.lang, testNow, tc.w, 200, "22112")
		one := screenText(m)
		if !m.keys.TwoLanguages.Enabled() {
			t.Fatalf("%s: F3 is not offered on the answer", tc.lang)
		}
		m = send(m, keys("<f3>")...)
		two := screenText(m)
		checkFrame(t, m, "two languages")
		p := m.page.(answerPage)
		if p.also == nil || p.also.Lang != tc.second {
			t.Fatalf("%s: F3 shows %v, want %s beside it", tc.lang, p.also, tc.second)
		}
		if strings.Count(two, "┌") != 1 || strings.Count(two, "\n116 117  ") != 1 {
			t.Errorf("%s at %d: the call card should stand once:\n%s", tc.lang, tc.w, two)
		}
		secondTitle := testGuide(t).Text(tc.second, "ui.have_ready", testNow, nil)
		if !strings.Contains(two, secondTitle) || strings.Contains(one, secondTitle) {
			t.Errorf("%s at %d: %q should be shown with F3 only", tc.lang, tc.w, secondTitle)
		}
		if got := strings.Contains(two, columnGap); got != tc.columns {
			t.Errorf("%s at %d: columns %v, want %v:\n%s", tc.lang, tc.w, got, tc.columns, two)
		}
		m = send(m, keys("<f3>")...)
		if screenText(m) != one {
			t.Errorf("%s: F3 again should show the answer in one language as before", tc.lang)
		}
	}
	// --also chooses the language; when it is the reader's own, F3 is not offered.
	m := modelAt(t, "en", testNow, 120, 40, "22112<f3>", func(o *Options) { o.Also = "uk" })
	if p := m.page.(answerPage); p.also == nil || p.also.Lang != "uk" {
		t.Errorf("--also uk: %v beside English", p.also)
	}
	m = modelAt(t, "nb", testNow, 120, 40, "22112", func(o *Options) { o.Also = "nb" })
	if m.keys.TwoLanguages.Enabled() {
		t.Errorf("--also nb for a Norwegian reader: F3 offered with nothing to show")
	}
	// --also shows answers side by side from the start; it stays on for the next answer.
	m = modelAt(t, "en", testNow, 120, 40, "21", func(o *Options) { o.Also = "nb"; o.SideBySide = true })
	if m.page.(answerPage).also == nil {
		t.Errorf("SideBySide: the answer is not side by side")
	}
	m = send(m, keys("<esc>2112")...)
	if where(m) != "answer:gp_register" || m.page.(answerPage).also == nil {
		t.Errorf("the next answer (%s) should be side by side too", where(m))
	}
}

// TestWhatToSayOnScreen: the emergency screen and the 113 and 116 117 answers show the
// Norwegian sentences for the call-taker with the reader's language; other answers do not.
func TestWhatToSayOnScreen(t *testing.T) {
	for _, tc := range []struct {
		lang, keys string
		want       bool
	}{
		{"en", "0", true},
		{"uk", "0", true},
		{"en", "1", true},
		{"en", "21", true},
		{"ar", "21", true},
		{"en", "22112", false},
		{"en", "222", false},
	} {
		m := modelAt(t, tc.lang, testNow, 80, 200, tc.keys)
		s := screenText(m)
		g := testGuide(t)
		has := strings.Contains(s, "• "+g.Languages["nb"].Strings["say.name"])
		if has != tc.want {
			t.Errorf("%s %s: what to say shown %v, want %v:\n%s", tc.lang, tc.keys, has, tc.want, s)
		}
		own := "  " + g.Text(tc.lang, "say.name", testNow, nil)
		if i18n.DirectionOf(tc.lang) == i18n.RightToLeft {
			// In the app layout: in visual order, right-aligned.
			own, _ = visualLine(g.Text(tc.lang, "say.name", testNow, nil), i18n.RightToLeft)
			own = " " + own + "\n"
		}
		if has && tc.lang != "nb" && !strings.Contains(s, own) {
			t.Errorf("%s %s: the sentence in the reader's language is missing:\n%s", tc.lang, tc.keys, s)
		}
	}
}

// TestSlipOnScreen: F4 shows the same slip as the answer command, at the terminal's
// width, with no escape codes; F8 gives it to the printer at the printed width; a failing
// printer says so; F4 or Esc closes it.
func TestSlipOnScreen(t *testing.T) {
	var printed []string
	fail := false
	print := func(s string) error {
		printed = append(printed, s)
		if fail {
			return errors.New(`--print-cmd "lp" failed: exit status 1` + "\nmore")
		}
		return nil
	}
	m := modelAt(t, "uk", testNow, 60, 200, "21<f4>", func(o *Options) { o.Print = print; o.SlipWidth = 32 })
	if where(m) != "slip" {
		t.Fatalf("F4: %s, want the slip", where(m))
	}
	own, also := m.overlay.(slipPage).own, m.overlay.(slipPage).also
	if also == nil || also.Lang != "nb" {
		t.Fatalf("the slip's second language: %v, want nb", also)
	}
	want, err := slip.Layout(own, also, 32, i18n.BidiTerminal)
	if err != nil {
		t.Fatal(err)
	}
	if body := strings.Join(m.overlay.body().all, "\n") + "\n"; body != want {
		t.Errorf("the slip on screen differs from slip.Layout at 32 columns:\n%s\nwant:\n%s", body, want)
	}
	for _, l := range m.overlay.body().all {
		if strings.Contains(l, "\x1b") {
			t.Errorf("the slip has escape codes: %q", l)
		}
	}
	next, cmd := m.Update(keys("<f8>")[0])
	m = next.(Model)
	if m.keys.Print.Enabled() {
		t.Errorf("F8 is offered while the slip is on its way to the printer")
	}
	m = send(m, cmd())
	if len(printed) != 1 || printed[0] != want {
		t.Fatalf("printed %q, want the slip at 32 columns", printed)
	}
	if s := screenText(m); !strings.Contains(s, testGuide(t).Text("uk", "ui.printed", testNow, nil)) {
		t.Errorf("after printing the slip should say it was sent:\n%s", s)
	}
	fail = true
	next, cmd = m.Update(keys("<f8>")[0])
	m = send(next.(Model), cmd())
	s := strings.Join(strings.Fields(screenText(m)), " ")
	if !strings.Contains(s, testGuide(t).Text("uk", "ui.print_failed", testNow, nil)+` --print-cmd "lp" failed: exit status 1`) || strings.Contains(s, "more") {
		t.Errorf("a failing printer should be named on one line:\n%s", s)
	}
	for _, k := range []string{"<f4>", "<esc>"} {
		m2 := send(m, keys(k)...)
		if where(m2) != "answer:urgent" {
			t.Errorf("%s on the slip: %s, want the answer", k, where(m2))
		}
	}
	// Without a printer command there is no F8; the slip is at the terminal's width.
	m = modelAt(t, "en", testNow, 50, 200, "21<f4>")
	if m.keys.Print.Enabled() {
		t.Errorf("F8 offered without a printer command")
	}
	if w := maxWidth(m.overlay.body().all); w != 50 {
		t.Errorf("the slip at 50 columns is %d wide", w)
	}
	// On a terminal narrower than a slip, its lines wrap: no number is cut off.
	m = modelAt(t, "en", testNow, 20, 30, "21<f4>")
	checkFrame(t, m, "slip at 20 columns")
	if body := strings.Join(m.overlay.body().all, "\n"); !strings.Contains(body, "22 59 13 00") || strings.Contains(body, "…") {
		t.Errorf("the slip at 20 columns lost a number:\n%s", body)
	}
}

func maxWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

// TestTelLinks: with Links, every call number on the cards, the rows, the emergency
// screen and the emergency line is a tel: link to its digits; without, none is; the slip
// has none either way.
func TestTelLinks(t *testing.T) {
	links := func(o *Options) { o.Links = true }
	m := modelAt(t, "en", testNow, 80, 60, "22112", links)
	v := m.View().Content
	for _, want := range []string{
		ansi.SetHyperlink("tel:23327000"), // the card
		ansi.SetHyperlink("tel:116117"),   // a row, and the emergency line
		ansi.SetHyperlink("tel:113"),
	} {
		if !strings.Contains(v, want) {
			t.Errorf("no link %q in the frame", want)
		}
	}
	if first, _, _ := strings.Cut(v, "\n"); !strings.Contains(first, ansi.SetHyperlink("tel:113")+"113"+ansi.ResetHyperlink()) {
		t.Errorf("the emergency line's 113 is not a link: %q", first)
	}
	checkFrame(t, m, "links")
	em := send(m, keys("0")...).View().Content
	if !strings.Contains(em, ansi.SetHyperlink("tel:112")) {
		t.Errorf("the emergency screen's numbers are not links")
	}
	if sl := send(m, keys("<f4>")...); strings.Contains(strings.Join(sl.overlay.body().all, ""), "\x1b]8;") {
		t.Errorf("the slip has links")
	}
	if v := modelAt(t, "en", testNow, 80, 60, "22112").View().Content; strings.Contains(v, "\x1b]8;") {
		t.Errorf("links without Options.Links")
	}
}

// TestTelLinksArabic: in Arabic, in both layouts, the numbers of the emergency line (written
// with no-break spaces in the sentence), the card and the rows are tel: links too, and the
// frame still fits.
func TestTelLinksArabic(t *testing.T) {
	for _, bidi := range []i18n.BidiMode{i18n.BidiApp, i18n.BidiTerminal} {
		m := modelAt(t, "ar", testNow, 80, 60, "22112", func(o *Options) { o.Links, o.Bidi = true, bidi })
		v := m.View().Content
		first, _, _ := strings.Cut(v, "\n")
		for _, tel := range []string{"113", "116117"} {
			if !strings.Contains(first, ansi.SetHyperlink("tel:"+tel)) {
				t.Errorf("%v: the emergency line's %s is not a link: %q", bidi, tel, first)
			}
		}
		if !strings.Contains(v, ansi.SetHyperlink("tel:23327000")) {
			t.Errorf("%v: the card's number is not a link", bidi)
		}
		checkFrame(t, m, "links")
	}
}

func TestHyperlinks(t *testing.T) {
	tests := []struct {
		env  []string
		want bool
	}{
		{[]string{"TERM=xterm-kitty"}, true},
		{[]string{"TERM=foot"}, true},
		{[]string{"TERM=xterm-256color", "VTE_VERSION=7600"}, true},
		{[]string{"TERM=xterm-256color", "VTE_VERSION=4800"}, false},
		{[]string{"TERM=xterm-256color", "TERM_PROGRAM=WezTerm"}, true},
		{[]string{"TERM=xterm-256color", "WT_SESSION=abc"}, true},
		{[]string{"TERM=xterm-256color"}, false},
		{[]string{"TERM=linux"}, false},
		{[]string{"TERM=dumb", "TERM_PROGRAM=WezTerm"}, false},
		{[]string{"TERM=tmux-256color", "TERM_PROGRAM=tmux"}, false},
		{[]string{"TERM=xterm-kitty", "TMUX=/tmp/tmux-0/default,1,0"}, false},
		{[]string{"TERM=screen"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := Hyperlinks(tt.env); got != tt.want {
			t.Errorf("Hyperlinks(%q) = %v, want %v", tt.env, got, tt.want)
		}
	}
}
