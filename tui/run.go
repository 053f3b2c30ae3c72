package tui

import (
	"io"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// Run shows the guide on a terminal until the person quits. env is the environment the
// program sees (TERM, NO_COLOR …), in os.Environ form.
func Run(opts Options, in io.Reader, out io.Writer, env []string) error {
	m := New(opts)
	prePaint(m, out)
	p := tea.NewProgram(m,
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithEnvironment(env),
		// The first frame is flushed on the renderer's ticker: 120 fps halves the wait.
		tea.WithFPS(120),
	)
	_, err := p.Run()
	return err
}

// prePaint puts the emergency line on a terminal at once, before Bubble Tea's first frame,
// which waits for its renderer's ticker. Bubble Tea then draws the whole screen over it
// and restores the terminal on exit as usual. Nothing is written when out is no terminal.
func prePaint(m Model, out io.Writer) {
	f, ok := out.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return
	}
	w, h, err := term.GetSize(f.Fd())
	if err != nil || w <= 0 || h <= 0 {
		return
	}
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	first, _, _ := strings.Cut(next.(Model).View().Content, "\n")
	// Alternate screen, cursor home, clear, the emergency line.
	_, _ = io.WriteString(out, "\x1b[?1049h\x1b[H\x1b[2J"+first)
}
