package tui

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
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
// names in angle brackets as special keys, e.g. "22<esc>1<f1>".
func keys(s string) []tea.Msg {
	special := map[string]tea.KeyPressMsg{
		"esc": {Code: tea.KeyEscape}, "enter": {Code: tea.KeyEnter}, "up": {Code: tea.KeyUp},
		"down": {Code: tea.KeyDown}, "tab": {Code: tea.KeyTab}, "f1": {Code: tea.KeyF1},
		"f2": {Code: tea.KeyF2}, "f5": {Code: tea.KeyF5}, "backspace": {Code: tea.KeyBackspace},
		"pgdown": {Code: tea.KeyPgDown}, "pgup": {Code: tea.KeyPgUp}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
	}
	var msgs []tea.Msg
	for len(s) > 0 {
		if s[0] == '<' {
			end := strings.IndexByte(s, '>')
			msgs = append(msgs, special[s[1:end]])
			s = s[end+1:]
			continue
		}
		r := []rune(s)[0]
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
		s = s[len(string(r)):]
	}
	return msgs
}

func screenText(m Model) string {
	return ansi.Strip(m.View().Content)
}

// checkFrame asserts what every frame must have: the emergency numbers on the first line
// and no line wider than the terminal.
func checkFrame(t *testing.T, m Model, where string) {
	t.Helper()
	s := screenText(m)
	lines := strings.Split(s, "\n")
	if !strings.Contains(lines[0], "113") || !strings.Contains(lines[0], "116 117") {
		t.Errorf("%s: first line %q lacks 113 and 116 117", where, lines[0])
	}
	if len(lines) > m.height {
		t.Errorf("%s: %d lines on a %d-line terminal", where, len(lines), m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Errorf("%s: line %d is %d wide on a %d-column terminal: %q", where, i, w, m.width, l)
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
		want := tt.answer
		m := newTestModel(t, "en", 80, 24)
		for _, k := range keys(tt.keys) {
			m = send(m, k)
			checkFrame(t, m, tt.keys)
		}
		if m.screen != answerScreen || m.rendered.Answer != want {
			t.Errorf("keys %s: screen %d, want answer %s; screen:\n%s", tt.keys, m.screen, want, screenText(m))
		}
	}
}

func TestDigitsOfAnyScript(t *testing.T) {
	for _, digits := range []string{"22112", "٢٢١١٢", "۲۲۱۱۲", "２２１１２"} {
		m := newTestModel(t, "en", 80, 24)
		m = send(m, keys(digits)...)
		if m.screen != answerScreen || m.rendered.Answer != "gp_register" {
			t.Errorf("%s: did not reach gp_register", digits)
		}
		if !strings.Contains(screenText(m), "23 32 70 00") {
			t.Errorf("%s: 23 32 70 00 not on screen", digits)
		}
	}
}

func TestArrowsAndEnter(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("<down><enter><down><enter><enter><enter><down><enter>")...)
	if m.screen != answerScreen || m.rendered.Answer != "gp_register" {
		t.Fatalf("arrows and enter: got screen %d\n%s", m.screen, screenText(m))
	}
}

func TestBackAndChangeAnswer(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22112")...)
	m = send(m, keys("<esc>")...)
	if m.screen != questionScreen || m.step.Question.ID != "gp" {
		t.Fatalf("esc from the answer: want question gp, got %+v", m.step)
	}
	if m.cursor != 1 {
		t.Errorf("the earlier answer (no) should be selected, cursor %d", m.cursor)
	}
	m = send(m, keys("1")...)
	if m.rendered == nil || m.rendered.Answer != "own_gp" {
		t.Fatalf("changed gp to yes: want own_gp")
	}
	// Back three times to the id question and change it.
	m = send(m, keys("<esc><backspace><esc>")...)
	if m.step.Question == nil || m.step.Question.ID != "topic" {
		t.Fatalf("want the topic question, got %+v", m.step.Question)
	}
	m = send(m, keys("5")...)
	if m.rendered == nil || m.rendered.Answer != "dental" {
		t.Fatalf("changed topic to dental: got %+v", m.step)
	}
	// Back from the first question goes nowhere when the language is fixed.
	m = send(m, keys("<esc><esc><esc><esc><esc>")...)
	if m.screen != questionScreen || m.step.Question.ID != "emergency" {
		t.Fatalf("want the first question, got %+v", m.step)
	}
}

func TestPickerAndRestart(t *testing.T) {
	g := testGuide(t)
	m := New(Options{Guide: g, Preselect: "nb", Now: func() time.Time { return testNow }, NoColor: true})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.screen != pickerScreen || g.LanguageCodes()[m.cursor] != "nb" {
		t.Fatalf("want the picker with nb selected, got screen %d cursor %d", m.screen, m.cursor)
	}
	checkFrame(t, m, "picker")
	m = send(m, keys("<enter>")...)
	if m.lang != "nb" || !strings.Contains(screenText(m), "Er noen i fare") {
		t.Fatalf("enter on nb: want the Norwegian first question:\n%s", screenText(m))
	}
	m = send(m, keys("1<f5>")...)
	if m.screen != pickerScreen {
		t.Fatalf("restart: want the picker, got %d", m.screen)
	}
	m = send(m, keys("1<esc>")...)
	if m.screen != pickerScreen {
		t.Fatalf("esc from the first question: want the picker, got %d", m.screen)
	}
}

func TestOverlays(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	m = send(m, keys("22")...)
	for _, k := range []string{"0", "<f2>", "٠"} {
		m2 := send(m, keys(k)...)
		if m2.overlay != emergencyOverlay {
			t.Errorf("%s: want the emergency screen", k)
		}
		checkFrame(t, m2, "emergency "+k)
		m2 = send(m2, keys("<esc>")...)
		if m2.overlay != noOverlay || m2.step.Question.ID != "topic" {
			t.Errorf("%s then esc: want the topic question back", k)
		}
	}
	for _, k := range []string{"?", "<f1>"} {
		m2 := send(m, keys(k)...)
		if m2.overlay != helpOverlay || !strings.Contains(screenText(m2), "ctrl+c") {
			t.Errorf("%s: want the help screen", k)
		}
		m2 = send(m2, keys(k)...)
		if m2.overlay != noOverlay {
			t.Errorf("%s twice: want the help closed", k)
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

func TestMouseClickChoosesOption(t *testing.T) {
	m := newTestModel(t, "en", 80, 24)
	// Find the screen row of option 2 ("No").
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
	if m.step.Question == nil || m.step.Question.ID != "urgent" {
		t.Fatalf("click on No: want the urgent question, got %+v", m.step)
	}
}

func TestClickBreadcrumbReturnsToItsQuestion(t *testing.T) {
	tests := []struct {
		width, path int
		question    string
		cursor      int
	}{
		{80, 2, "topic", 0}, // "A doctor …"
		{80, 4, "gp", 1},    // "No"
		{40, 4, "gp", 1},    // the newest crumbs stay when the line is cut on the left
		{40, 3, "id", 0},
	}
	for _, tt := range tests {
		m := newTestModel(t, "en", tt.width, 24)
		m = send(m, keys("22112")...)
		var target *crumb
		for i := range m.crumbAt {
			if c := m.crumbAt[i]; c.path == tt.path && c.from >= 0 {
				target = &c
			}
		}
		if target == nil || m.crumbRow < 0 {
			t.Fatalf("width %d: crumb %d is not on screen:\n%s", tt.width, tt.path, screenText(m))
		}
		row := []rune(strings.Split(screenText(m), "\n")[m.crumbRow])
		if target.to > len(row) || strings.TrimSpace(string(row[target.from:target.to])) == "" {
			t.Fatalf("width %d: crumb %d recorded at %d-%d, but the row is %q", tt.width, tt.path, target.from, target.to, string(row))
		}
		m = send(m, tea.MouseClickMsg{X: target.from, Y: m.crumbRow, Button: tea.MouseLeft})
		if m.screen != questionScreen || m.step.Question.ID != tt.question {
			t.Fatalf("width %d: click on crumb %d: want the %s question, got %+v", tt.width, tt.path, tt.question, m.step)
		}
		if m.cursor != tt.cursor {
			t.Errorf("width %d: the earlier answer should be selected: cursor %d, want %d", tt.width, m.cursor, tt.cursor)
		}
	}
}

func TestEveryWidthFits(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {41, 13}, {52, 20}, {80, 24}, {120, 40}, {200, 10}} {
		for _, seq := range []string{"", "1", "22", "22112", "22112<pgdown><pgdown>", "0", "?", "221322", "228"} {
			m := newTestModel(t, "en", size[0], size[1])
			m = send(m, keys(seq)...)
			checkFrame(t, m, seq)
			m = newTestModel(t, "nb", size[0], size[1])
			m = send(m, keys(seq)...)
			checkFrame(t, m, "nb "+seq)
		}
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

func TestBackgroundColour(t *testing.T) {
	m := New(Options{Guide: testGuide(t), Lang: "en", Now: func() time.Time { return testNow }})
	if m.Init() == nil {
		t.Fatal("Init must ask for the background colour")
	}
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, keys("22112")[0])
	m = send(m, tea.BackgroundColorMsg{Color: white{}})
	if m.isDark {
		t.Fatal("a white background must give the light styles")
	}
	checkFrame(t, m, "light")
}

type white struct{}

func (white) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// TestGolden compares each screen at 80x24 and 40x12 with testdata/*.golden (the text a
// person sees; run with -update to rewrite them).
func TestGolden(t *testing.T) {
	screens := []struct{ name, lang, keys string }{
		{"picker", "", ""},
		{"question", "en", ""},
		{"topic", "en", "22"},
		{"answer_gp_register", "en", "22112"},
		{"answer_nb", "nb", "22112"},
		{"emergency", "en", "220"},
		{"help", "en", "22112?"},
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, s := range screens {
			m := New(Options{Guide: testGuide(t), Lang: s.lang, Now: func() time.Time { return testNow }, NoColor: true})
			m = send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			m = send(m, keys(s.keys)...)
			got := screenText(m) + "\n"
			file := filepath.Join("testdata", s.name+"_"+strconv.Itoa(size[0])+"x"+strconv.Itoa(size[1])+".golden")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./tui -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run go test ./tui -update if the change is right):\n%s", s.name, file, got)
			}
		}
	}
}

// FuzzKeys feeds random key sequences: nothing may panic, and every frame keeps the
// emergency line first and fits the terminal.
func FuzzKeys(f *testing.F) {
	f.Add("22112<esc>1", uint8(80), uint8(24))
	f.Add("0?<f5>٣<up><down><enter>", uint8(40), uint8(12))
	g := testGuide(f)
	f.Fuzz(func(t *testing.T, seq string, w, h uint8) {
		width, height := int(w)%160+40, int(h)%50+12
		m := New(Options{Guide: g, Now: func() time.Time { return testNow }, NoColor: true})
		m = send(m, tea.WindowSizeMsg{Width: width, Height: height})
		for _, r := range seq {
			var msg tea.Msg
			switch r {
			case '<':
				msg = tea.KeyPressMsg{Code: tea.KeyEscape}
			case '>':
				msg = tea.KeyPressMsg{Code: tea.KeyEnter}
			case '^':
				msg = tea.KeyPressMsg{Code: tea.KeyUp}
			case 'v':
				msg = tea.KeyPressMsg{Code: tea.KeyDown}
			case '!':
				msg = tea.MouseClickMsg{X: 5, Y: int(r) % height, Button: tea.MouseLeft}
			default:
				msg = tea.KeyPressMsg{Code: r, Text: string(r)}
			}
			m = send(m, msg)
		}
		checkFrame(t, m, seq)
	})
}

// BenchmarkKeypressToFrame measures one keypress in-process: Update and View, on the
// question screens and into the answer screen (markdown cached after the first render).
func BenchmarkKeypressToFrame(b *testing.B) {
	m := New(Options{Guide: testGuide(b), Lang: "en", Now: func() time.Time { return testNow }})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	seq := keys("22112<esc>")
	i := 0
	for b.Loop() {
		next, _ := m.Update(seq[i%len(seq)])
		m = next.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkFirstView measures building the model and its first frame, before any
// Glamour rendering.
func BenchmarkFirstView(b *testing.B) {
	g := testGuide(b)
	for b.Loop() {
		m := New(Options{Guide: g, Now: func() time.Time { return testNow }})
		_ = m.View()
	}
}
