package tui

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A kiosk (Options.Kiosk) stands unattended in a reception centre or a library. No key
// quits it but the operator's chord; a signal does. When no one has touched it for its
// idle time, it asks "still there?" with a countdown; any input cancels the countdown.
// When the countdown runs out, or someone presses F6 (next person), it wipes everything:
// a new session, no answer, no breadcrumb, nothing rendered kept, the screen and its
// scrollback cleared, and the language picker with the locale's language selected.
//
// The timer is one tea.Tick at a time, read against an injected clock, so that a test
// can drive it with a fake clock by sending idleTickMsg: input only moves lastInput,
// and the tick on its way, when it arrives early, sends itself again for the time left.

// DefaultIdle is how long a kiosk waits without input before it asks "still there?".
const DefaultIdle = 2 * time.Minute

// DefaultCountdown is how long the "still there?" screen waits before the kiosk wipes
// everything.
const DefaultCountdown = 20 * time.Second

// wipeScreen clears the screen (CSI 2J) and the scrollback (CSI 3J) and puts the cursor
// home. The renderer then draws the whole new frame (tea.ClearScreen).
const wipeScreen = ansi.EraseEntireScreen + ansi.EraseEntireDisplay + ansi.CursorHomePosition

// idleTickMsg is the kiosk's timer.
type idleTickMsg struct{}

// inputSeenMsg tells the model that input arrived which Run's guard dropped (keys the
// guide ignores, or input beyond a frame's budget): someone is there all the same.
type inputSeenMsg struct{}

// kiosk is the state of a kiosk's idle timer; the zero value is no kiosk.
type kiosk struct {
	on        bool
	idle      time.Duration
	countdown time.Duration
	clock     func() time.Time
	lastInput time.Time
	tickAt    time.Time // when the tick on its way arrives; zero when none is
	endsAt    time.Time // when the countdown ends; zero when none runs
}

func newKiosk(opts Options) kiosk {
	k := kiosk{on: true, idle: opts.Idle, countdown: opts.Countdown, clock: opts.Clock}
	if k.idle <= 0 {
		k.idle = DefaultIdle
	}
	if k.countdown <= 0 {
		k.countdown = DefaultCountdown
	}
	k.countdown = min(k.countdown, k.idle)
	if k.clock == nil {
		k.clock = time.Now
	}
	k.lastInput = k.clock()
	k.tickAt = k.lastInput.Add(k.idle) // Init sends it
	return k
}

// counting reports whether the "still there?" countdown runs.
func (k *kiosk) counting() bool { return !k.endsAt.IsZero() }

// tickCmd is the tick for tickAt.
func (k *kiosk) tickCmd() tea.Cmd {
	return tea.Tick(max(k.tickAt.Sub(k.clock()), 0), func(time.Time) tea.Msg { return idleTickMsg{} })
}

// schedule sends a tick to arrive at at, unless one is on its way already (it arrives no
// later: lastInput only grows, and the countdown's ticks come every second).
func (k *kiosk) schedule(at time.Time) tea.Cmd {
	if !k.on || !k.tickAt.IsZero() {
		return nil
	}
	k.tickAt = at
	return k.tickCmd()
}

// secondsLeft is the countdown's whole seconds still to go, rounded up.
func secondsLeft(d time.Duration) int {
	return int(math.Ceil(d.Seconds()))
}

// nextSecond is when the countdown ending at end shows one second less than at now.
func nextSecond(now, end time.Time) time.Time {
	left := end.Sub(now)
	return now.Add(left - time.Duration(secondsLeft(left)-1)*time.Second)
}

// idleTick handles the kiosk's tick: the countdown goes on or, run out, wipes
// everything; else, idle long enough with something to wipe, the countdown starts; else
// the tick is sent again for when the idle time will be up.
func (m *Model) idleTick() tea.Cmd {
	k := &m.kiosk
	if !k.on {
		return nil
	}
	k.tickAt = time.Time{}
	now := k.clock()
	if k.counting() {
		if !now.Before(k.endsAt) {
			return m.wipe()
		}
		if p, ok := m.overlay.(stillTherePage); ok {
			p.seconds = secondsLeft(k.endsAt.Sub(now))
			m.overlay = p
			m.relayout()
		}
		return k.schedule(nextSecond(now, k.endsAt))
	}
	if due := k.lastInput.Add(k.idle); now.Before(due) {
		return k.schedule(due)
	}
	if m.pristine() {
		// Nothing to wipe: the screen is as the last person found it.
		k.lastInput = now
		return k.schedule(now.Add(k.idle))
	}
	k.endsAt = now.Add(k.countdown)
	m.overlay = stillTherePage{under: m.overlay, seconds: secondsLeft(k.countdown)}
	m.relayout()
	return k.schedule(nextSecond(now, k.endsAt))
}

// stayed handles input during the countdown: someone is there. F6 (next person) wipes at
// once; any other input cancels the countdown and is not taken further, except the
// emergency key, which also opens the emergency screen.
func (m Model) stayed(msg tea.Msg) (tea.Model, tea.Cmd) {
	if kp, ok := msg.(tea.KeyPressMsg); ok && m.keys.NextPerson.Enabled() && keyIs(kp, m.keys.NextPerson) {
		return m, m.wipe()
	}
	k := &m.kiosk
	k.endsAt = time.Time{}
	k.lastInput = k.clock()
	if p, ok := m.overlay.(stillTherePage); ok {
		m.overlay = p.under
	}
	if kp, ok := msg.(tea.KeyPressMsg); ok && m.keys.isEmergency(kp) {
		m.overlay = emergencyPage{}
	}
	m.relayout()
	return m, nil
}

// keyIs reports whether msg is one of b's keys, enabled or not.
func keyIs(msg tea.KeyPressMsg, b interface{ Keys() []string }) bool {
	return slices.Contains(b.Keys(), msg.String())
}

// wipe forgets everything of the walk and clears the screen and its scrollback, so that
// nothing is left to scroll back to, and starts again as at the start of the program.
func (m *Model) wipe() tea.Cmd {
	m.start()
	k := &m.kiosk
	k.endsAt = time.Time{}
	k.lastInput = k.clock()
	m.relayout()
	return tea.Batch(tea.Sequence(tea.Raw(wipeScreen), tea.ClearScreen), k.schedule(k.lastInput.Add(k.idle)))
}

// pristine reports whether the guide is as a walk starts: nothing chosen or remembered,
// nothing open over the page, the starting language, and the first screen unmoved. There
// is then nothing to wipe.
func (m *Model) pristine() bool {
	if m.overlay != nil || !m.s.Untouched() || m.sideBySide != m.sideBySideStart || m.s.Lang() != m.startLang() {
		return false
	}
	switch p := m.page.(type) {
	case pickerPage:
		return !m.langFixed && p.list.cursor == p.home && !p.list.scrolled()
	case questionPage:
		return m.langFixed && p.list.cursor < 0 && !p.list.scrolled()
	}
	return false
}

// modifierNames are the modifiers of a quit chord, in the order Bubble Tea writes them.
var modifierNames = []string{"ctrl", "alt", "shift", "meta", "hyper", "super"}

// namedKeys are the keys of a quit chord that have names.
var namedKeys = func() map[string]bool {
	set := map[string]bool{"enter": true, "tab": true, "backspace": true, "esc": true, "space": true,
		"up": true, "down": true, "left": true, "right": true, "insert": true, "delete": true,
		"home": true, "end": true, "pgup": true, "pgdown": true}
	for i := 1; i <= 20; i++ {
		set[fmt.Sprintf("f%d", i)] = true
	}
	return set
}()

// kioskKeys are the keys a passer-by presses to stop a program; a kiosk ignores them, so
// they cannot be its quit chord.
var kioskKeys = []string{"ctrl+c", "ctrl+\\", "ctrl+z", "ctrl+d"}

// ParseQuitKey checks an operator's quit chord such as "ctrl+alt+q" and returns it as
// Bubble Tea names the key press ("ctrl+alt+q": modifiers in the order ctrl, alt, shift,
// meta, hyper, super). The chord needs at least one modifier other than shift, so that no
// single key ends a kiosk, and may not be one of the keys a kiosk ignores (ctrl+c,
// ctrl+\, ctrl+z, ctrl+d).
func ParseQuitKey(s string) (string, error) {
	const example = "e.g. ctrl+alt+q"
	parts := strings.Split(strings.ToLower(strings.TrimSpace(s)), "+")
	if len(parts) < 2 {
		return "", fmt.Errorf("quit key %q is not a chord: give modifiers and a key, %s", s, example)
	}
	name := parts[len(parts)-1]
	mods := map[string]bool{}
	for _, p := range parts[:len(parts)-1] {
		if !slices.Contains(modifierNames, p) {
			return "", fmt.Errorf("quit key %q: unknown modifier %q: use %s (%s)", s, p, strings.Join(modifierNames, ", "), example)
		}
		if mods[p] {
			return "", fmt.Errorf("quit key %q names %s twice", s, p)
		}
		mods[p] = true
	}
	if !namedKeys[name] && (utf8.RuneCountInString(name) != 1 || !isChordRune(name)) {
		return "", fmt.Errorf("quit key %q: %q is not a key: use one letter, digit or sign, or f1-f20, esc, enter, tab, space, delete … (%s)", s, name, example)
	}
	if len(mods) == 0 || (len(mods) == 1 && mods["shift"]) {
		return "", fmt.Errorf("quit key %q needs ctrl, alt, meta, hyper or super, so that no single key ends the kiosk (%s)", s, example)
	}
	var b strings.Builder
	for _, mod := range modifierNames {
		if mods[mod] {
			b.WriteString(mod + "+")
		}
	}
	b.WriteString(name)
	chord := b.String()
	if slices.Contains(kioskKeys, chord) {
		return "", errors.New("quit key " + chord + " is one of the keys a kiosk ignores (ctrl+c, ctrl+\\, ctrl+z, ctrl+d): choose another, " + example)
	}
	return chord, nil
}

// isChordRune reports whether a one-character key name is a printable ASCII character
// other than space: what a chord of Bubble Tea names by its base key.
func isChordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r > ' ' && r < 0x7f
}
