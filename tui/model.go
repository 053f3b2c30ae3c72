// Package tui is the interactive guide: a Bubble Tea v2 program with a language picker, one
// question per screen and an answer screen, with the emergency numbers on every screen.
// It shows what package content decides and walks a content.Session, the same walk as the
// plain line mode (package tui/plain); it holds no health knowledge of its own and records
// nothing of what a user chooses.
//
// The root Model only routes: each screen is a page in a file of its own (picker.go,
// question.go, answer.go, emergency.go, helppage.go, slipview.go, stillthere.go) with its
// own drawing and keys; the answer in two languages is drawn in sidebyside.go, and a
// kiosk's idle timer and wipe are in kiosk.go. The keys are one KeyMap (keys.go), the
// looks one Styles (styles.go), and the frame around every page is put together in one
// place (frame.go, Model.relayout).
package tui

import (
	"image/color"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
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
	// Preselect is the language offered first in the picker (the locale's match).
	Preselect string
	// Now is the clock, for "open now" on call cards (--at fixes it); nil means time.Now.
	Now func() time.Time
	// NoColor draws without colours (NO_COLOR): markers and bold carry the meaning.
	NoColor bool
	// Bidi says who orders right-to-left text (--bidi): the guide (i18n.BidiApp), the
	// terminal (i18n.BidiTerminal), or ask the terminal (i18n.BidiAuto, the zero value).
	// See bidimode.go.
	Bidi i18n.BidiMode

	// Also is the language shown beside an answer (--also), one of the guide's codes; ""
	// for the default: Norwegian, or English for a Norwegian reader (see
	// content.Guide.SecondLanguage). It is also the slip's second language.
	Also string
	// SideBySide shows every answer with the second language from the start; F3 toggles it.
	SideBySide bool
	// SlipWidth is the width of a printed slip (--width); 0 means the terminal's width.
	// The slip is shown at the terminal's width when that is narrower.
	SlipWidth int
	// Print, when not nil, gives a slip (plain text) to the printer (--print-cmd). It is
	// called in a command of its own, never in Update, and writes no file.
	Print func(slip string) error
	// Links makes phone numbers tel: hyperlinks (OSC 8). Set it only for a terminal that
	// shows hyperlinks (see Hyperlinks), and never in a kiosk.
	Links bool

	// Kiosk runs the guide unattended (--kiosk): no key quits it but QuitKey; after Idle
	// without input it asks "still there?" and, after Countdown more, wipes every answer,
	// the screen and its scrollback, and starts again at the language picker.
	Kiosk bool
	// Idle is the time without input after which a kiosk asks "still there?"; 0 means
	// DefaultIdle.
	Idle time.Duration
	// Countdown is how long the "still there?" screen waits; 0 means DefaultCountdown, and
	// it is never longer than Idle.
	Countdown time.Duration
	// QuitKey is the operator's chord that ends a kiosk, as ParseQuitKey returns it; ""
	// for none (then only a signal ends it).
	QuitKey string
	// Clock is the clock of the idle timer: the real time, even when Now is fixed; nil
	// means time.Now. Tests give a fake one.
	Clock func() time.Time
}

// Model is the root model of the guide. It holds the session and routes messages to the
// page on screen (picker, question or answer) or to the overlay above it (help,
// emergency, slip, "still there?"). Copies of a Model share its session: use the one
// Update returns.
type Model struct {
	g         *content.Guide
	s         *content.Session
	now       func() time.Time
	langFixed bool // --lang was given: no picker
	lang      string
	preselect string
	noColor   bool

	also            string // --also, or "" for the default second language
	sideBySideStart bool   // --also was given: answers start side by side
	sideBySide      bool   // answers are shown side by side now
	slipWidth       int
	print           func(string) error
	links           bool
	quitKey         string
	kiosk           kiosk

	width, height int
	bg            color.Color // the terminal's background, nil until it says
	styles        *Styles     // replaced, never changed: copies of the model share it
	keys          KeyMap
	md            *markdownCache
	stats         *stats

	bidi       i18n.BidiMode // the layout: i18n.BidiApp or i18n.BidiTerminal
	bidiAuto   bool          // --bidi auto: the terminal was asked
	bidiAsking bool          // its answer can still change the layout
	bdsm       *bdsmState    // what the guide owes the terminal's BDSM at the end
	dir        struct {      // the direction of the language last asked about
		lang string
		of   i18n.Direction
	}

	page    page // picker, question or answer
	overlay page // help, emergency, slip or "still there?", or nil

	// The frame, made by relayout; View only hands it over.
	lines    []string // every line of the screen, before View's last width guard
	frame    string
	bodyTop  int     // screen row of the first body line
	crumbRow int     // screen row of the breadcrumbs, -1 when there are none
	crumbAt  []crumb // where each breadcrumb stands on that row
}

// stats counts work, for tests and benchmarks. It is shared by copies of the model.
type stats struct {
	layouts int // frames laid out
}

// New returns the guide's model, laid out for 80x24 until the window size arrives.
func New(opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	m := Model{
		g:               opts.Guide,
		now:             opts.Now,
		langFixed:       opts.Lang != "",
		lang:            opts.Lang,
		preselect:       opts.Preselect,
		noColor:         opts.NoColor,
		also:            opts.Also,
		sideBySideStart: opts.SideBySide,
		slipWidth:       opts.SlipWidth,
		print:           opts.Print,
		links:           opts.Links && !opts.Kiosk,
		quitKey:         opts.QuitKey,
		width:           80,
		height:          24,
		stats:           &stats{},
	}
	if opts.Kiosk {
		m.kiosk = newKiosk(opts)
	}
	m.bidiStart(opts.Bidi)
	m.start()
	m.restyle()
	return m
}

// start begins a new walk, as at the start of the program: a new session in the starting
// language, nothing rendered, no overlay, at the language picker (or the first question
// when --lang fixed the language).
func (m *Model) start() {
	s, err := content.NewSession(m.g, m.startLang(), m.now)
	if err != nil {
		// Only a guide without its source language fails; Load refuses such a guide.
		panic("tui: " + err.Error())
	}
	m.s = s
	m.md = newMarkdownCache()
	m.overlay = nil
	m.sideBySide = m.sideBySideStart
	m.keys = m.newKeys()
	if m.langFixed {
		m.page = m.stepPage()
	} else {
		m.page = newPickerPage(m.ctx(), m.preselect, m.s.Lang())
	}
}

// startLang is the language a walk starts in: --lang, else the locale's match, else the
// source language.
func (m *Model) startLang() string {
	for _, code := range []string{m.lang, m.preselect} {
		if code != "" && m.g.Languages[code] != nil {
			return code
		}
	}
	return m.g.SourceLanguage
}

// newKeys returns the key map in the session's language, with the operator's chord.
func (m *Model) newKeys() KeyMap {
	k := DefaultKeyMap(m.text)
	if m.kiosk.on && m.quitKey != "" {
		k.OperatorQuit.SetKeys(m.quitKey)
	}
	return k
}

// Init asks the terminal for its background colour, to pick readable colours, and with
// --bidi auto whether it reorders right-to-left text (see bidimode.go); a kiosk also
// wipes the scrollback and starts its idle timer.
func (m Model) Init() tea.Cmd {
	if !m.kiosk.on {
		return tea.Batch(tea.RequestBackgroundColor, m.bidiInit())
	}
	return tea.Batch(tea.RequestBackgroundColor, m.bidiInit(), tea.Raw(wipeScreen), m.kiosk.tickCmd())
}

// ctx is what the pages draw with, at this moment.
func (m *Model) ctx() ctx {
	lang := m.s.Lang()
	if lang != m.dir.lang {
		m.dir.lang, m.dir.of = lang, i18n.DirectionOf(lang)
	}
	return ctx{g: m.g, lang: lang, now: m.now(), styles: m.styles, md: m.md, bidi: m.bidi, dir: m.dir.of, links: m.links}
}

// text returns a UI string in the session's language with facts filled in.
func (m *Model) text(key string) string {
	return m.g.Text(m.s.Lang(), key, m.now(), nil)
}

// top is the page that gets the keys: the overlay when one is open.
func (m *Model) top() page {
	if m.overlay != nil {
		return m.overlay
	}
	return m.page
}

func (m *Model) setTop(p page) {
	if m.overlay != nil {
		m.overlay = p
	} else {
		m.page = p
	}
}

// stepPage is the page of the session's step: its question, or its answer (with the
// second language beside it when that is on).
func (m *Model) stepPage() page {
	if m.s.Done() {
		r, err := m.s.Answer()
		if err == nil {
			doc := m.g.Document(r, m.now())
			second := m.secondLang()
			var also *content.Document
			if m.sideBySide && second != "" {
				also = m.documentIn(second)
			}
			return newAnswerPage(doc, also, second != "")
		}
		// Only an answer without text in any language fails; Validate refuses such a
		// guide. Start over rather than show nothing.
		m.s.Restart()
	}
	return newQuestionPage(m.s.Question(), len(m.s.Path())+1, m.s.Earlier())
}

// secondLang is the language shown beside the session's (see content.Guide.SecondLanguage),
// or "" when there is none.
func (m *Model) secondLang() string { return m.g.SecondLanguage(m.s.Lang(), m.also) }

// documentIn is the session's answer in language lang, or nil when it cannot be rendered.
func (m *Model) documentIn(lang string) *content.Document {
	r, err := m.s.AnswerIn(lang)
	if err != nil {
		return nil
	}
	return m.g.Document(r, m.now())
}

// restyle picks the styles for the background (or none for NO_COLOR), then lays out.
func (m *Model) restyle() {
	st := DefaultStyles(m.bg)
	if m.noColor {
		st = MonochromeStyles()
	}
	m.styles = &st
	m.relayout()
}

// Update handles keys, mouse, resizes, the terminal's background colour, the printer's
// answer and a kiosk's timer. A message that changes nothing costs no new layout.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, seen := msg.(inputSeenMsg); m.kiosk.on && (seen || isInput(msg)) {
		if m.kiosk.counting() {
			return m.stayed(msg)
		}
		m.kiosk.lastInput = m.kiosk.clock()
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		w, h := max(msg.Width, 1), max(msg.Height, 1)
		if w != m.width || h != m.height {
			m.width, m.height = w, h
			m.relayout()
		}
	case tea.BackgroundColorMsg:
		if !m.noColor && msg.Color != nil {
			m.bg = msg.Color
			m.restyle()
		}
	case tea.ModeReportMsg:
		if msg.Mode == ansi.ModeBiDirectionalSupport {
			changed, cmd := m.bidiReport(msg.Value)
			if changed {
				m.relayout()
			}
			return m, cmd
		}
	case bidiTimeoutMsg:
		m.bidiAsking = false
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft && m.click(msg.X, msg.Y) {
			m.relayout()
		}
	case tea.MouseWheelMsg:
		p, r := m.top().update(msg, m.keys)
		m.setTop(p)
		if m.apply(r) {
			m.relayout()
		}
	case printedMsg:
		if m.printed(msg.err) {
			m.relayout()
		}
	case idleTickMsg:
		return m, m.idleTick()
	}
	return m, nil
}

// key handles a key press: first the keys every page shares (quit, emergency, help,
// back, start again, closing an overlay, the answer's second language and slip), then
// the page's own.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &m.keys
	ks := keyName(msg.String())
	var cmd tea.Cmd
	switch {
	case key.Matches(ks, k.Quit, k.OperatorQuit):
		return m, tea.Quit
	case key.Matches(ks, k.NextPerson):
		return m, m.wipe()
	case key.Matches(ks, k.Close):
		m.overlay = nil
	case k.isEmergency(msg):
		m.overlay = emergencyPage{}
	case key.Matches(ks, k.Help):
		m.overlay = helpPage{under: m.keysFor(m.page)}
	case key.Matches(ks, k.Back):
		m.back()
	case key.Matches(ks, k.Restart):
		m.restart()
	case key.Matches(ks, k.TwoLanguages):
		m.sideBySide = !m.sideBySide
		m.page = m.stepPage()
	case key.Matches(ks, k.Slip):
		m.overlay = m.slipPage()
	case key.Matches(ks, k.Print):
		cmd = m.printSlip()
	default:
		p, r := m.top().update(msg, m.keys)
		m.setTop(p)
		if !m.apply(r) {
			return m, nil
		}
	}
	m.relayout()
	return m, cmd
}

// keyName is a key press by its name (tea.KeyPressMsg.String), worked out once for the
// many bindings it is matched against.
type keyName string

func (k keyName) String() string { return string(k) }

// apply does what a page asked for and reports whether the screen changed.
func (m *Model) apply(r result) bool {
	switch r.kind {
	case changed:
		return true
	case chose:
		if m.s.ChooseIndex(r.option) == nil {
			m.page = m.stepPage()
		}
		return true
	case choseLang:
		if m.s.SetLang(r.lang) == nil {
			m.keys = m.newKeys()
			m.page = m.stepPage()
		}
		return true
	}
	return false
}

// back goes back one question, with the earlier answer selected; from the first question
// to the language picker, unless --lang fixed the language.
func (m *Model) back() {
	switch {
	case m.s.Back():
		m.page = m.stepPage()
	case !m.langFixed:
		m.page = newPickerPage(m.ctx(), m.preselect, m.s.Lang())
	}
}

// restart forgets every answer and starts again: at the language picker, or at the first
// question when --lang fixed the language.
func (m *Model) restart() {
	m.overlay = nil
	m.s.Restart()
	if m.langFixed {
		m.page = m.stepPage()
	} else {
		m.page = newPickerPage(m.ctx(), m.preselect, m.s.Lang())
	}
}

// click handles a left click: on a breadcrumb it returns to that question; in the body
// the page decides. It reports whether the screen changed.
func (m *Model) click(x, y int) bool {
	if m.overlay != nil {
		return false
	}
	if y == m.crumbRow {
		for _, c := range m.crumbAt {
			if x >= c.from && x < c.to {
				m.s.GoTo(c.path)
				m.page = m.stepPage()
				return true
			}
		}
		return false
	}
	line := m.page.body().line(y - m.bodyTop)
	if line < 0 {
		return false
	}
	p, r := m.page.click(line)
	m.page = p
	return m.apply(r)
}

// keysFor returns the key map with the bindings enabled that work on page p with no
// overlay open.
func (m *Model) keysFor(p page) KeyMap {
	k := m.keys
	k.disableAll()
	m.enableCommon(&k)
	p.enable(&k)
	switch p.(type) {
	case pickerPage:
		k.Emergency.SetEnabled(true)
		k.Help.SetEnabled(true)
	case questionPage, answerPage:
		k.Emergency.SetEnabled(true)
		k.Help.SetEnabled(true)
		canLeave := len(m.s.Path()) > 0 || !m.langFixed
		k.Back.SetEnabled(canLeave)
		k.Restart.SetEnabled(canLeave && !m.kiosk.on) // a kiosk starts again with F6
	}
	return k
}

// enableCommon enables the keys of every screen: Ctrl+C quits, except in a kiosk, where
// only the operator's chord does (and is never shown), and where F6 wipes everything
// when there is something to wipe.
func (m *Model) enableCommon(k *KeyMap) {
	k.Quit.SetEnabled(!m.kiosk.on)
	k.OperatorQuit.SetEnabled(m.kiosk.on && len(k.OperatorQuit.Keys()) > 0)
	k.NextPerson.SetEnabled(m.kiosk.on && !m.pristine())
}

// relayout draws the frame for the current state and size (see frame.go): the emergency
// line, the title, the breadcrumbs, the page's body and the key help. View only hands the
// result over, so it stays cheap and pure.
func (m *Model) relayout() {
	m.stats.layouts++
	c := m.ctx()
	w, h := m.width, m.height
	top := m.top()

	header := []string{m.emergencyLine(c, w)}
	if h >= 3 {
		header = append(header, c.line(truncate(top.title(c), w), w, c.styles.Title))
	}
	m.crumbRow, m.crumbAt = -1, nil
	if h >= 8 && top.hasCrumbs() && len(m.s.Path()) > 0 {
		m.crumbRow = len(header)
		header = append(header, m.crumbs(c, w))
	}
	footerRows := 0
	if h >= 4 {
		footerRows = 1
	}
	bodyH := max(h-len(header)-footerRows, 0)
	top = top.layout(c, w, bodyH)
	m.setTop(top)

	if m.overlay != nil {
		m.keys.disableAll()
		m.enableCommon(&m.keys)
		m.overlay.enable(&m.keys)
	} else {
		m.keys = m.keysFor(m.page)
	}

	lines := header
	m.bodyTop = len(header)
	body := top.body()
	lines = append(lines, body.visible()...)
	for len(lines) < m.bodyTop+bodyH {
		lines = append(lines, "")
	}
	if footerRows > 0 {
		lines = append(lines, m.footer(c, w, body))
	}
	m.lines = lines
	m.frame = m.guard(lines)
}

// footer is the key help: the enabled keys, and "↓" first when a list goes on below the
// screen (a text that does so offers "↓ Scroll" itself).
func (m *Model) footer(c ctx, w int, body scroller) string {
	more := ""
	if body.more() && !m.keys.ScrollDown.Enabled() && w >= 3 {
		more = "↓ "
	}
	if c.mirrored() {
		return alignRight(shortHelpFromRight(m.styles.Help, m.keys.ShortHelp(), w-width(more), c.dir)+mirrorMarker(more), true, w)
	}
	return more + shortHelp(m.styles.Help, m.keys.ShortHelp(), w-width(more))
}

// emergencyLine is the persistent line with the emergency numbers (the guide's
// emergency line: 113, then 116 117). When the translated line does not fit, the numbers
// alone do, then fewer of them: a number is never cut.
func (m *Model) emergencyLine(c ctx, w int) string {
	calls, _ := c.g.EmergencyCalls(c.lang, c.now)
	numbers := make([]string, len(calls))
	for i, call := range calls {
		numbers[i] = call.Number
	}
	// The translated line in the order c draws it; in a mirrored screen the numbers alone
	// read from the right too (113 on the right), each drawn as it is.
	text, right := c.order(" " + c.text("ui.emergency_line") + " ")
	candidates := []string{text}
	if len(numbers) > 0 {
		first := numbers[0]
		if c.mirrored() {
			slices.Reverse(numbers)
		}
		joined := strings.Join(numbers, " · ")
		candidates = append(candidates, " "+joined+" ", joined, strings.Join(numbers, " "), first)
	}
	line := ""
	for i, cand := range candidates {
		if width(cand) <= w {
			line = cand
			if i > 0 {
				right = c.mirrored()
			}
			break
		}
	}
	if right {
		line = alignRight(line, true, w)
	}
	return paintOf(c.styles.Emergency).paint(c.linkNumbers(padRight(line, w), calls))
}

// crumb is where one breadcrumb stands on the crumbs line, for mouse clicks.
type crumb struct {
	from, to int // columns, to exclusive
	path     int // index in the session's path
}

// crumbs lists the answers so far by their short breadcrumbs ("Not urgent › Doctor ›
// No GP"), keeping the newest when they do not fit, and records where each one stands so
// that a click returns to its question.
func (m *Model) crumbs(c ctx, w int) string {
	if c.mirrored() {
		return m.crumbsFromRight(c, w)
	}
	path := m.s.Path()
	build := func(prefix string) (string, []crumb) {
		s, at := prefix, make([]crumb, 0, len(path))
		for i, ch := range path {
			if i > 0 {
				s += " › "
			}
			label := c.text(content.CrumbKey(ch.Question, ch.Option))
			x := width(s)
			s += label
			at = append(at, crumb{from: x, to: x + width(label), path: i})
		}
		return s, at
	}
	s, at := build(c.text("ui.your_answers") + ": ")
	if width(s) > w {
		s, at = build("")
	}
	if width(s) > w {
		var shift int
		s, shift = truncateLeft(s, w)
		kept := at[:0]
		for _, cr := range at {
			cr.from, cr.to = max(cr.from-shift, 1), cr.to-shift
			if cr.to > cr.from {
				kept = append(kept, cr)
			}
		}
		at = kept
	}
	m.crumbAt = at
	return c.styles.Crumbs.Render(s)
}

// guard joins the lines into the frame. Lines fit the width already (tests check it
// before this point); a line that does not is cut here rather than wrap on the terminal
// and push the emergency line off the top.
func (m *Model) guard(lines []string) string {
	out := lines
	if len(out) > m.height {
		out = out[:m.height]
	}
	cut := false
	for _, l := range out {
		if width(l) > m.width {
			cut = true
			break
		}
	}
	if cut {
		out = append([]string(nil), out...)
		for i, l := range out {
			if width(l) > m.width {
				out[i] = ansi.Truncate(l, m.width, "")
			}
		}
	}
	return strings.Join(out, "\n")
}

// View hands over the frame that Update laid out: the emergency line first, every line
// within the terminal's width.
func (m Model) View() tea.View {
	v := tea.NewView(m.frame)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "helseguide"
	return v
}
