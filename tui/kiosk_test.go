package tui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
)

// newKioskModel returns a kiosk guide at 80x24 with a fake idle clock, idle time 2
// minutes and a 20-second countdown, and the locale's language nb pre-selected.
func newKioskModel(t *testing.T, lang string) (Model, *fakeClock) {
	t.Helper()
	clock := &fakeClock{t: testNow}
	m := New(Options{Guide: testGuide(t), Lang: lang, Preselect: "nb", Now: func() time.Time { return testNow },
		NoColor: true, Kiosk: true, Clock: clock.now})
	return send(m, tea.WindowSizeMsg{Width: 80, Height: 24}), clock
}

// tick moves the idle clock on by d and delivers the kiosk's tick, as tea.Tick would once
// the time is up. It returns the command the model gave back.
func tick(m Model, clock *fakeClock, d time.Duration) (Model, tea.Cmd) {
	clock.t = clock.t.Add(d)
	next, cmd := m.Update(idleTickMsg{})
	return next.(Model), cmd
}

// collect runs cmd as Bubble Tea would, with the commands of batches and sequences, and
// returns their messages; a command that takes longer than a moment (a tick) is left out.
func collect(cmd tea.Cmd) []tea.Msg { return collectWithin(cmd, 50*time.Millisecond) }

// collectWithin is collect with the moment given.
func collectWithin(cmd tea.Cmd, moment time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(moment):
		return nil
	}
	v := reflect.ValueOf(msg)
	if v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		var out []tea.Msg
		for i := range v.Len() {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out = append(out, collectWithin(c, moment)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// wipes reports whether msgs clear the screen and the scrollback.
func wipes(msgs []tea.Msg) bool {
	raw, clear := false, false
	for _, msg := range msgs {
		if r, ok := msg.(tea.RawMsg); ok && r.Msg == wipeScreen {
			raw = true
		}
		if reflect.DeepEqual(msg, tea.ClearScreen()) {
			clear = true
		}
	}
	return raw && clear
}

// TestKioskIdleWipes walks to an answer, then leaves the kiosk alone: after the idle time
// the "still there?" screen counts down in the reader's language, then everything is
// wiped: the language picker with the locale's language selected, no answer, no
// breadcrumb, nothing remembered, the screen and scrollback cleared.
func TestKioskIdleWipes(t *testing.T) {
	m, clock := newKioskModel(t, "")
	if m.kiosk.tickAt != testNow.Add(DefaultIdle) {
		t.Fatalf("the first tick is due at %v, want %v", m.kiosk.tickAt, testNow.Add(DefaultIdle))
	}
	m = send(m, keys("<down><down><enter>22112")...) // Ukrainian, then gp_register
	if where(m) != "answer:gp_register" || m.s.Lang() != "uk" {
		t.Fatalf("walk: %s in %s", where(m), m.s.Lang())
	}
	clock.t = clock.t.Add(90 * time.Second)
	m = send(m, keys("<pgdown>")...) // input restarts the idle time

	// The tick sent at the start arrives: not idle long enough, it is sent again.
	m, cmd := tick(m, clock, 30*time.Second)
	if where(m) != "answer:gp_register" || cmd == nil {
		t.Fatalf("2 minutes after the start, 30 s after input: %s, cmd %v; want the answer and a new tick", where(m), cmd)
	}
	if want := clock.t.Add(90 * time.Second); m.kiosk.tickAt != want {
		t.Errorf("the next tick is due at %v, want %v (2 minutes after the last input)", m.kiosk.tickAt, want)
	}
	m, cmd = tick(m, clock, 90*time.Second)
	if where(m) != "stillthere" || cmd == nil {
		t.Fatalf("2 minutes idle: %s, want the still-there screen and a tick", where(m))
	}
	uk := testGuide(t).Text("uk", "ui.still_there", testNow, nil)
	if s := screenText(m); !strings.Contains(s, uk) || !strings.Contains(s, "20") {
		t.Errorf("the still-there screen should ask in Ukrainian with 20 seconds:\n%s", s)
	}
	checkFrame(t, m, "still there")
	for _, left := range []string{"19", "18"} {
		m, _ = tick(m, clock, time.Second)
		if !strings.Contains(screenText(m), left) {
			t.Errorf("the countdown should show %s:\n%s", left, screenText(m))
		}
	}
	m, cmd = tick(m, clock, 18*time.Second)
	if where(m) != "picker" {
		t.Fatalf("after the countdown: %s, want the language picker", where(m))
	}
	if !wipes(collect(cmd)) {
		t.Errorf("the wipe should clear the screen and the scrollback: %v", collect(cmd))
	}
	p := m.page.(pickerPage)
	if p.choices[p.list.cursor].Code != "nb" || m.s.Lang() != "nb" {
		t.Errorf("after the wipe the locale's language should be selected: %s (session %s)", p.choices[p.list.cursor].Code, m.s.Lang())
	}
	checkWiped(t, m)
}

// checkWiped fails when anything of the last person's walk survived: a choice, an
// earlier answer, a breadcrumb, a rendered answer, an open overlay.
func checkWiped(t *testing.T, m Model) {
	t.Helper()
	if !m.s.Untouched() || len(m.s.Path()) != 0 || m.overlay != nil || len(m.md.out) != 0 || m.crumbRow >= 0 {
		t.Errorf("the wipe left something: untouched %v, path %v, overlay %v, %d answers rendered, crumbs on row %d",
			m.s.Untouched(), m.s.Path(), m.overlay, len(m.md.out), m.crumbRow)
	}
	if !m.pristine() || m.keys.NextPerson.Enabled() {
		t.Errorf("after the wipe the guide should be as at the start, with nothing for F6 to wipe")
	}
	// The next person walks the same way: no earlier answer is selected anywhere.
	m = send(m, keys("<enter>")...)
	for _, k := range "22112" {
		if m.page.(questionPage).list.cursor >= 0 {
			t.Fatalf("an earlier answer is selected after the wipe:\n%s", screenText(m))
		}
		m = send(m, keys(string(k))...)
	}
}

// TestKioskInputCancelsCountdown: any key, a click or input the guard dropped cancels the
// countdown and changes nothing else; the emergency key also opens the emergency screen.
func TestKioskInputCancelsCountdown(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input tea.Msg
		want  string
	}{
		{"a letter", tea.KeyPressMsg{Code: 'x', Text: "x"}, "answer:gp_register"},
		{"ctrl+c", tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}, "answer:gp_register"},
		{"a digit", tea.KeyPressMsg{Code: '1', Text: "1"}, "answer:gp_register"},
		{"esc", tea.KeyPressMsg{Code: tea.KeyEscape}, "answer:gp_register"},
		{"a click", tea.MouseClickMsg{X: 1, Y: 1, Button: tea.MouseLeft}, "answer:gp_register"},
		{"the wheel", tea.MouseWheelMsg{Button: tea.MouseWheelDown}, "answer:gp_register"},
		{"dropped input", inputSeenMsg{}, "answer:gp_register"},
		{"the emergency key", tea.KeyPressMsg{Code: '0', Text: "0"}, "emergency"},
	} {
		m, clock := newKioskModel(t, "en")
		m = send(m, keys("22112")...)
		m, _ = tick(m, clock, DefaultIdle)
		m, _ = tick(m, clock, 5*time.Second)
		if where(m) != "stillthere" {
			t.Fatalf("%s: %s, want the still-there screen", tc.name, where(m))
		}
		m = send(m, tc.input)
		if where(m) != tc.want || m.kiosk.counting() {
			t.Errorf("%s during the countdown: %s (counting %v), want %s", tc.name, where(m), m.kiosk.counting(), tc.want)
		}
		if len(m.s.Path()) != 5 {
			t.Errorf("%s: the walk should be kept, path %v", tc.name, m.s.Path())
		}
		// The countdown's next tick comes and goes: the idle time starts again from the input.
		m, _ = tick(m, clock, time.Second)
		m, _ = tick(m, clock, DefaultIdle-2*time.Second)
		if where(m) != tc.want {
			t.Errorf("%s: %s before the idle time is up again, want %s", tc.name, where(m), tc.want)
		}
		m, _ = tick(m, clock, 2*time.Second)
		if where(m) != "stillthere" {
			t.Errorf("%s: %s after the idle time, want the still-there screen again", tc.name, where(m))
		}
	}
}

// TestKioskStillThereKeepsTheOverlay: the screen under "still there?" comes back.
func TestKioskStillThereKeepsTheOverlay(t *testing.T) {
	m, clock := newKioskModel(t, "en")
	m = send(m, keys("22112?")...)
	m, _ = tick(m, clock, DefaultIdle)
	m = send(m, keys("x")...)
	if where(m) != "help" {
		t.Errorf("after the countdown is cancelled: %s, want the help screen back", where(m))
	}
}

// TestKioskNextPerson: F6 wipes at once, from an answer and during the countdown; it is
// offered only when there is something to wipe.
func TestKioskNextPerson(t *testing.T) {
	m, clock := newKioskModel(t, "")
	if m.keys.NextPerson.Enabled() || strings.Contains(screenText(m), "f6") {
		t.Errorf("F6 is offered on the first screen, where there is nothing to wipe")
	}
	m = send(m, keys("122112")...)
	if !m.keys.NextPerson.Enabled() || !strings.Contains(screenText(m), "f6") {
		t.Fatalf("F6 should be offered on an answer:\n%s", screenText(m))
	}
	if m.keys.Restart.Enabled() {
		t.Errorf("a kiosk starts again with F6, not F5")
	}
	next, cmd := m.Update(keys("<f6>")[0])
	m = next.(Model)
	if where(m) != "picker" || !wipes(collect(cmd)) {
		t.Fatalf("F6: %s, want the picker and the screen wiped", where(m))
	}
	checkWiped(t, m)

	m = send(m, keys("122")...)
	m, _ = tick(m, clock, DefaultIdle)
	next, cmd = m.Update(keys("<f6>")[0])
	m = next.(Model)
	if where(m) != "picker" || !wipes(collect(cmd)) {
		t.Fatalf("F6 during the countdown: %s, want the picker and the screen wiped", where(m))
	}
	checkWiped(t, m)
}

// TestKioskPristineIsLeftAlone: a kiosk nobody touched shows no countdown.
func TestKioskPristineIsLeftAlone(t *testing.T) {
	for _, lang := range []string{"", "en"} {
		m, clock := newKioskModel(t, lang)
		m, cmd := tick(m, clock, DefaultIdle)
		if where(m) == "stillthere" || cmd == nil {
			t.Errorf("lang %q: untouched, %s after the idle time (cmd %v); want no countdown and a new tick", lang, where(m), cmd)
		}
		if lang == "" {
			// Moving the picker's selection and back is no walk either; choosing is.
			m = send(m, keys("<down><up>")...)
			m, _ = tick(m, clock, DefaultIdle)
			if where(m) == "stillthere" {
				t.Errorf("the picker's selection moved and back counts as untouched")
			}
		}
		m = send(m, keys("2")...)
		m, _ = tick(m, clock, DefaultIdle)
		if where(m) != "stillthere" {
			t.Errorf("lang %q: after a choice, %s after the idle time; want the countdown", lang, where(m))
		}
	}
}

// TestKioskKeysDoNotQuit: Ctrl+C, Ctrl+\ and Ctrl+Z do nothing in a kiosk and are not
// offered; the operator's chord quits and is never shown.
func TestKioskKeysDoNotQuit(t *testing.T) {
	clock := &fakeClock{t: testNow}
	m := New(Options{Guide: testGuide(t), Lang: "en", Now: func() time.Time { return testNow }, NoColor: true,
		Kiosk: true, Clock: clock.now, QuitKey: "ctrl+alt+q"})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(m, keys("22")...)
	for _, k := range []string{"<ctrl+c>", "<ctrl+z>", "<ctrl+\\>"} {
		next, cmd := m.Update(keys(k)[0])
		if cmd != nil || next.(Model).frame != m.frame {
			t.Errorf("%s in a kiosk: cmd %v, frame changed %v; want nothing", k, cmd, next.(Model).frame != m.frame)
		}
	}
	for _, scr := range []string{"", "?", "0"} {
		m2 := send(m, keys(scr)...)
		if s := screenText(m2); strings.Contains(s, "ctrl") || strings.Contains(s, m2.text("ui.quit")) {
			t.Errorf("%q: a kiosk offers a way to quit:\n%s", scr, s)
		}
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Mod: tea.ModCtrl | tea.ModAlt})
	if cmd == nil {
		t.Fatal("the operator's chord: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("the operator's chord should quit")
	}
	if m.IgnoresKey(tea.KeyPressMsg{Code: 'q', Mod: tea.ModCtrl | tea.ModAlt}) {
		t.Errorf("the guard would drop the operator's chord")
	}
}

// TestKioskWithoutChord: without --quit-key no key quits.
func TestKioskWithoutChord(t *testing.T) {
	m, _ := newKioskModel(t, "en")
	for _, k := range []tea.KeyPressMsg{{Code: 'c', Mod: tea.ModCtrl}, {Code: 'q', Mod: tea.ModCtrl | tea.ModAlt}} {
		if _, cmd := m.Update(k); cmd != nil {
			t.Errorf("%s in a kiosk without a chord gives a command", k)
		}
	}
}

// TestKioskHasNoLinks: a passer-by could open another program through a link.
func TestKioskHasNoLinks(t *testing.T) {
	m := New(Options{Guide: testGuide(t), Lang: "en", Now: func() time.Time { return testNow }, Kiosk: true, Links: true})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, keys("1")[0])
	if strings.Contains(m.View().Content, "\x1b]8;") {
		t.Errorf("a kiosk shows hyperlinks")
	}
}

func TestParseQuitKey(t *testing.T) {
	good := map[string]string{
		"ctrl+alt+q":   "ctrl+alt+q",
		"Alt+Ctrl+Q":   "ctrl+alt+q",
		" ctrl+f12 ":   "ctrl+f12",
		"super+esc":    "super+esc",
		"ctrl+shift+x": "ctrl+shift+x",
		"alt+1":        "alt+1",
	}
	for in, want := range good {
		got, err := ParseQuitKey(in)
		if err != nil || got != want {
			t.Errorf("ParseQuitKey(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "q", "f12", "shift+q", "ctrl+c", "ctrl+\\", "ctrl+z", "ctrl+d", "ctrl+", "ctrl+ctrl+q",
		"cmd+q", "ctrl+qq", "ctrl+é", "ctrl+alt+ ", "ctrl+f21"} {
		if got, err := ParseQuitKey(in); err == nil {
			t.Errorf("ParseQuitKey(%q) = %q, want an error", in, got)
		}
	}
}

// FuzzParseQuitKey: a chord that is accepted parses to itself, and is never a key a
// kiosk ignores nor one without a modifier.
func FuzzParseQuitKey(f *testing.F) {
	for _, s := range []string{"ctrl+alt+q", "shift+q", "ctrl+c", "super+f1", "+", "ctrl++"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		chord, err := ParseQuitKey(s)
		if err != nil {
			return
		}
		again, err := ParseQuitKey(chord)
		if err != nil || again != chord {
			t.Errorf("%q parses to %q, which parses to %q, %v", s, chord, again, err)
		}
		if !strings.Contains(chord, "+") || strings.HasPrefix(chord, "shift+") && strings.Count(chord, "+") == 1 {
			t.Errorf("%q: chord %q has no modifier", s, chord)
		}
		for _, k := range kioskKeys {
			if chord == k {
				t.Errorf("%q: chord %q is a key a kiosk ignores", s, chord)
			}
		}
	})
}

// FuzzKioskModel feeds a kiosk terminal input with its timer in between: a 0x00 byte is
// the idle time passing, a 0x01 byte one second, anything else input decoded as Bubble
// Tea decodes it. Nothing panics, every frame keeps the emergency line first and fits,
// no key quits without a chord, and a wipe always ends at the first screen.
func FuzzKioskModel(f *testing.F) {
	f.Add([]byte("122112\x00\x01\x01x\x00\x01\x01\x01"), uint8(80), uint8(24))
	f.Add([]byte("1\x00\x1b[17~\x03\x1a\x1c0\x00"), uint8(40), uint8(12))
	f.Add([]byte("\x1b[B\x1b[A\x00\x1bOS\x00"), uint8(10), uint8(3))
	g := testGuide(f)
	f.Fuzz(func(t *testing.T, data []byte, w, h uint8) {
		clock := &fakeClock{t: testNow}
		m := New(Options{Guide: g, Now: func() time.Time { return testNow }, Kiosk: true, Idle: time.Minute, Clock: clock.now})
		m = send(m, tea.WindowSizeMsg{Width: int(w)%300 + 1, Height: int(h)%100 + 1})
		var dec uv.EventDecoder
		step := func(msg tea.Msg) {
			next, cmd := m.Update(msg)
			m = next.(Model)
			checkFrame(t, m, fmt.Sprintf("after %T %v", msg, msg))
			for _, out := range collectWithin(cmd, time.Millisecond) { // tea.Quit returns at once
				if _, ok := out.(tea.QuitMsg); ok {
					t.Fatalf("%T %v quit a kiosk without a chord", msg, msg)
				}
			}
		}
		for len(data) > 0 {
			switch data[0] {
			case 0x00, 0x01:
				d := time.Second
				if data[0] == 0x00 {
					d = time.Minute
				}
				clock.t = clock.t.Add(d)
				data = data[1:]
				step(idleTickMsg{})
				continue
			}
			n, ev := dec.Decode(data)
			if n <= 0 {
				break
			}
			data = data[n:]
			for _, msg := range teaMsgs(ev) {
				step(msg)
			}
		}
	})
}
