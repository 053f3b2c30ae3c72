package tui

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run shows the guide on a terminal until the person quits. env is the environment the
// program sees (TERM, NO_COLOR …), in os.Environ form.
func Run(opts Options, in io.Reader, out io.Writer, env []string) error {
	p := tea.NewProgram(New(opts),
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithEnvironment(env),
		// The first frame is flushed on the renderer's ticker: 120 fps halves the wait.
		tea.WithFPS(120),
	)
	_, err := p.Run()
	return err
}
