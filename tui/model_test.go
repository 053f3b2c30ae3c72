package tui

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// A Wednesday morning in Oslo: the Helsenorge line is open.
var testNow = time.Date(2026, 11, 25, 10, 0, 0, 0, time.FixedZone("CET", 3600))

func testGuide(t testing.TB) *content.Guide {
	t.Helper()
	g, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func newTestModel(t testing.TB, lang string, w, h int) Model {
	t.Helper()
	m := New(Options{Guide: testGuide(t), Lang: lang, Now: func() time.Time { return testNow }, NoColor: true})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

// keys turns a compact description into key presses: digits and "?" as typed text,
// names in angle brackets as special keys, e.g. "22<esc>1<f1>"; <idle> and <second> are
// the pseudo-keys of stateModelWith (wait).
func keys(s string) []tea.Msg {
	special := map[string]tea.KeyPressMsg{
		"esc": {Code: tea.KeyEscape}, "enter": {Code: tea.KeyEnter}, "up": {Code: tea.KeyUp},
		"down": {Code: tea.KeyDown}, "tab": {Code: tea.KeyTab}, "f1": {Code: tea.KeyF1},
		"f2": {Code: tea.KeyF2}, "f5": {Code: tea.KeyF5}, "backspace": {Code: tea.KeyBackspace},
		"left": {Code: tea.KeyLeft}, "space": {Code: tea.KeySpace, Text: " "},
		"pgdown": {Code: tea.KeyPgDown}, "pgup": {Code: tea.KeyPgUp}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
		"f3": {Code: tea.KeyF3}, "f4": {Code: tea.KeyF4}, "f6": {Code: tea.KeyF6}, "f8": {Code: tea.KeyF8},
		"ctrl+z": {Code: 'z', Mod: tea.ModCtrl}, "ctrl+\\": {Code: '\\', Mod: tea.ModCtrl},
	}
	var msgs []tea.Msg
	for len(s) > 0 {
		if s[0] == '<' {
			end := strings.IndexByte(s, '>')
			switch s[1:end] {
			case "idle":
				msgs = append(msgs, wait(DefaultIdle))
				s = s[end+1:]
				continue
			case "second":
				msgs = append(msgs, wait(time.Second))
				s = s[end+1:]
				continue
			}
			k, ok := special[s[1:end]]
			if !ok {
				panic("keys: unknown key " + s[:end+1])
			}
			msgs = append(msgs, k)
			s = s[end+1:]
			continue
		}
		r := []rune(s)[0]
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
		s = s[len(string(r)):]
	}
	return msgs
}

// screenText is the frame as a person sees it, without colours.
func screenText(m Model) string {
	return ansi.Strip(m.View().Content)
}

// where names the page on screen, for test messages and checks.
func where(m Model) string {
	p := m.top()
	switch p := p.(type) {
	case pickerPage:
		return "picker"
	case questionPage:
		return "question:" + p.q.ID
	case answerPage:
		return "answer:" + p.doc.Answer
	case emergencyPage:
		return "emergency"
	case helpPage:
		return "help"
	case slipPage:
		return "slip"
	case stillTherePage:
		return "stillthere"
	}
	return fmt.Sprintf("%T", p)
}

// checkFrame asserts what every frame must have, on the lines as laid out (before View's
// last guard cuts anything): the emergency line first, with both numbers when they fit; no
// more lines than the terminal has; no line wider than the terminal.
func checkFrame(t *testing.T, m Model, what string) {
	t.Helper()
	if len(m.lines) == 0 {
		t.Fatalf("%s: no lines", what)
	}
	// In Arabic and Dari the numbers are in isolates with no-break spaces (content.NumberIn).
	first := strings.ReplaceAll(i18n.StripBidiControls(ansi.Strip(m.lines[0])), "\u00a0", " ")
	switch {
	case m.width >= len("113 116 117"):
		if !strings.Contains(first, "113") || !strings.Contains(first, "116 117") {
			t.Errorf("%s at %dx%d: first line %q lacks 113 and 116 117", what, m.width, m.height, first)
		}
	case m.width >= 3:
		if !strings.Contains(first, "113") {
			t.Errorf("%s at %dx%d: first line %q lacks 113", what, m.width, m.height, first)
		}
	}
	if m.lines[0] != m.emergencyLine(m.ctx(), m.width) {
		t.Errorf("%s at %dx%d: the first line is not the emergency line: %q", what, m.width, m.height, first)
	}
	if len(m.lines) > m.height {
		t.Errorf("%s: %d lines on a %d-line terminal", what, len(m.lines), m.height)
	}
	for i, l := range m.lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Errorf("%s: line %d is %d wide on a %d-column terminal: %q", what, i, w, m.width, ansi.Strip(l))
		}
	}
}

func TestKeysReachEveryAnswer(t *testing.T) {
	tests := []struct{ keys, answer string }{
		{"1", "emergency"},
		{"21", "urgent"},
		{"22111", "own_gp"},
		{"22112", "gp_register"},
		{"2213221", "waiting_for_id"},
		{"2212221", "dnumber"},
		{"2213222", "undocumented"},
		{"22133", "undocumented"},
		{"2213213", "short_stay_nordic"},
		{"22121", "asylum_seeker"},
		{"2212211", "short_stay_ehic"},
		{"2213212", "short_stay_no_ehic"},
		{"222", "mental"},
		{"223", "pregnancy"},
		{"224", "child"},
		{"225", "dental"},
		{"226", "fees"},
		{"227", "interpreter"},
		{"228", "complaint"},
	}
	for _, tt := range tests {
		m := newTestModel(t, "en", 80, 24)
		for _, k := range keys(tt.keys) {
			m = send(m, k)
			checkFrame(t, m, tt.keys)
		}
		if got := where(m); got != "answer:"+tt.answer {
			t.Errorf("keys %s: %s, want answer %s; screen:\n%s", tt.keys, got, tt.answer, screenText(m))
		}
	}
}

func TestDigitsOfAnyScript(t *testing.T) {
	for _, digits := range []string{"22112", "٢٢١١٢", "۲۲۱۱۲", "２２１１２", "२२११२"} {
		m := newTestModel(t, "en", 80, 24)
		m = send(m, keys(digits)...)
		if where(m) != "answer:gp_register" {
			t.Errorf("%s: did not reach gp_register: %s", digits, where(m))
		}
		if !strings.Contains(screenText(m), "23 32 70 00") {
			t.Errorf("%s: 23 32 70 00 not on screen", digits)
		}
	}
}

// TestNothingSelectedOnANewQuestion: Enter alone does nothing until an option is selected
// with an arrow; it does not even lay the screen out again.
func TestNothingSelectedOnANewQuestion(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	if strings.Contains(screenText(m), "›") {
		t.Errorf("a new question shows a selected option:\n%s", screenText(m))
	}
	if m.keys.Select.Enabled() || strings.Contains(ansi.Strip(m.lines[len(m.lines)-1]), "enter") {
		t.Errorf("Enter is offered before anything is selected: %q", ansi.Strip(m.lines[len(m.lines)-1]))
	}
	layouts := m.stats.layouts
	m = send(m, keys("<enter><enter>")...)
	if where(m) != "question:emergency" {
		t.Fatalf("enter on a new question went on to %s", where(m))
	}
	if m.stats.layouts != layouts {
		t.Errorf("enter on a new question laid the screen out %d times, want 0", m.stats.layouts-layouts)
	}
	// Down selects the first option, down again the second; enter takes it.
	m = send(m, keys("<down><down>")...)
	if !strings.Contains(screenText(m), "› 2  No") {
		t.Fatalf("two downs should select No:\n%s", screenText(m))
	}
	m = send(m, keys("<enter>")...)
	if where(m) != "question:urgent" {
		t.Fatalf("enter on No: %s, want the urgent question", where(m))
	}
	// Up on a new question selects the last option.
	m = send(m, keys("<up><enter>")...)
	if where(m) != "question:topic" {
		t.Fatalf("up, enter: %s, want the topic question (urgent=no)", where(m))
	}
}

func TestArrowsAndEnter(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	// No, no, the first topic, the first ID option, no.
	m = send(m, keys("<down><down><enter><up><enter><tab><enter><down><enter><up><enter>")...)
	if where(m) != "answer:gp_register" {
		t.Fatalf("arrows and enter: %s\n%s", where(m), screenText(m))
	}
}

func TestBackSelectsTheEarlierAnswer(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22112<esc>")...)
	if where(m) != "question:gp" {
		t.Fatalf("esc from the answer: %s, want the gp question", where(m))
	}
	if !strings.Contains(screenText(m), "› 2  No") {
		t.Errorf("the earlier answer (No) should be selected:\n%s", screenText(m))
	}
	// Enter takes the earlier answer again.
	m = send(m, keys("<enter>")...)
	if where(m) != "answer:gp_register" {
		t.Fatalf("enter on the earlier answer: %s", where(m))
	}
	m = send(m, keys("<esc>1")...)
	if where(m) != "answer:own_gp" {
		t.Fatalf("changed gp to yes: %s, want own_gp", where(m))
	}
	m = send(m, keys("<esc><backspace><left>")...)
	if where(m) != "question:topic" {
		t.Fatalf("back three times: %s, want the topic question", where(m))
	}
	m = send(m, keys("5")...)
	if where(m) != "answer:dental" {
		t.Fatalf("changed topic to dental: %s", where(m))
	}
	// Back from the first question goes nowhere when the language is fixed, and Back is
	// then not offered.
	m = send(m, keys("<esc><esc><esc><esc><esc>")...)
	if where(m) != "question:emergency" || m.keys.Back.Enabled() {
		t.Fatalf("want the first question without Back, got %s (back enabled %v)", where(m), m.keys.Back.Enabled())
	}
}

func TestRestart(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	if m.keys.Restart.Enabled() {
		t.Error("start again is offered on the first question with a fixed language, where it changes nothing")
	}
	m = send(m, keys("22<f5>")...)
	if where(m) != "question:emergency" || strings.Contains(screenText(m), "›") {
		t.Fatalf("f5: %s, want the first question with nothing selected\n%s", where(m), screenText(m))
	}
}

func TestOverlays(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22")...)
	for _, k := range []string{"0", "<f2>", "٠", "۰"} {
		m2 := send(m, keys(k)...)
		if where(m2) != "emergency" {
			t.Errorf("%s: %s, want the emergency screen", k, where(m2))
		}
		checkFrame(t, m2, "emergency "+k)
		help := ansi.Strip(m2.lines[len(m2.lines)-1])
		if strings.Contains(help, m2.text("ui.select")) || strings.Contains(help, "1-") {
			t.Errorf("%s: the emergency screen's help line offers choosing: %q", k, help)
		}
		// 0 again keeps the numbers on screen; esc closes.
		m2 = send(m2, keys("0")...)
		if where(m2) != "emergency" {
			t.Errorf("%s then 0: %s, want the emergency screen still", k, where(m2))
		}
		m2 = send(m2, keys("<esc>")...)
		if where(m2) != "question:topic" {
			t.Errorf("%s then esc: %s, want the topic question back", k, where(m2))
		}
	}
	for _, k := range []string{"?", "<f1>"} {
		m2 := send(m, keys(k)...)
		if where(m2) != "help" || !strings.Contains(screenText(m2), "ctrl+c") {
			t.Errorf("%s: want the help screen:\n%s", k, screenText(m2))
		}
		m2 = send(m2, keys(k)...)
		if where(m2) != "question:topic" {
			t.Errorf("%s twice: %s, want the help closed", k, where(m2))
		}
	}
	_, cmd := m.Update(keys("<ctrl+c>")[0])
	if cmd == nil {
		t.Fatal("ctrl+c: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("ctrl+c: want tea.Quit")
	}
}

// states are screens in each kind of state, for the tests that go through all of them;
// those in Arabic and Dari in the app layout (--bidi auto before the terminal answers).
var states = []state{
	{"picker", "", "", nil},
	{"picker moved", "", "<down><down>", nil},
	{"first question", "en", "", nil},
	{"first question selected", "en", "<down>", nil},
	{"topic", "en", "22", nil},
	{"gp earlier answer", "en", "22112<esc>", nil},
	{"answer", "en", "22112", nil},
	{"answer scrolled", "en", "22112<pgdown>", nil},
	{"answer end", "en", "22112<pgdown><pgdown><pgdown><pgdown><pgdown><pgdown><pgdown><pgdown>", nil},
	{"answer nb", "nb", "22112", nil},
	{"answer ar", "ar", "22112", nil},
	{"question ar selected", "ar", "<down>", nil},
	{"gp ar earlier answer", "ar", "22112<esc>", nil},
	{"emergency ar", "ar", "220", nil},
	{"help ar", "ar", "22112?", nil},
	{"answer prs", "prs", "226", nil},
	{"answer uk", "uk", "222", nil},
	{"emergency", "en", "220", nil},
	{"emergency from picker", "", "0", nil},
	{"help on answer", "en", "22112?", nil},
	{"help on question", "en", "22?", nil},
	{"help on picker", "", "?", nil},
	{"emergency over help", "en", "22?0", nil},
	{"picker after back", "", "1<esc>", nil},
	{"answer, two languages", "en", "22112<f3>", nil},
	{"answer nb, two languages", "nb", "22112<f3>", nil},
	{"answer, two languages from the start", "uk", "222", twoLanguages},
	{"answer, two languages scrolled", "en", "22112<f3><pgdown><pgdown>", nil},
	{"emergency answer", "en", "1", nil},
	{"slip", "en", "22112<f4>", nil},
	{"slip with a printer", "en", "21<f4>", withPrinter},
	{"slip printed", "en", "21<f4><f8>", withPrinter},
	{"slip scrolled", "ar", "21<f4><pgdown>", nil},
	{"kiosk picker", "", "", kioskMode},
	{"kiosk picker moved", "", "<down>", kioskMode},
	{"kiosk question", "en", "2", kioskMode},
	{"kiosk answer", "en", "22112", kioskMode},
	{"kiosk still there", "", "122112<idle>", kioskMode},
	{"kiosk still there over help", "en", "22112?<idle><second>", kioskMode},
}

// state is a screen in one kind of state: the keys that lead there from the start in a
// language ("" for the picker), with more options when opts is not nil.
type state struct {
	name, lang, keys string
	opts             func(*Options)
}

// Options of some states.
var (
	twoLanguages = func(o *Options) { o.SideBySide = true }
	withPrinter  = func(o *Options) { o.Print = func(string) error { return nil } }
	kioskMode    = func(o *Options) { o.Kiosk = true }
)

// stateModel is the guide in lang after the keys seq at w x h, with --bidi auto before the
// terminal answered (the app layout).
func stateModel(t testing.TB, g *content.Guide, lang, seq string, w, h int, noColor bool) Model {
	t.Helper()
	return stateModelWith(t, g, state{lang: lang, keys: seq}, w, h, noColor)
}

// bidiModel is stateModel with --bidi bidi.
func bidiModel(t testing.TB, g *content.Guide, lang, seq string, w, h int, noColor bool, bidi i18n.BidiMode) Model {
	t.Helper()
	return stateModelWith(t, g, state{lang: lang, keys: seq, opts: func(o *Options) { o.Bidi = bidi }}, w, h, noColor)
}

// stateModelWith returns the model in state st at w x h. Its idle clock is a fake one,
// which the pseudo-keys <idle> and <second> move on (see wait) before they send the
// kiosk's tick; a printer command's answer arrives at once.
func stateModelWith(t testing.TB, g *content.Guide, st state, w, h int, noColor bool) Model {
	t.Helper()
	clock := &fakeClock{t: testNow}
	o := Options{Guide: g, Lang: st.lang, Now: func() time.Time { return testNow }, NoColor: noColor, Clock: clock.now}
	if st.opts != nil {
		st.opts(&o)
	}
	m := New(o)
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
	for _, msg := range keys(st.keys) {
		if d, ok := msg.(wait); ok {
			clock.t = clock.t.Add(time.Duration(d))
			msg = idleTickMsg{}
		}
		next, cmd := m.Update(msg)
		m = next.(Model)
		if msg, ok := runCmd(cmd).(printedMsg); ok {
			m = send(m, msg)
		}
	}
	return m
}

// wait is a pseudo-key of keys: the idle clock moves on by it, then the kiosk's tick
// arrives.
type wait time.Duration

// runCmd runs cmd and returns its message when it is a printer's answer; other
// commands (ticks, batches) are not run.
func runCmd(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if p, ok := msg.(printedMsg); ok {
			return p
		}
	case <-time.After(10 * time.Millisecond):
	}
	return nil
}

// TestHelpLineIsTrue presses every key the help line and the help screen offer, on every
// kind of screen: each must do something. And a key bound to nothing enabled does nothing.
func TestHelpLineIsTrue(t *testing.T) {
	g := testGuide(t)
	for _, st := range states {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			m := stateModelWith(t, g, st, size[0], size[1], true)
			name := fmt.Sprintf("%s at %dx%d", st.name, size[0], size[1])
			// On the kiosk's "still there?" screen every key does something: it says
			// someone is there, as the screen's text tells.
			anyKey := where(m) == "stillthere"
			k := m.keys
			var all []key.Binding
			for _, col := range k.FullHelp() {
				all = append(all, col...)
			}
			enabledKeys := map[string]bool{}
			for _, b := range all {
				if b.Enabled() {
					for _, kk := range b.Keys() {
						enabledKeys[kk] = true
					}
				}
			}
			for _, b := range all {
				for _, kk := range b.Keys() {
					msg := keyFor(kk)
					next, cmd := m.Update(msg)
					after := next.(Model)
					did := cmd != nil || after.frame != m.frame || where(after) != where(m)
					switch {
					case (b.Enabled() || anyKey) && !did:
						t.Errorf("%s: %q (%s %s) is offered but does nothing", name, kk, b.Help().Key, b.Help().Desc)
					case !enabledKeys[kk] && did && !anyKey:
						t.Errorf("%s: %q (%s %s) is not offered but does something: %s", name, kk, b.Help().Key, b.Help().Desc, where(after))
					}
					// The session is shared by copies: start again from the state.
					m = stateModelWith(t, g, st, size[0], size[1], true)
				}
			}
		}
	}
}

// keyFor is the key press a binding's key name stands for.
func keyFor(name string) tea.KeyPressMsg {
	named := map[string]tea.KeyPressMsg{
		"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown}, "enter": {Code: tea.KeyEnter},
		"tab": {Code: tea.KeyTab}, "shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"pgup": {Code: tea.KeyPgUp}, "pgdown": {Code: tea.KeyPgDown}, "space": {Code: tea.KeySpace, Text: " "},
		"esc": {Code: tea.KeyEscape}, "alt+esc": {Code: tea.KeyEscape, Mod: tea.ModAlt},
		"backspace": {Code: tea.KeyBackspace}, "left": {Code: tea.KeyLeft},
		"f1": {Code: tea.KeyF1}, "f2": {Code: tea.KeyF2}, "f3": {Code: tea.KeyF3}, "f4": {Code: tea.KeyF4},
		"f5": {Code: tea.KeyF5}, "f6": {Code: tea.KeyF6}, "f8": {Code: tea.KeyF8},
		"ctrl+r": {Code: 'r', Mod: tea.ModCtrl}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
	}
	if k, ok := named[name]; ok {
		return k
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

func TestMouseClickChoosesOption(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	row := -1
	for i, l := range strings.Split(screenText(m), "\n") {
		if strings.Contains(l, "2  No") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("option 2 not on screen:\n%s", screenText(m))
	}
	m = send(m, tea.MouseClickMsg{X: 6, Y: row, Button: tea.MouseLeft})
	if where(m) != "question:urgent" {
		t.Fatalf("click on No: %s, want the urgent question", where(m))
	}
	// A click on the question's text chooses nothing.
	m = send(m, tea.MouseClickMsg{X: 2, Y: 3, Button: tea.MouseLeft})
	if where(m) != "question:urgent" {
		t.Fatalf("click on the question: %s", where(m))
	}
}

func TestClickBreadcrumbReturnsToItsQuestion(t *testing.T) {
	tests := []struct {
		width, path int
		question    string
		selected    string
	}{
		{80, 2, "topic", "› 1  A doctor"},
		{80, 4, "gp", "› 2  No"},
		{40, 4, "gp", "› 2  No"}, // the newest crumbs stay when the line is cut on the left
		{40, 3, "id", "› 1  I have"},
	}
	for _, tt := range tests {
		m := newTestModel(t, "en", tt.width, 24)
		m = send(m, keys("22112")...)
		var target *crumb
		for i := range m.crumbAt {
			if c := m.crumbAt[i]; c.path == tt.path {
				target = &c
			}
		}
		if target == nil || m.crumbRow < 0 {
			t.Fatalf("width %d: crumb %d is not on screen:\n%s", tt.width, tt.path, screenText(m))
		}
		row := []rune(strings.Split(screenText(m), "\n")[m.crumbRow])
		label := m.text(content.CrumbKey(m.s.Path()[tt.path].Question, m.s.Path()[tt.path].Option))
		if target.to > len(row) || !strings.HasSuffix(label, string(row[target.from:target.to])) {
			t.Fatalf("width %d: crumb %d recorded at %d-%d, but the row is %q", tt.width, tt.path, target.from, target.to, string(row))
		}
		m = send(m, tea.MouseClickMsg{X: target.from, Y: m.crumbRow, Button: tea.MouseLeft})
		if where(m) != "question:"+tt.question {
			t.Fatalf("width %d: click on crumb %d: %s, want the %s question", tt.width, tt.path, where(m), tt.question)
		}
		if !strings.Contains(screenText(m), tt.selected) {
			t.Errorf("width %d: the earlier answer should be selected (%q):\n%s", tt.width, tt.selected, screenText(m))
		}
	}
}

func TestCrumbsAreShort(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22112")...)
	row := strings.Split(screenText(m), "\n")[m.crumbRow]
	if want := "Your answers: No emergency › Not urgent › Doctor › ID number › No GP"; strings.TrimSpace(row) != want {
		t.Errorf("crumbs %q, want %q", row, want)
	}
}

// TestAnswerFirst: at 80x24 the first line of the answer's advice is within the top 12
// rows for every answer; at 40x12 within the first screen. No line starts with "##".
func TestAnswerFirst(t *testing.T) {
	g := testGuide(t)
	for _, tt := range []struct{ keys, answer string }{
		{"22112", "gp_register"}, {"222", "mental"}, {"228", "complaint"}, {"21", "urgent"},
		{"1", "emergency"}, {"2213221", "waiting_for_id"}, {"226", "fees"},
	} {
		for _, size := range [][3]int{{80, 24, 12}, {40, 12, 11}} {
			for _, lang := range g.LanguageCodes() {
				m := stateModel(t, g, lang, tt.keys, size[0], size[1], true)
				r, err := m.s.Answer()
				if err != nil {
					t.Fatal(err)
				}
				first := firstAdvice(r.Markdown)
				starts := func(l string) bool {
					return strings.HasPrefix(strings.Join(strings.Fields(first), " "), strings.Join(strings.Fields(l), " "))
				}
				if i18n.DirectionOf(lang) == i18n.RightToLeft {
					// In the app layout, the paragraph's first line as drawn: wrapped in
					// logical order, then reordered.
					para := firstBlock(r.Markdown)
					want := strings.TrimSpace(i18n.ReorderLines(wrap(para, size[0]), i18n.RightToLeft)[0])
					starts = func(l string) bool { return strings.TrimSpace(l) == want }
				}
				lines := strings.Split(screenText(m), "\n")
				row := -1
				for i, l := range lines {
					if i < size[2] && starts(l) && strings.TrimSpace(l) != "" && i > 2 {
						row = i
						break
					}
				}
				if row < 0 {
					t.Errorf("%s %s at %dx%d: the first advice %q is not within the top %d rows:\n%s", lang, tt.answer, size[0], size[1], truncate(first, 40), size[2], screenText(m))
				}
				for i, l := range lines {
					if strings.HasPrefix(strings.TrimSpace(l), "##") {
						t.Errorf("%s %s: line %d starts with ##: %q", lang, tt.answer, i, l)
					}
				}
			}
		}
	}
}

// firstAdvice is the first line of text of an answer's markdown.
func firstAdvice(md string) string {
	for _, l := range strings.Split(md, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(l, "#-*"))
		if l != "" {
			return l
		}
	}
	return ""
}

// firstBlock is the text of the first block (a heading, a paragraph or an item) of an
// answer's markdown, as plain text.
func firstBlock(md string) string {
	if b := plaintext.Blocks(md); len(b) > 0 {
		return b[0].Text
	}
	return ""
}

// TestWrappedItemsHang: a list item's wrapped lines stand under its text.
func TestWrappedItemsHang(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22112")...)
	lines := strings.Split(screenText(m), "\n")
	found := false
	for i, l := range lines[:len(lines)-2] {
		if strings.HasPrefix(l, "• Log in with BankID") {
			found = true
			if next := lines[i+1]; !strings.HasPrefix(next, "  ") || strings.HasPrefix(next, "   ") {
				t.Errorf("the item's second line %q should stand under its text (two spaces in)", next)
			}
		}
	}
	if !found {
		t.Fatalf("no wrapped item on screen:\n%s", screenText(m))
	}
}

func TestResizeRendersMarkdownOnce(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22112")...)
	first := m.md.renders
	m = send(m, tea.WindowSizeMsg{Width: 60, Height: 20}, tea.WindowSizeMsg{Width: 60, Height: 22})
	if got := m.md.renders - first; got != 1 {
		t.Errorf("resize to a new width: %d renders, want 1", got)
	}
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(m, keys("<esc>2")...)
	if got := m.md.renders - first; got != 1 {
		t.Errorf("back to a seen width and answer: %d renders, want still 1", got)
	}
}

// TestUnchangedCostsNothing: keys and messages that change nothing lay nothing out.
func TestUnchangedCostsNothing(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22112")...)
	before := m.stats.layouts
	m = send(m, keys("x7<up><enter>")...) // no letter binding, no 7th option, at the top, no enter on an answer
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := m.stats.layouts - before; got != 0 {
		t.Errorf("%d layouts for messages that change nothing, want 0", got)
	}
}

func TestBackgroundColour(t *testing.T) {
	m := New(Options{Guide: testGuide(t), Lang: "en", Now: func() time.Time { return testNow }})
	if m.Init() == nil {
		t.Fatal("Init must ask for the background colour")
	}
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, keys("22112")[0])
	if m.styles.Markdown != "dark" {
		t.Fatalf("before the terminal answers, a dark background is assumed; style %q", m.styles.Markdown)
	}
	m = send(m, tea.BackgroundColorMsg{Color: white{}})
	if m.styles.Markdown != "light" {
		t.Fatal("a white background must give the light styles")
	}
	checkFrame(t, m, "light")
}

type white struct{}

func (white) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// BenchmarkKeypressToFrame measures one keypress in-process: Update and View, on the
// question screens and into the answer screen (markdown cached after the first render); in
// English, and in Arabic in both layouts (app: reordered and mirrored).
func BenchmarkKeypressToFrame(b *testing.B) {
	for _, bc := range []struct {
		name, lang string
		bidi       i18n.BidiMode
	}{{"en", "en", i18n.BidiApp}, {"ar_app", "ar", i18n.BidiApp}, {"ar_terminal", "ar", i18n.BidiTerminal}} {
		b.Run(bc.name, func(b *testing.B) {
			m := New(Options{Guide: testGuide(b), Lang: bc.lang, Now: func() time.Time { return testNow }, Bidi: bc.bidi})
			m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
			seq := keys("22112<esc>")
			i := 0
			for b.Loop() {
				next, _ := m.Update(seq[i%len(seq)])
				m = next.(Model)
				_ = m.View()
				i++
				if i%len(seq) == 0 {
					m.s.Restart()
					m.page = m.stepPage()
				}
			}
		})
	}
}

// BenchmarkUnchangedKey measures a key that changes nothing (Enter on a new question).
func BenchmarkUnchangedKey(b *testing.B) {
	m := New(Options{Guide: testGuide(b), Lang: "en", Now: func() time.Time { return testNow }})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	enter := keys("<enter>")[0]
	for b.Loop() {
		next, _ := m.Update(enter)
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkFirstView measures building the model and its first frame (the picker).
func BenchmarkFirstView(b *testing.B) {
	g := testGuide(b)
	for b.Loop() {
		m := New(Options{Guide: g, Now: func() time.Time { return testNow }})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = next.(Model).View()
	}
}
