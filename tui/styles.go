package tui

import (
	"image/color"
	"math"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles are the looks of the guide. Colours are picked for the terminal's background:
// every text colour is the first of its candidates that reaches a contrast ratio of 4.5:1
// (WCAG AA) on that background, or the terminal's own foreground when none does. Without
// colour (NO_COLOR) the markers (› for the selected option) and bold carry the meaning.
type Styles struct {
	Emergency  lipgloss.Style // the persistent emergency line
	Title      lipgloss.Style
	Crumbs     lipgloss.Style
	Question   lipgloss.Style
	Hint       lipgloss.Style // a question's hint line
	Option     lipgloss.Style
	Selected   lipgloss.Style
	OptionKey  lipgloss.Style // the number in front of an option
	CardBorder lipgloss.Style // the frame of the answer's most important call
	CardNumber lipgloss.Style
	OpenNow    lipgloss.Style
	ClosedNow  lipgloss.Style
	Faint      lipgloss.Style // hours, sources, a language's review status
	Heading    lipgloss.Style // headings of the answer's own parts (have ready, sources)
	Help       help.Styles
	// Markdown names the Glamour style of answers: "dark", "light" or "mono" (see
	// markdown.go; the styles are JSON files in mdstyles/).
	Markdown string
}

// minContrast is the contrast ratio every text colour keeps to the background (WCAG AA
// for normal text).
const minContrast = 4.5

// Backgrounds assumed until the terminal answers the background colour query.
var (
	assumedDark  = lipgloss.Color("#000000")
	assumedLight = lipgloss.Color("#FFFFFF")
)

// DefaultStyles returns the styles for a terminal with background colour bg (nil when the
// terminal did not say: a dark background is assumed).
func DefaultStyles(bg color.Color) Styles {
	if bg == nil {
		bg = assumedDark
	}
	dark := isDark(bg)
	pick := func(onDark, onLight []string) color.Color {
		if dark {
			return readable(bg, onDark...)
		}
		return readable(bg, onLight...)
	}
	accent := pick([]string{"#7FB8FF", "#A8D0FF", "#FFFFFF"}, []string{"#0B5CAD", "#08427D", "#000000"})
	text := pick([]string{"#E4E4E4", "#FFFFFF"}, []string{"#1A1A1A", "#000000"})
	faint := pick([]string{"#A8A8A8", "#C8C8C8", "#FFFFFF"}, []string{"#5A5A5A", "#3A3A3A", "#000000"})
	green := pick([]string{"#6FD08C", "#A0F0B8", "#FFFFFF"}, []string{"#126B2E", "#0A4A1E", "#000000"})
	red := pick([]string{"#FF8A80", "#FFC0B8", "#FFFFFF"}, []string{"#B3261E", "#7A1A14", "#000000"})
	markdown := "light"
	if dark {
		markdown = "dark"
	}
	plain := lipgloss.NewStyle()
	return Styles{
		Emergency:  plain.Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#B3261E")),
		Title:      plain.Bold(true).Foreground(accent),
		Crumbs:     plain.Foreground(faint),
		Question:   plain.Bold(true),
		Hint:       plain.Foreground(faint),
		Option:     plain,
		Selected:   plain.Bold(true).Foreground(accent),
		OptionKey:  plain.Bold(true),
		CardBorder: plain.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		CardNumber: plain.Bold(true).Foreground(accent),
		OpenNow:    plain.Foreground(green),
		ClosedNow:  plain.Foreground(red),
		Faint:      plain.Foreground(faint),
		Heading:    plain.Bold(true).Foreground(accent),
		Help: help.Styles{
			ShortKey:       plain.Bold(true).Foreground(text),
			ShortDesc:      plain.Foreground(faint),
			ShortSeparator: plain.Foreground(faint),
			Ellipsis:       plain.Foreground(faint),
			FullKey:        plain.Bold(true).Foreground(text),
			FullDesc:       plain.Foreground(faint),
			FullSeparator:  plain.Foreground(faint),
		},
		Markdown: markdown,
	}
}

// MonochromeStyles are the styles without colour (NO_COLOR): bold, reverse video and the
// markers carry the meaning.
func MonochromeStyles() Styles {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	return Styles{
		Emergency:  bold.Reverse(true),
		Title:      bold,
		Crumbs:     plain,
		Question:   bold,
		Hint:       plain,
		Option:     plain,
		Selected:   bold,
		OptionKey:  bold,
		CardBorder: plain.Border(lipgloss.NormalBorder()).Padding(0, 1),
		CardNumber: bold,
		OpenNow:    plain,
		ClosedNow:  plain,
		Faint:      plain,
		Heading:    bold,
		Help:       help.Styles{ShortKey: bold, FullKey: bold},
		Markdown:   "mono",
	}
}

// isDark reports whether bg is a dark background: one on which white text has more
// contrast than black text.
func isDark(bg color.Color) bool {
	return contrast(bg, lipgloss.Color("#FFFFFF")) > contrast(bg, lipgloss.Color("#000000"))
}

// readable returns the first of the colours (hex) with a contrast ratio of at least
// minContrast on bg, or lipgloss.NoColor (the terminal's own foreground) when none has.
func readable(bg color.Color, hex ...string) color.Color {
	for _, h := range hex {
		if c := lipgloss.Color(h); contrast(c, bg) >= minContrast {
			return c
		}
	}
	return lipgloss.NoColor{}
}

// contrast is the WCAG 2 contrast ratio of two colours, from 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG 2 relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
