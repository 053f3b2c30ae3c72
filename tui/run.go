package tui

import (
	"context"
	"io"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"

	"helseguide/i18n"
)

// Terminal is what the guide runs on.
type Terminal struct {
	// In and Out are the terminal's input and output, usually os.Stdin and os.Stdout.
	In  io.Reader
	Out io.Writer
	// Environ is the environment the program sees (TERM, NO_COLOR …), in os.Environ form.
	Environ []string
	// Wrap, when not nil, wraps the guide's model before it runs. Tests use it, for
	// example to make the guide panic.
	Wrap func(tea.Model) tea.Model
}

const (
	// fps is the renderer's frame rate: the first frame is flushed on its ticker, and at
	// 120 fps the wait is at most 8.3 ms.
	fps = 120
	// shutdownGrace is how long Run waits, once ctx is done or the guide panicked, for
	// Bubble Tea to restore the terminal. Restoring takes milliseconds; a terminal that
	// takes no more output (a hung-up line, flow control) could hold it up for good.
	shutdownGrace = 2 * time.Second
)

// Run shows the guide on a terminal until the person quits, ctx is done, or the guide
// panics, and restores the terminal in every case: Bubble Tea leaves the alternate screen,
// shows the cursor and turns mouse reporting off, and Run then gives a terminal whose bidi
// mode the guide changed its own reordering back (CSI 8 h, see bidimode.go).
//
// It returns nil when the person quit; context.Cause(ctx) when ctx was done first (the
// caller cancels ctx on a signal, with the signal in the cause); a *PanicError when the
// guide panicked.
func Run(ctx context.Context, opts Options, t Terminal) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	guide := New(opts)
	var m tea.Model = guide
	if t.Wrap != nil {
		m = t.Wrap(m)
	}
	p := tea.NewProgram(newGuard(m, time.Second/fps, time.Now, cancel),
		tea.WithContext(ctx),
		tea.WithInput(filterInput(t.In)),
		tea.WithOutput(t.Out),
		tea.WithEnvironment(t.Environ),
		tea.WithFPS(fps),
		// The caller handles signals (and so chooses the exit status); the guard
		// handles panics, so that they print no stack at the person at the screen.
		tea.WithoutSignalHandler(),
		tea.WithoutCatchPanics(),
	)

	done := make(chan error, 1)
	go func() {
		defer func() {
			// A panic in Bubble Tea itself: the guard catches the model's own.
			if r := recover(); r != nil {
				perr := &PanicError{Value: r, Stack: debug.Stack()}
				cancel(perr)
				p.Kill() // restores the terminal
				done <- perr
			}
		}()
		_, err := p.Run()
		done <- err
	}()

	var err error
	ended := true
	select {
	case err = <-done:
	case <-ctx.Done():
		select {
		case err = <-done:
		case <-time.After(shutdownGrace):
			ended = false // the terminal takes no output: do not wait on it again
		}
	}
	if ended && guide.bdsm.owed.Load() {
		_, _ = io.WriteString(t.Out, i18n.BidiImplicit)
	}
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return err
}
