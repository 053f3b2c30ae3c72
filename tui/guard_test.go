package tui

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// fakeModel counts what the guard passes on. Its Update and View take tick of the fake
// clock each.
type fakeModel struct {
	clock   *fakeClock
	tick    time.Duration
	updates *[]tea.Msg
	views   *int
	ignore  string // keys (by text) IgnoresKey reports, "" for none
	panicOn string // "update", "view", "init", "cmd", "batch", "sequence", "ignores"
}

func (m fakeModel) Init() tea.Cmd {
	if m.panicOn == "init" {
		panic("in Init")
	}
	return nil
}

func (m fakeModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.clock.t = m.clock.t.Add(m.tick)
	*m.updates = append(*m.updates, msg)
	boom := func() tea.Msg { panic("in a command") }
	switch m.panicOn {
	case "update":
		panic("in Update")
	case "cmd":
		return m, boom
	case "batch":
		return m, tea.Batch(func() tea.Msg { return nil }, boom)
	case "sequence":
		return m, tea.Sequence(func() tea.Msg { return nil }, boom)
	}
	return m, nil
}

func (m fakeModel) View() tea.View {
	m.clock.t = m.clock.t.Add(m.tick)
	*m.views++
	if m.panicOn == "view" {
		panic("in View")
	}
	return tea.NewView("frame " + time.Duration(*m.views).String())
}

func (m fakeModel) IgnoresKey(k tea.KeyPressMsg) bool {
	if m.panicOn == "ignores" {
		panic("in IgnoresKey")
	}
	return m.ignore != "" && strings.Contains(m.ignore, k.Text)
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

// newTestGuard returns a guard around a fakeModel with a frame of 8 ms, and what it
// records.
func newTestGuard(m fakeModel) (*guard, *fakeClock, *[]tea.Msg, *int, *[]error) {
	clock := &fakeClock{t: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	var updates []tea.Msg
	var views int
	var stops []error
	m.clock, m.updates, m.views = clock, &updates, &views
	g := newGuard(m, 8*time.Millisecond, clock.now, func(err error) { stops = append(stops, err) })
	return g, clock, &updates, &views, &stops
}

func press(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// step is what Bubble Tea does for each message: Update, then View.
func step(g *guard, msg tea.Msg) tea.Cmd {
	_, cmd := g.Update(msg)
	g.View()
	return cmd
}

func TestGuardDrawsAtMostOncePerFrame(t *testing.T) {
	g, clock, updates, views, _ := newTestGuard(fakeModel{})
	g.View() // the first frame
	if *views != 1 {
		t.Fatalf("the first View should draw, views = %d", *views)
	}
	clock.t = clock.t.Add(time.Second)
	if step(g, press('a')); *views != 2 {
		t.Errorf("a key after a quiet second should be drawn at once, views = %d", *views)
	}
	var redraws int
	for range 100 {
		if cmd := step(g, press('b')); cmd != nil {
			redraws++
		}
	}
	if len(*updates) != 101 {
		t.Errorf("every key should reach Update, got %d", len(*updates))
	}
	if *views != 2 || redraws != 1 {
		t.Errorf("100 keys in one frame: views = %d, redraw commands = %d; want 2 and 1", *views, redraws)
	}
	clock.t = clock.t.Add(8 * time.Millisecond)
	if step(g, redrawMsg{}); *views != 3 {
		t.Errorf("the redraw should draw what the keys changed, views = %d", *views)
	}
	if step(g, redrawMsg{}); *views != 3 {
		t.Errorf("a redraw with nothing new should not draw, views = %d", *views)
	}
	if step(g, tea.WindowSizeMsg{Width: 80, Height: 24}); *views != 4 {
		t.Errorf("a resize should be drawn at once, views = %d", *views)
	}
}

func TestGuardTurnsBracketedPasteOff(t *testing.T) {
	g, _, _, _, _ := newTestGuard(fakeModel{})
	if v := g.View(); !v.DisableBracketedPasteMode {
		t.Errorf("the view asks for bracketed paste")
	}
}

// TestGuardDropsIgnoredKeys: keys the model ignores do not reach it; that input arrived
// does, once a second at most (inputSeenMsg), for a kiosk's idle timer.
func TestGuardDropsIgnoredKeys(t *testing.T) {
	g, clock, updates, _, _ := newTestGuard(fakeModel{ignore: "xyz"})
	g.View()
	for _, r := range "xyzxyz" {
		step(g, press(r))
	}
	if len(*updates) != 1 || (*updates)[0] != tea.Msg(inputSeenMsg{}) {
		t.Errorf("ignored keys: the model got %v, want only one inputSeenMsg", *updates)
	}
	clock.t = clock.t.Add(seenEvery)
	step(g, press('x'))
	if len(*updates) != 2 || (*updates)[1] != tea.Msg(inputSeenMsg{}) {
		t.Errorf("an ignored key a second later: the model got %v, want a second inputSeenMsg", *updates)
	}
	step(g, press('1'))
	if len(*updates) != 3 || (*updates)[2] != tea.Msg(press('1')) {
		t.Errorf("a key the model does not ignore should reach it, updates = %v", *updates)
	}
}

// TestGuardInputBudget: each Update takes 1 ms of an 8 ms frame; the input budget is 1 ms.
func TestGuardInputBudget(t *testing.T) {
	g, clock, updates, _, _ := newTestGuard(fakeModel{tick: time.Millisecond})
	ctrlC := tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	for range 5 {
		step(g, press('a'))
	}
	step(g, ctrlC)
	step(g, tea.BackgroundColorMsg{})
	// The first key dropped is heard of as input all the same.
	want := []tea.Msg{press('a'), inputSeenMsg{}, ctrlC, tea.BackgroundColorMsg{}}
	if len(*updates) != len(want) {
		t.Fatalf("in one frame the model got %q, want %q (the first key, that more came, ctrl+c, and a message that is no input)", *updates, want)
	}
	for i := range want {
		if (*updates)[i] != want[i] {
			t.Errorf("message %d: got %v, want %v", i, (*updates)[i], want[i])
		}
	}
	clock.t = clock.t.Add(10 * time.Millisecond)
	if step(g, press('b')); len(*updates) != len(want)+1 {
		t.Errorf("in the next frame a key should reach the model again")
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	for _, where := range []string{"init", "update", "view", "cmd", "batch", "sequence", "ignores"} {
		t.Run(where, func(t *testing.T) {
			g, _, updates, _, stops := newTestGuard(fakeModel{panicOn: where, ignore: "x"})
			run(g.Init())
			g.View()
			k := press('1')
			if where == "ignores" {
				k = press('x')
			}
			run(step(g, k))
			if len(*stops) != 1 {
				t.Fatalf("stop was called %d times, want once", len(*stops))
			}
			var perr *PanicError
			if !errors.As((*stops)[0], &perr) || !strings.HasPrefix(perr.Value.(string), "in ") || len(perr.Stack) == 0 {
				t.Errorf("stop got %v, want a *PanicError with the value and the stack", (*stops)[0])
			}
			if where == "cmd" || where == "batch" || where == "sequence" {
				return // the model itself is fine
			}
			n := len(*updates)
			step(g, press('2'))
			if len(*updates) != n {
				t.Errorf("after a panic in %s the model still gets messages", where)
			}
		})
	}
}

// run runs a command as Bubble Tea does, with the commands of batches and sequences.
func run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	// tea.BatchMsg and tea.Sequence's message (of an unexported type) are slices of tea.Cmd.
	if v := reflect.ValueOf(cmd()); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := range v.Len() {
			run(v.Index(i).Interface().(tea.Cmd))
		}
	}
}

func TestIgnoredKeysChangeNothing(t *testing.T) {
	var keysToTry []tea.KeyPressMsg
	for _, r := range "aqxZ !1٣۵0?-+~\x01" {
		keysToTry = append(keysToTry, press(r))
	}
	for _, c := range []rune{tea.KeyEscape, tea.KeyEnter, tea.KeyUp, tea.KeyDown, tea.KeyLeft, tea.KeyRight,
		tea.KeyTab, tea.KeyBackspace, tea.KeyPgUp, tea.KeyPgDown, tea.KeyHome, tea.KeyEnd, tea.KeyF1,
		tea.KeyF2, tea.KeyF3, tea.KeyF5, tea.KeyF12, tea.KeyInsert, tea.KeyDelete} {
		keysToTry = append(keysToTry, tea.KeyPressMsg{Code: c})
	}
	for _, mod := range []tea.KeyMod{tea.ModCtrl, tea.ModAlt} {
		for _, r := range "acdruz" {
			keysToTry = append(keysToTry, tea.KeyPressMsg{Code: r, Mod: mod})
		}
	}
	screens := map[string]string{
		"picker": "", "question": "1", "topic": "122", "answer": "122112",
		"help": "1<f1>", "emergency": "10", "answer help": "122112<f1>",
	}
	var ignoredSome bool
	for name, seq := range screens {
		m := send(newTestModel(t, "", 80, 24), keys(seq)...)
		before := screenText(m)
		for _, k := range keysToTry {
			if !m.IgnoresKey(k) {
				continue
			}
			ignoredSome = true
			if after := screenText(send(m, k)); after != before {
				t.Errorf("%s: IgnoresKey(%q) but the key changes the screen:\n%s\n---\n%s", name, k.Keystroke(), before, after)
			}
		}
	}
	if !ignoredSome {
		t.Errorf("IgnoresKey ignored none of %d keys", len(keysToTry))
	}
	m := newTestModel(t, "", 80, 24)
	for _, k := range []tea.KeyPressMsg{press('1'), press('٣'), press('0'), press('?'), {Code: tea.KeyEnter}, {Code: 'c', Mod: tea.ModCtrl}} {
		if m.IgnoresKey(k) {
			t.Errorf("IgnoresKey(%q) = true for a key the guide uses", k.Keystroke())
		}
	}
}
