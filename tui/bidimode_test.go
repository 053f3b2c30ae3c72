package tui

import (
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/i18n"
)

// runCmds runs cmd and the commands of the batches and sequences it returns, and returns
// their messages in order (a batch's in the order of its commands).
func runCmds(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	v := reflect.ValueOf(msg)
	if v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		var out []tea.Msg
		for i := range v.Len() {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out = append(out, runCmds(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// raws returns what the messages write to the terminal as they are (tea.Raw).
func raws(msgs []tea.Msg) []string {
	var out []string
	for _, m := range msgs {
		if r, ok := m.(tea.RawMsg); ok {
			out = append(out, r.Msg.(string))
		}
	}
	return out
}

func TestBidiInit(t *testing.T) {
	for _, tt := range []struct {
		mode    i18n.BidiMode
		raw     []string
		timeout bool
		owed    bool
	}{
		{i18n.BidiApp, []string{"\x1b[8l"}, false, true},
		{i18n.BidiTerminal, nil, false, false},
		{i18n.BidiAuto, []string{"\x1b[8$p\x1b[8l"}, true, true},
	} {
		m := New(Options{Guide: testGuide(t), Lang: "ar", Now: func() time.Time { return testNow }, Bidi: tt.mode})
		msgs := runCmds(m.Init())
		if got := raws(msgs); !reflect.DeepEqual(got, tt.raw) {
			t.Errorf("%v: Init writes %q, want %q", tt.mode, got, tt.raw)
		}
		timeout := false
		for _, msg := range msgs {
			_, ok := msg.(bidiTimeoutMsg)
			timeout = timeout || ok
		}
		if timeout != tt.timeout {
			t.Errorf("%v: Init waits for the answer %v, want %v", tt.mode, timeout, tt.timeout)
		}
		if got := m.bdsm.owed.Load(); got != tt.owed {
			t.Errorf("%v: CSI 8 h owed at the end %v, want %v", tt.mode, got, tt.owed)
		}
	}
}

// TestBidiAutoAnswers gives the guide, started with --bidi auto, the terminal's answers
// about BDSM, in time or late: only "set" in time switches to the logical layout, gives
// the terminal its reordering back at once and redraws the screen; CSI 8 h is owed at the
// end unless the terminal said BDSM was reset or it was given back already.
func TestBidiAutoAnswers(t *testing.T) {
	report := func(v ansi.ModeSetting) tea.Msg {
		return tea.ModeReportMsg{Mode: ansi.ModeBiDirectionalSupport, Value: v}
	}
	for _, tt := range []struct {
		name   string
		mode   i18n.BidiMode
		msgs   []tea.Msg
		layout i18n.BidiMode
		raw    []string
		owed   bool
	}{
		{"set", i18n.BidiAuto, []tea.Msg{report(ansi.ModeSet)}, i18n.BidiTerminal, []string{"\x1b[8h"}, false},
		{"permanently set", i18n.BidiAuto, []tea.Msg{report(ansi.ModePermanentlySet)}, i18n.BidiTerminal, []string{"\x1b[8h"}, false},
		{"reset", i18n.BidiAuto, []tea.Msg{report(ansi.ModeReset)}, i18n.BidiApp, nil, false},
		{"not recognized", i18n.BidiAuto, []tea.Msg{report(ansi.ModeNotRecognized)}, i18n.BidiApp, nil, true},
		{"permanently reset", i18n.BidiAuto, []tea.Msg{report(ansi.ModePermanentlyReset)}, i18n.BidiApp, nil, false},
		{"no answer", i18n.BidiAuto, []tea.Msg{bidiTimeoutMsg{}}, i18n.BidiApp, nil, true},
		{"set, too late", i18n.BidiAuto, []tea.Msg{bidiTimeoutMsg{}, report(ansi.ModeSet)}, i18n.BidiApp, nil, true},
		{"reset, too late", i18n.BidiAuto, []tea.Msg{bidiTimeoutMsg{}, report(ansi.ModeReset)}, i18n.BidiApp, nil, false},
		{"another mode", i18n.BidiAuto, []tea.Msg{tea.ModeReportMsg{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeSet}}, i18n.BidiApp, nil, true},
		{"not asked (app)", i18n.BidiApp, []tea.Msg{report(ansi.ModeSet)}, i18n.BidiApp, nil, true},
		{"not asked (terminal)", i18n.BidiTerminal, []tea.Msg{report(ansi.ModeReset)}, i18n.BidiTerminal, nil, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := New(Options{Guide: testGuide(t), Lang: "ar", Now: func() time.Time { return testNow }, Bidi: tt.mode})
			runCmds(m.Init())
			m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
			var out []tea.Msg
			for _, msg := range tt.msgs {
				next, cmd := m.Update(msg)
				m = next.(Model)
				out = append(out, runCmds(cmd)...)
			}
			if m.bidi != tt.layout {
				t.Errorf("layout %v, want %v", m.bidi, tt.layout)
			}
			if got := raws(out); !reflect.DeepEqual(got, tt.raw) {
				t.Errorf("writes %q, want %q", got, tt.raw)
			}
			redrawn := false
			for _, msg := range out {
				redrawn = redrawn || reflect.TypeOf(msg) == reflect.TypeOf(tea.ClearScreen())
			}
			if redrawn != (tt.raw != nil) {
				t.Errorf("screen cleared for a redraw: %v, want %v", redrawn, tt.raw != nil)
			}
			if got := m.bdsm.owed.Load(); got != tt.owed {
				t.Errorf("CSI 8 h owed at the end %v, want %v", got, tt.owed)
			}
			// The frame is in the order of the layout: the question in logical order for
			// the terminal, in visual order for the app.
			question := m.text("question.emergency")
			first := strings.Fields(question)[0]
			if tt.layout == i18n.BidiApp {
				first, _ = visualLine(first, i18n.RightToLeft)
			}
			if !strings.Contains(screenText(m), first) {
				t.Errorf("the screen does not hold %q in the %v layout:\n%s", first, tt.layout, screenText(m))
			}
			checkFrame(t, m, tt.name)
		})
	}
}

// fakeTerminal is a terminal for Run: what the guide writes is kept, and when it asks
// about BDSM the terminal answers with answer ("" for no answer), as a terminal would on
// its input.
type fakeTerminal struct {
	answer string
	in     *io.PipeReader
	keys   *io.PipeWriter

	mu       sync.Mutex
	out      strings.Builder
	answered bool
}

func newFakeTerminal(answer string) *fakeTerminal {
	r, w := io.Pipe()
	return &fakeTerminal{answer: answer, in: r, keys: w}
}

func (f *fakeTerminal) Write(p []byte) (int, error) {
	f.mu.Lock()
	f.out.Write(p)
	ask := !f.answered && f.answer != "" && strings.Contains(f.out.String(), i18n.BidiQuery)
	f.answered = f.answered || ask
	f.mu.Unlock()
	if ask {
		go func() { _, _ = io.WriteString(f.keys, f.answer) }()
	}
	return len(p), nil
}

func (f *fakeTerminal) output() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.out.String()
}

// waitOutput waits until the guide has written want.
func (f *fakeTerminal) waitOutput(t *testing.T, want string) {
	t.Helper()
	for start := time.Now(); !strings.Contains(f.output(), want); {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("waited 5 s for %q; the guide wrote %q", want, f.output())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// lastView keeps the frames the guide draws, for a test to read the last one. A pipe has
// no size: it makes the guide's terminal 80x24.
type lastView struct {
	tea.Model
	mu    *sync.Mutex
	frame *string
}

func (v lastView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		msg = tea.WindowSizeMsg{Width: 80, Height: 24}
	}
	next, cmd := v.Model.Update(msg)
	v.Model = next
	return v, cmd
}

func (v lastView) View() tea.View {
	view := v.Model.View()
	v.mu.Lock()
	*v.frame = ansi.Strip(view.Content)
	v.mu.Unlock()
	return view
}

// bdsmSequences lists the BDSM sequences in s, in order.
func bdsmSequences(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		for _, seq := range []string{i18n.BidiQuery, i18n.BidiExplicit, i18n.BidiImplicit} {
			if strings.HasPrefix(s[i:], seq) {
				out = append(out, seq)
			}
		}
	}
	return out
}

// TestRunBidiOnFakeTerminals runs the guide in Arabic on a fake terminal that answers the
// question about BDSM, or does not, and ends it each way it can end: the BDSM sequences
// come in the right order, CSI 8 h last when it is owed, and the last frame is in the
// layout the answer asks for.
func TestRunBidiOnFakeTerminals(t *testing.T) {
	q, l, h := i18n.BidiQuery, i18n.BidiExplicit, i18n.BidiImplicit
	errSignal := errors.New("stopped by a test signal")
	for _, tt := range []struct {
		name   string
		mode   i18n.BidiMode
		answer string // the terminal's answer to DECRQM for BDSM
		end    string // "quit", "signal" or "panic"
		want   []string
		layout i18n.BidiMode
	}{
		{"auto, terminal reorders", i18n.BidiAuto, "\x1b[8;1$y", "quit", []string{q, l, h}, i18n.BidiTerminal},
		{"auto, terminal does not reorder", i18n.BidiAuto, "\x1b[8;2$y", "quit", []string{q, l}, i18n.BidiApp},
		{"auto, terminal does not know BDSM", i18n.BidiAuto, "\x1b[8;0$y", "quit", []string{q, l, h}, i18n.BidiApp},
		{"auto, no answer", i18n.BidiAuto, "", "quit", []string{q, l, h}, i18n.BidiApp},
		{"auto, no answer, signal", i18n.BidiAuto, "", "signal", []string{q, l, h}, i18n.BidiApp},
		{"auto, no answer, panic", i18n.BidiAuto, "", "panic", []string{q, l, h}, i18n.BidiApp},
		{"app", i18n.BidiApp, "\x1b[8;1$y", "quit", []string{l, h}, i18n.BidiApp},
		{"app, signal", i18n.BidiApp, "", "signal", []string{l, h}, i18n.BidiApp},
		{"terminal", i18n.BidiTerminal, "\x1b[8;1$y", "quit", nil, i18n.BidiTerminal},
	} {
		t.Run(tt.name, func(t *testing.T) {
			term := newFakeTerminal(tt.answer)
			var mu sync.Mutex
			var frame string
			wrap := func(m tea.Model) tea.Model {
				m = lastView{Model: m, mu: &mu, frame: &frame}
				if tt.end == "panic" {
					m = panicAtKey{m}
				}
				return m
			}
			ctx, cancel := context.WithCancelCause(context.Background())
			defer cancel(nil)
			opts := Options{Guide: testGuide(t), Lang: "ar", Now: func() time.Time { return testNow }, NoColor: true, Bidi: tt.mode}
			done := make(chan error, 1)
			go func() {
				done <- Run(ctx, opts, Terminal{In: term.in, Out: term, Environ: []string{"TERM=xterm-256color"}, Wrap: wrap})
			}()
			switch {
			case tt.mode == i18n.BidiAuto && tt.answer != "":
				term.waitOutput(t, i18n.BidiQuery)
			case tt.mode == i18n.BidiAuto:
				time.Sleep(bidiTimeout + 50*time.Millisecond) // past the wait for an answer
			}
			if tt.layout == i18n.BidiTerminal && tt.mode == i18n.BidiAuto {
				term.waitOutput(t, i18n.BidiImplicit)
			}
			time.Sleep(50 * time.Millisecond) // a frame or two
			switch tt.end {
			case "quit":
				_, _ = io.WriteString(term.keys, "\x03")
			case "signal":
				cancel(errSignal)
			case "panic":
				_, _ = io.WriteString(term.keys, "x")
			}
			var err error
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("the guide did not end within 5 s")
			}
			var perr *PanicError
			switch {
			case tt.end == "quit" && err != nil, tt.end == "signal" && !errors.Is(err, errSignal), tt.end == "panic" && !errors.As(err, &perr):
				t.Errorf("Run returned %v after %s", err, tt.end)
			}
			out := term.output()
			if got := bdsmSequences(out); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("BDSM sequences %q, want %q", got, tt.want)
			}
			// CSI 8 h owed at the end comes after everything else (in the logical layout it
			// was sent when the terminal answered).
			if len(tt.want) > 0 && tt.want[len(tt.want)-1] == h && tt.layout == i18n.BidiApp {
				if !strings.HasSuffix(out, h) {
					t.Errorf("CSI 8 h is not the last thing written: %q", out[max(len(out)-60, 0):])
				}
			}
			mu.Lock()
			last := frame
			mu.Unlock()
			word := strings.Fields(opts.Guide.Text("ar", "question.emergency", testNow, nil))[0]
			if tt.layout == i18n.BidiApp {
				word, _ = visualLine(word, i18n.RightToLeft)
			}
			if !strings.Contains(last, word) {
				t.Errorf("the last frame is not in the %v layout (no %q):\n%s", tt.layout, word, last)
			}
		})
	}
}
