// Package tui is the interactive guide: a Bubble Tea v2 program with a language picker, one
// question per screen and an answer screen, with the emergency numbers on every screen.
// It shows what package content decides; it holds no health knowledge of its own and
// records nothing of what a user chooses.
package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/i18n"
)

// Options configure the interactive guide.
type Options struct {
	// Guide is the loaded guide data.
	Guide *content.Guide
	// Lang is the language to start in; "" shows the language picker first.
	Lang string
	// Preselect is the language selected first in the picker (for example from the locale).
	Preselect string
	// Now is the clock, for "open now" on call cards.
	Now func() time.Time
	// NoColor draws without colours (NO_COLOR): markers and bold carry the meaning.
	NoColor bool
}

type screen int

const (
	pickerScreen screen = iota
	questionScreen
	answerScreen
)

type overlay int

const (
	noOverlay overlay = iota
	helpOverlay
	emergencyOverlay
)

// Model is the root model of the guide. It routes between the picker, question and answer
// screens and the help and emergency overlays.
type Model struct {
	g         *content.Guide
	now       func() time.Time
	noColor   bool
	langFixed bool // --lang was given: no picker

	lang     string
	screen   screen
	overlay  overlay
	choices  map[string]string
	step     content.Step
	rendered *content.Rendered
	cursor   int // selected option on the picker and question screens

	width, height int
	isDark        bool
	styles        Styles
	keys          KeyMap
	help          help.Model
	vp            viewport.Model
	md            *markdownCache

	// Layout, recomputed by relayout whenever something it depends on changes.
	header     string
	footer     string
	bodyTop    int     // screen row of the first body line
	crumbRow   int     // screen row of the breadcrumbs, -1 when there are none
	crumbAt    []crumb // where each breadcrumb stands on that row
	optionLine []int   // option index for each line of the body, -1 for other lines
}

// New returns the guide's model. The first frame shows the emergency line at once; the
// window size and background colour arrive as messages.
func New(opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	m := Model{
		g:         opts.Guide,
		now:       opts.Now,
		noColor:   opts.NoColor,
		langFixed: opts.Lang != "",
		lang:      opts.Lang,
		choices:   map[string]string{},
		width:     80,
		height:    24,
		isDark:    true,
		help:      help.New(),
		vp:        viewport.New(),
		md:        newMarkdownCache(),
	}
	m.vp.KeyMap = viewportKeys()
	if m.lang == "" {
		m.screen = pickerScreen
		m.lang = opts.Guide.SourceLanguage
		for i, c := range opts.Guide.LanguageCodes() {
			if c == opts.Preselect {
				m.cursor = i
				m.lang = c
			}
		}
	} else {
		m.startQuestions()
	}
	m.restyle()
	return m
}

// viewportKeys are the answer screen's scroll keys: arrows and page keys, no letters.
func viewportKeys() viewport.KeyMap {
	km := viewport.DefaultKeyMap()
	km.Up = key.NewBinding(key.WithKeys("up"))
	km.Down = key.NewBinding(key.WithKeys("down"))
	km.PageUp = key.NewBinding(key.WithKeys("pgup"))
	km.PageDown = key.NewBinding(key.WithKeys("pgdown", "space"))
	km.HalfPageUp = key.NewBinding(key.WithKeys("ctrl+u"))
	km.HalfPageDown = key.NewBinding(key.WithKeys("ctrl+d"))
	km.Left = key.NewBinding(key.WithDisabled())
	km.Right = key.NewBinding(key.WithDisabled())
	return km
}

// Init asks the terminal for its background colour, to pick light or dark colours.
func (m Model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

// text returns a UI string in the current language with facts filled in.
func (m *Model) text(key string) string {
	return m.g.Text(m.lang, key, m.now(), nil)
}

// restyle rebuilds styles and key help for the background and language, then the layout.
func (m *Model) restyle() {
	m.styles = DefaultStyles(m.isDark)
	if m.noColor {
		m.styles = monochrome(m.styles)
	}
	m.help.Styles = m.styles.Help
	m.keys = DefaultKeyMap(m.text)
	m.relayout()
}

// monochrome keeps bold, reverse and markers but no colours.
func monochrome(s Styles) Styles {
	plain := lipgloss.NewStyle()
	s.Emergency = plain.Bold(true).Reverse(true)
	s.Title = plain.Bold(true)
	s.Crumbs = plain
	s.Selected = plain.Bold(true)
	s.CardBorder = plain.Border(lipgloss.NormalBorder()).Padding(0, 1)
	s.CardNumber = plain.Bold(true)
	s.CardHours, s.OpenNow, s.ClosedNow, s.Faint, s.Status = plain, plain, plain, plain, plain
	s.Help = help.Styles{}
	return s
}

func (m *Model) startQuestions() {
	m.screen = questionScreen
	m.choices = map[string]string{}
	m.advance()
	m.cursor = 0
}

// advance asks the engine where the choices lead now.
func (m *Model) advance() {
	now := m.now()
	step, err := content.Next(m.g, m.choices, now)
	if err != nil {
		// Only a guide with a loop fails; Validate refuses such a guide. Start over.
		m.choices = map[string]string{}
		step, _ = content.Next(m.g, m.choices, now)
	}
	m.step = step
	m.rendered = nil
	if step.Done() {
		if r, err := m.g.Render(m.lang, step, now); err == nil {
			m.rendered = r
			m.screen = answerScreen
			m.vp.GotoTop()
			return
		}
	}
	m.screen = questionScreen
}

// options returns the labels of the current screen's choices.
func (m *Model) options() []string {
	switch m.screen {
	case pickerScreen:
		codes := m.g.LanguageCodes()
		out := make([]string, len(codes))
		for i, c := range codes {
			l := m.g.Languages[c]
			out[i] = i18n.NativeName(c) + "  (" + m.g.Text(c, "status."+l.Status, m.now(), nil) + ")"
		}
		return out
	case questionScreen:
		q := m.step.Question
		out := make([]string, len(q.Options))
		for i, o := range q.Options {
			out[i] = m.text(content.OptionKey(q.ID, o))
		}
		return out
	}
	return nil
}

// choose takes option i of the current screen.
func (m *Model) choose(i int) {
	switch m.screen {
	case pickerScreen:
		codes := m.g.LanguageCodes()
		if i < 0 || i >= len(codes) {
			return
		}
		m.lang = codes[i]
		m.startQuestions()
		m.restyle()
	case questionScreen:
		q := m.step.Question
		if i < 0 || i >= len(q.Options) {
			return
		}
		m.choices[q.ID] = q.Options[i]
		m.advance()
		m.cursor = 0
		m.relayout()
	}
}

// back goes one step back: the last answer is taken away and its question asked again,
// with the old answer selected. From the first question it returns to the picker.
func (m *Model) back() {
	if m.overlay != noOverlay {
		m.overlay = noOverlay
		m.relayout()
		return
	}
	path := m.step.Path
	switch {
	case m.screen == pickerScreen:
		return
	case len(path) == 0:
		if m.langFixed {
			return
		}
		m.screen = pickerScreen
		m.cursor = indexOf(m.g.LanguageCodes(), m.lang)
	default:
		m.goTo(len(path) - 1)
	}
	m.relayout()
}

// goTo returns to the question of path element i, keeping the choices before it and
// selecting the option chosen there.
func (m *Model) goTo(i int) {
	path := m.step.Path
	last := path[i]
	m.choices = map[string]string{}
	for _, c := range path[:i] {
		m.choices[c.Question] = c.Option
	}
	m.advance()
	if m.step.Question != nil {
		m.cursor = max(indexOf(m.step.Question.Options, last.Option), 0)
	}
}

// restart forgets every choice and starts again at the first question (or the picker).
func (m *Model) restart() {
	m.overlay = noOverlay
	if m.langFixed {
		m.startQuestions()
	} else {
		m.screen = pickerScreen
		m.choices = map[string]string{}
		m.step = content.Step{}
		m.rendered = nil
		m.cursor = indexOf(m.g.LanguageCodes(), m.lang)
	}
	m.relayout()
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}

// Update handles keys, mouse, resizes and the terminal's background colour.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 1), max(msg.Height, 1)
		m.relayout()
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != m.isDark {
			m.isDark = dark
			m.restyle()
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			m.click(msg.X, msg.Y)
		}
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.Quit) {
		return m, tea.Quit
	}
	d, isDigit := digitOf(msg)
	switch {
	case key.Matches(msg, k.Emergency) || (isDigit && d == 0):
		m.toggle(emergencyOverlay)
		return m, nil
	case key.Matches(msg, k.Help):
		m.toggle(helpOverlay)
		return m, nil
	case key.Matches(msg, k.Back) || (m.overlay != noOverlay && key.Matches(msg, k.Select)):
		m.back()
		return m, nil
	case key.Matches(msg, k.Restart):
		m.restart()
		return m, nil
	}
	if m.overlay != noOverlay {
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	if m.screen == answerScreen {
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	n := len(m.options())
	switch {
	case isDigit:
		m.choose(d - 1)
	case key.Matches(msg, k.Up):
		m.cursor = (m.cursor + n - 1) % n
		m.relayout()
	case key.Matches(msg, k.Down):
		m.cursor = (m.cursor + 1) % n
		m.relayout()
	case key.Matches(msg, k.Select):
		m.choose(m.cursor)
	}
	return m, nil
}

// toggle opens overlay o, or closes it when it is open.
func (m *Model) toggle(o overlay) {
	if m.overlay == o {
		m.overlay = noOverlay
	} else {
		m.overlay = o
	}
	m.relayout()
}

// click chooses the option under the mouse, or returns to the question of a breadcrumb.
func (m *Model) click(x, y int) {
	if m.overlay != noOverlay {
		return
	}
	if y == m.crumbRow {
		for _, c := range m.crumbAt {
			if x >= c.from && x < c.to {
				m.goTo(c.path)
				m.relayout()
				return
			}
		}
		return
	}
	if m.screen == answerScreen {
		return
	}
	line := y - m.bodyTop + m.vp.YOffset()
	if y < m.bodyTop || y >= m.bodyTop+m.vp.Height() || line < 0 || line >= len(m.optionLine) {
		return
	}
	if i := m.optionLine[line]; i >= 0 {
		m.cursor = i
		m.choose(i)
	}
}

// View draws the current screen. Every line fits the terminal's width, and the first line
// is always the emergency line.
func (m Model) View() tea.View {
	s := m.header + "\n" + m.vp.View()
	if m.footer != "" {
		footer := m.footer
		if !m.vp.AtBottom() {
			// More below: say so where the keys are explained.
			footer = "↓ " + footer
		}
		s += "\n" + footer
	}
	lines := strings.Split(s, "\n")
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > m.width {
			lines[i] = ansi.Truncate(l, m.width, "")
		}
	}
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "helseguide"
	return v
}
