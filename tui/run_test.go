package tui

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// runOnPipe runs the guide with input as typed keys until it ends, and returns what Run
// returned and how long it ran. ctx may be cancelled to stop it; wrap may wrap the model.
func runOnPipe(tb testing.TB, ctx context.Context, input string, wrap func(tea.Model) tea.Model) (error, time.Duration) {
	tb.Helper()
	r, w := io.Pipe()
	opts := Options{Guide: testGuide(tb), Now: func() time.Time { return testNow }, NoColor: true}
	start := time.Now()
	go func() {
		_, _ = io.WriteString(w, input)
	}()
	err := Run(ctx, opts, Terminal{In: r, Out: io.Discard, Environ: []string{"TERM=xterm-256color"}, Wrap: wrap})
	d := time.Since(start)
	w.Close()
	return err, d
}

const floodSize = 64 << 10

// Floods of 64 KB, then Ctrl+C: letters the guide ignores, and text with spaces, digits,
// question marks and newlines, which choose options, open help and go back.
var (
	letterFlood = strings.Repeat("abcdefghijklmnopqrstuvwxyz", floodSize/26+1)[:floodSize] + "\x03"
	textFlood   = strings.Repeat("The quick brown fox jumps over the lazy dog 1 2 3 ? 0\r", floodSize/54+1)[:floodSize] + "\x03"
)

func TestCtrlCAfterAFlood(t *testing.T) {
	for name, input := range map[string]string{"letters": letterFlood, "text": textFlood} {
		t.Run(name, func(t *testing.T) {
			err, d := runOnPipe(t, context.Background(), input, nil)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			t.Logf("64 KB of %s, then ctrl+c: Run returned after %v", name, d.Round(time.Millisecond))
		})
	}
}

// BenchmarkInputFlood runs the guide on 64 KB of input and Ctrl+C, until Run returns
// (start-up included, about 5 ms). The goal is well under a second.
func BenchmarkInputFlood(b *testing.B) {
	for _, bc := range []struct{ name, input string }{{"letters", letterFlood}, {"text", textFlood}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if err, _ := runOnPipe(b, context.Background(), bc.input, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRunStopsWithTheCause cancels the context as a caller does on a signal: Run returns
// the cause.
func TestRunStopsWithTheCause(t *testing.T) {
	errSignal := errors.New("stopped by a test signal")
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(50*time.Millisecond, func() { cancel(errSignal) })
	err, _ := runOnPipe(t, ctx, "", nil)
	if !errors.Is(err, errSignal) {
		t.Errorf("Run returned %v, want the cause %v", err, errSignal)
	}
}

// TestRunReturnsPanic makes the model panic at the first key: Run returns a *PanicError.
func TestRunReturnsPanic(t *testing.T) {
	wrap := func(m tea.Model) tea.Model { return panicAtKey{m} }
	err, _ := runOnPipe(t, context.Background(), "x", wrap)
	var perr *PanicError
	if !errors.As(err, &perr) || perr.Value != "at a key" || !strings.Contains(string(perr.Stack), "panicAtKey") {
		t.Errorf("Run returned %v, want a *PanicError with the value and stack of the panic", err)
	}
}

type panicAtKey struct{ tea.Model }

func (m panicAtKey) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		panic("at a key")
	}
	next, cmd := m.Model.Update(msg)
	return panicAtKey{next}, cmd
}
