package tui

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"
)

// PanicError is what Run returns when the guide panicked: in Init, Update or View, or in
// a command. The terminal has been restored by then.
type PanicError struct {
	// Value is the value the code panicked with.
	Value any
	// Stack is the stack of the goroutine that panicked.
	Stack []byte
}

// Error returns the panic's value, as "panic: value".
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// guard wraps the guide's model while it runs on a terminal. It needs nothing of the
// model but tea.Model, so it holds whatever the screens become.
//
// Input can never freeze the guide. Bubble Tea handles one message at a time and calls
// the model's Update and then View for each; the guide's View takes about 300 µs and its
// Update about 100 µs (most of it copying its 22 KB value), so 64 KB of typed or pasted
// text kept it busy for about 20 seconds, and Ctrl+C waited behind it. The guard:
//
//   - draws the model's View at most once per frame: the terminal shows a new frame only
//     on the renderer's ticker anyway, so views computed in between were thrown away. A
//     window resize is drawn at once;
//   - drops, before Update, a key the model says it ignores (see keyIgnorer);
//   - tells the model, at most once a second, that input arrived which it dropped
//     (inputSeenMsg), so that a kiosk knows someone is there;
//   - lets input events (keys, mouse, paste, unknown sequences) use at most inputBudget
//     of each frame in Update, and drops further input in that frame, except Ctrl+C: no
//     person types that fast, and the guide has no text field to paste into.
//
// It also recovers a panic in the model's Init, Update or View, or in a command the model
// returned, and stops the program with a *PanicError as the cause, so that Bubble Tea
// restores the terminal. And it turns bracketed paste off in every view.
type guard struct {
	inner tea.Model
	frame time.Duration
	now   func() time.Time
	stop  func(error) // ends the program with the error as the cause; safe from any goroutine

	view       tea.View
	drawn      time.Time // when view was drawn
	dirty      bool      // a message reached the model after view was drawn
	drawNext   bool      // the next View call draws
	redrawSent bool      // a redrawMsg is on its way

	// ignores caches the model's IgnoresKey answers by key; it is valid while the model
	// gets no message, and emptied whenever it gets one.
	ignores map[tea.KeyPressMsg]bool

	window time.Time     // start of the frame in which input time is counted
	spent  time.Duration // time Update took for input in that frame

	failed bool // the model panicked: it gets no more messages

	seenAt time.Time // when the model last heard of dropped input (inputSeenMsg)
}

// seenEvery is how often, at most, the model hears that input arrived which the guard
// dropped: often enough for a kiosk's idle timer, rarely enough to cost nothing.
const seenEvery = time.Second

// dropped handles input the guard does not pass on: someone is there all the same, so
// the model hears of it as an inputSeenMsg, at most once per seenEvery.
func (g *guard) dropped(msg tea.Msg) (tea.Model, tea.Cmd) {
	if !isInput(msg) {
		return g, nil
	}
	now := g.now()
	if !g.seenAt.IsZero() && now.Sub(g.seenAt) < seenEvery {
		return g, nil
	}
	g.seenAt = now
	return g.Update(inputSeenMsg{})
}

// inputBudget is the share of each frame that Update may spend on input events; input
// beyond it waits for no one: it is dropped.
func (g *guard) inputBudget() time.Duration { return g.frame / 8 }

// redrawMsg asks the guard to draw what the messages of the last frame changed.
type redrawMsg struct{}

func newGuard(inner tea.Model, frame time.Duration, now func() time.Time, stop func(error)) *guard {
	return &guard{inner: inner, frame: frame, now: now, stop: stop, drawNext: true}
}

func (g *guard) Init() tea.Cmd {
	var cmd tea.Cmd
	g.call(func() { cmd = g.inner.Init() })
	return g.protect(cmd)
}

func (g *guard) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	g.drawNext = false
	if _, ok := msg.(redrawMsg); ok {
		g.redrawSent = false
		g.drawNext = g.dirty
		return g, nil
	}
	if g.failed {
		return g, nil
	}
	if g.ignored(msg) || g.overBudget(msg) {
		return g.dropped(msg)
	}
	var cmd tea.Cmd
	start := g.now()
	clear(g.ignores)
	if !g.call(func() { g.inner, cmd = g.inner.Update(msg) }) {
		return g, nil
	}
	if isInput(msg) {
		g.spent += g.now().Sub(start)
	}
	cmd = g.protect(cmd)
	g.dirty = true
	_, resized := msg.(tea.WindowSizeMsg)
	since := g.now().Sub(g.drawn)
	if resized || since >= g.frame {
		g.drawNext = true
		return g, cmd
	}
	if !g.redrawSent {
		g.redrawSent = true
		redraw := tea.Tick(g.frame-since, func(time.Time) tea.Msg { return redrawMsg{} })
		cmd = tea.Batch(cmd, redraw)
	}
	return g, cmd
}

func (g *guard) View() tea.View {
	if g.drawNext && !g.failed {
		var v tea.View
		if g.call(func() { v = g.inner.View() }) {
			g.view = v
		}
		g.view.DisableBracketedPasteMode = true
		g.drawn = g.now()
		g.dirty = false
		g.drawNext = false
	}
	return g.view
}

// keyIgnorer is implemented by a model that can tell cheaply that a key would change
// nothing, on any screen. A model need not implement it: the other limits still hold.
type keyIgnorer interface {
	IgnoresKey(tea.KeyPressMsg) bool
}

// ignored reports whether msg is a key the model ignores.
func (g *guard) ignored(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false
	}
	ki, ok := g.inner.(keyIgnorer)
	if !ok {
		return false
	}
	ignore, known := g.ignores[k]
	if !known {
		g.call(func() { ignore = ki.IgnoresKey(k) })
		if g.ignores == nil {
			g.ignores = map[tea.KeyPressMsg]bool{}
		}
		g.ignores[k] = ignore
	}
	return ignore || g.failed
}

// overBudget reports whether msg is input that arrives when this frame's input budget is
// spent. Ctrl+C is never over budget.
func (g *guard) overBudget(msg tea.Msg) bool {
	if !isInput(msg) {
		return false
	}
	if now := g.now(); now.Sub(g.window) >= g.frame {
		g.window, g.spent = now, 0
	}
	if g.spent < g.inputBudget() {
		return false
	}
	k, ok := msg.(tea.KeyPressMsg)
	return !ok || k.Keystroke() != "ctrl+c"
}

// inputPkg is the package of Bubble Tea's input decoder (tea.KeyMod is an alias of one of
// its types): input events Bubble Tea does not translate, such as unknown escape
// sequences, reach the model with that package's types.
var inputPkg = reflect.TypeFor[tea.KeyMod]().PkgPath()

// isInput reports whether msg comes from the terminal's input.
func isInput(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.KeyReleaseMsg, tea.MouseMsg, tea.PasteMsg, tea.PasteStartMsg, tea.PasteEndMsg:
		return true
	}
	t := reflect.TypeOf(msg)
	return t != nil && t.PkgPath() == inputPkg
}

// call runs f and reports whether it returned; a panic in f stops the program.
func (g *guard) call(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			g.failed = true
			g.stop(&PanicError{Value: r, Stack: debug.Stack()})
		}
	}()
	f()
	return true
}

// protect returns cmd so that a panic in it stops the program, and so do panics in the
// commands it returns in a batch or sequence.
func (g *guard) protect(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.stop(&PanicError{Value: r, Stack: debug.Stack()})
				msg = nil
			}
		}()
		return g.protectMsg(cmd())
	}
}

var cmdType = reflect.TypeFor[tea.Cmd]()

// protectMsg protects the commands inside a tea.BatchMsg or the message of tea.Sequence,
// which Bubble Tea runs in goroutines of its own. The latter's type is unexported: both
// are slices of tea.Cmd, so they are copied by reflection.
func (g *guard) protectMsg(msg tea.Msg) tea.Msg {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(g.protect(c)))
	}
	return out.Interface()
}
