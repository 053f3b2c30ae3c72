package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles are the looks of the guide. Colours come in a light and a dark variant; without
// colour (NO_COLOR, dumb terminals) the renderer drops them and the markers (› for the
// selected option, bold for numbers) still carry the meaning.
type Styles struct {
	Emergency    lipgloss.Style // the persistent emergency line
	Title        lipgloss.Style
	Crumbs       lipgloss.Style
	Question     lipgloss.Style
	Option       lipgloss.Style
	Selected     lipgloss.Style
	OptionKey    lipgloss.Style // the number in front of an option
	CardBorder   lipgloss.Style
	CardNumber   lipgloss.Style
	CardLabel    lipgloss.Style
	CardHours    lipgloss.Style
	OpenNow      lipgloss.Style
	ClosedNow    lipgloss.Style
	Faint        lipgloss.Style
	Status       lipgloss.Style // review status of a translation
	Help         help.Styles
	MarkdownDark bool // glamour style to use
}

// DefaultStyles returns the styles for a dark or light terminal background.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#0B5CAD"), lipgloss.Color("#7FB8FF"))
	faint := ld(lipgloss.Color("#5A5A5A"), lipgloss.Color("#A0A0A0"))
	green := ld(lipgloss.Color("#126B2E"), lipgloss.Color("#6FD08C"))
	red := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF8A80"))
	return Styles{
		Emergency:    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#B3261E")),
		Title:        lipgloss.NewStyle().Bold(true).Foreground(accent),
		Crumbs:       lipgloss.NewStyle().Foreground(faint),
		Question:     lipgloss.NewStyle().Bold(true),
		Option:       lipgloss.NewStyle(),
		Selected:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		OptionKey:    lipgloss.NewStyle().Bold(true),
		CardBorder:   lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		CardNumber:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		CardLabel:    lipgloss.NewStyle(),
		CardHours:    lipgloss.NewStyle().Foreground(faint),
		OpenNow:      lipgloss.NewStyle().Foreground(green),
		ClosedNow:    lipgloss.NewStyle().Foreground(red),
		Faint:        lipgloss.NewStyle().Foreground(faint),
		Status:       lipgloss.NewStyle().Italic(true).Foreground(faint),
		Help:         help.DefaultStyles(isDark),
		MarkdownDark: isDark,
	}
}
