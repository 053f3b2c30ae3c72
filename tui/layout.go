package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/content/plaintext"
)

// relayout recomputes the header, footer and body for the current state and size. View
// only joins what relayout made, so it stays cheap and pure.
func (m *Model) relayout() {
	w := m.width
	var header []string
	header = append(header, m.emergencyLine(w))
	header = append(header, m.titleLines(w)...)
	m.header = strings.Join(header, "\n")
	m.bodyTop = len(header)

	if n := len(m.options()); n > 0 {
		m.keys.Choose.SetHelp(fmt.Sprintf("1-%d", min(n, 9)), m.text("ui.select"))
	}
	m.help.SetWidth(w)
	var km help.KeyMap = questionKeys{&m.keys}
	if m.screen == answerScreen && m.overlay == noOverlay {
		km = answerKeys{&m.keys}
	}
	m.footer = m.help.ShortHelpView(km.ShortHelp())

	bodyHeight := m.height - len(header) - lipgloss.Height(m.footer)
	if m.footer == "" {
		bodyHeight = m.height - len(header)
	}
	m.vp.SetWidth(w)
	m.vp.SetHeight(max(bodyHeight, 1))

	var body string
	m.optionLine = nil
	switch {
	case m.overlay == helpOverlay:
		body = m.helpBody(w)
	case m.overlay == emergencyOverlay:
		body = m.emergencyBody(w)
	case m.screen == answerScreen:
		body = m.answerBody(w)
	default:
		body = m.questionBody(w)
	}
	offset := m.vp.YOffset()
	m.vp.SetContent(body)
	m.vp.SetYOffset(offset)
	if m.optionLine != nil {
		// Keep the selected option in view.
		for line, i := range m.optionLine {
			if i == m.cursor {
				m.vp.EnsureVisible(line, 0, 0)
				break
			}
		}
	}
}

// emergencyLine is the persistent line with 113 and 116 117 (the guide's EmergencyLine).
// When the translated line does not fit, the bare numbers do (they fit 40 columns): a
// number is never cut.
func (m *Model) emergencyLine(w int) string {
	line := " " + m.text("ui.emergency_line") + " "
	if ansi.StringWidth(line) > w {
		var numbers []string
		for _, c := range m.g.CallCards(m.lang, m.g.EmergencyLine, m.now()) {
			numbers = append(numbers, c.Number)
		}
		line = " " + strings.Join(numbers, " · ") + " "
	}
	return m.styles.Emergency.Width(w).Render(line)
}

// titleLines are the screen's title and the breadcrumbs of the answers so far.
func (m *Model) titleLines(w int) []string {
	var title string
	switch {
	case m.overlay == helpOverlay:
		title = m.text("ui.help_title")
	case m.overlay == emergencyOverlay:
		title = m.text("ui.emergency_title")
	case m.screen == pickerScreen:
		title = "helseguide · " + m.choosePrompt()
	case m.screen == answerScreen:
		title = m.rendered.Title
	default:
		title = "helseguide · " + m.g.Text(m.lang, "ui.question_of", m.now(), content.Args{"n": fmt.Sprint(len(m.step.Path) + 1)})
	}
	lines := []string{m.styles.Title.Render(ansi.Truncate(title, w, "…"))}
	m.crumbRow = -1
	if m.screen != pickerScreen && len(m.step.Path) > 0 && m.overlay == noOverlay {
		m.crumbRow = 1 + len(lines)
		lines = append(lines, m.styles.Crumbs.Render(m.crumbs(w)))
	}
	return lines
}

// crumb is where one breadcrumb stands on the crumbs line, for mouse clicks.
type crumb struct {
	from, to int // columns, to exclusive
	path     int // index in the step's path
}

// crumbs lists the answers so far, keeping the newest when they do not fit, and records
// where each one stands so that a click returns to its question.
func (m *Model) crumbs(w int) string {
	s := m.text("ui.your_answers") + ": "
	m.crumbAt = m.crumbAt[:0]
	for i, c := range m.step.Path {
		if i > 0 {
			s += " › "
		}
		label := ansi.Truncate(m.text(content.OptionKey(c.Question, c.Option)), 24, "…")
		x := ansi.StringWidth(s)
		s += label
		m.crumbAt = append(m.crumbAt, crumb{from: x, to: x + ansi.StringWidth(label), path: i})
	}
	if over := ansi.StringWidth(s) - w; over > 0 {
		s = "…" + ansi.TruncateLeft(s, over+1, "")
		for i := range m.crumbAt {
			m.crumbAt[i].from -= over
			m.crumbAt[i].to -= over
		}
	}
	return s
}

// choosePrompt is "Choose your language" in the preselected language, followed by the
// same in the source language when they differ.
func (m *Model) choosePrompt() string {
	s := m.text("ui.choose_language")
	if m.lang != m.g.SourceLanguage {
		s += " · " + m.g.Text(m.g.SourceLanguage, "ui.choose_language", m.now(), nil)
	}
	return s
}

// questionBody draws the question (or the picker's prompt) and the numbered options,
// recording which line belongs to which option for mouse clicks.
func (m *Model) questionBody(w int) string {
	var lines []string
	add := func(s string, option int) {
		for _, l := range strings.Split(s, "\n") {
			lines = append(lines, l)
			m.optionLine = append(m.optionLine, option)
		}
	}
	if m.screen == questionScreen {
		add(m.styles.Question.Render(wrap(m.text(content.QuestionKey(m.step.Question.ID)), w)), -1)
		if hint := m.g.Hint(m.lang, m.step.Question.ID, m.now()); hint != "" {
			add(wrap(hint, w), -1)
		}
		add("", -1)
	}
	for i, label := range m.options() {
		marker, style := "  ", m.styles.Option
		if i == m.cursor {
			marker, style = "› ", m.styles.Selected
		}
		num := fmt.Sprintf("%d", i+1)
		prefix := marker + m.styles.OptionKey.Render(num) + "  "
		indent := strings.Repeat(" ", ansi.StringWidth(marker+num+"  "))
		text := wrap(label, max(w-len(indent), 8))
		text = strings.ReplaceAll(text, "\n", "\n"+indent)
		add(prefix+style.Render(text), i)
	}
	return strings.Join(lines, "\n")
}

// answerBody draws the call cards, the rendered markdown, the sources and checked date.
func (m *Model) answerBody(w int) string {
	r := m.rendered
	d := m.g.Document(r, m.now())
	var b strings.Builder
	cardWidth := min(w, 60)
	for _, c := range d.Calls {
		b.WriteString(m.callCard(c, cardWidth) + "\n")
	}
	style := "plain"
	if !m.noColor {
		style = "light"
		if m.isDark {
			style = "dark"
		}
	}
	b.WriteString(m.md.render(mdKey{answer: r.Answer, lang: r.Lang, width: w, style: style}, r.Markdown) + "\n\n")
	b.WriteString(m.styles.Title.Render(m.text("ui.sources")) + "\n")
	for _, s := range d.Sources {
		b.WriteString(m.styles.Faint.Render(wrap("- "+plaintext.SourceLine(s), w)) + "\n")
	}
	b.WriteString("\n" + d.Checked)
	if d.Review != "" {
		b.WriteString("\n" + m.styles.Status.Render(wrap(d.Review, w)))
	}
	return b.String()
}

// callCard draws one call: the number large and bold, what it is for, the hours and
// whether the line is open now.
func (m *Model) callCard(c content.CallLine, w int) string {
	inner := max(w-4, 10)
	number := m.styles.CardNumber.Render(c.Number) + "  "
	label := m.styles.CardLabel.Render(wrap(c.LabelWithNote(), max(inner-lipgloss.Width(number), 8)))
	lines := []string{lipgloss.JoinHorizontal(lipgloss.Top, number, label)}
	var status []string
	if c.Hours != "" {
		status = append(status, m.styles.CardHours.Render(c.Hours))
	}
	switch {
	case c.Now != "" && c.Open:
		status = append(status, m.styles.OpenNow.Render(c.Now))
	case c.Now != "":
		status = append(status, m.styles.ClosedNow.Render(c.Now))
	}
	if c.Opens != "" {
		status = append(status, m.styles.CardHours.Render(c.Opens))
	}
	if len(status) > 0 {
		lines = append(lines, wrap(strings.Join(status, " · "), inner))
	}
	if m.height < 20 {
		// Small screens: no frame, so the answer's text starts sooner.
		return lipgloss.NewStyle().Width(w).Render(strings.Join(lines, "\n")) + "\n"
	}
	return m.styles.CardBorder.Width(w).Render(strings.Join(lines, "\n"))
}

// helpBody explains the keys, with the generated full key help.
func (m *Model) helpBody(w int) string {
	km := help.KeyMap(questionKeys{&m.keys})
	if m.screen == answerScreen {
		km = answerKeys{&m.keys}
	}
	return wrap(m.text("ui.help_body"), w) + "\n\n" + m.help.FullHelpView(km.FullHelp())
}

// emergencyBody is the emergency screen: whom to call (the guide's EmergencyScreen),
// numbers first.
func (m *Model) emergencyBody(w int) string {
	var b strings.Builder
	for _, c := range m.g.CallCards(m.lang, m.g.EmergencyScreen, m.now()) {
		b.WriteString(m.callCard(content.CallLine{Call: c, Hours: c.Hours}, min(w, 60)) + "\n")
	}
	b.WriteString(wrap(m.text("ui.emergency_body"), w))
	return b.String()
}

// wrap breaks s into lines no wider than w cells.
func wrap(s string, w int) string {
	return ansi.Wrap(s, max(w, 1), "")
}
