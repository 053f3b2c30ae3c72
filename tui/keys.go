package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"helseguide/i18n"
)

// KeyMap lists every key of the guide, once. Each screen enables the bindings that work on
// it and disables the others (see Model.enableKeys), so the help line, made from the
// enabled bindings, lists exactly the keys that work. Letters are never the only way to do
// something: they differ on Cyrillic and Arabic keyboard layouts.
type KeyMap struct {
	// Choose chooses an option by its number: a digit of any script (see digitOf); its
	// keys are the ASCII digits of the options shown.
	Choose key.Binding
	// Up and Down move the selection; Select takes the selected option.
	Up, Down, Select key.Binding
	// ScrollUp, ScrollDown, PageUp and PageDown scroll a text longer than the screen.
	ScrollUp, ScrollDown, PageUp, PageDown key.Binding
	// Back goes back one question (from the first one to the language picker). Esc
	// pressed twice in a hurry can reach the program as one alt+esc: that goes back one.
	Back key.Binding
	// Close closes the help or emergency screen.
	Close key.Binding
	// Emergency opens the emergency screen, from anywhere.
	Emergency key.Binding
	// Restart forgets every answer and starts again.
	Restart key.Binding
	// TwoLanguages shows the answer in a second language beside it, or hides it again.
	TwoLanguages key.Binding
	// Slip shows the take-away slip of the answer.
	Slip key.Binding
	// Print gives the slip to the printer command (--print-cmd), when there is one.
	Print key.Binding
	// NextPerson wipes every answer, the screen and its scrollback, and starts again at
	// the language picker: the kiosk's way to start again (--kiosk).
	NextPerson key.Binding
	// Help opens the help screen.
	Help key.Binding
	// Quit ends the program (not in a kiosk).
	Quit key.Binding
	// OperatorQuit is the operator's chord that ends a kiosk (--quit-key). It has no keys
	// unless one is given, and it is never shown: it is not for the people at the screen.
	OperatorQuit key.Binding
}

// DefaultKeyMap returns the keys with help texts in the current language; text looks up a
// UI string by key. All bindings start enabled; Model.enableKeys sets them per screen.
func DefaultKeyMap(text func(string) string) KeyMap {
	choose, back, scroll := text("ui.select"), text("ui.back"), text("ui.scroll")
	return KeyMap{
		Choose:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", choose)),
		Up:         key.NewBinding(key.WithKeys("up", "shift+tab"), key.WithHelp("↑", choose)),
		Down:       key.NewBinding(key.WithKeys("down", "tab"), key.WithHelp("↓", choose)),
		Select:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", choose)),
		ScrollUp:   key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", scroll)),
		ScrollDown: key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", scroll)),
		PageUp:     key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", scroll)),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn", scroll)),
		Back:       key.NewBinding(key.WithKeys("esc", "alt+esc", "backspace", "left"), key.WithHelp("esc", back)),
		Close:      key.NewBinding(key.WithKeys("esc", "alt+esc", "backspace", "left"), key.WithHelp("esc", back)),
		Emergency:  key.NewBinding(key.WithKeys("0", "f2"), key.WithHelp("0", text("ui.emergency_title"))),
		Restart:    key.NewBinding(key.WithKeys("f5", "ctrl+r"), key.WithHelp("f5", text("ui.restart"))),
		Help:       key.NewBinding(key.WithKeys("f1", "?"), key.WithHelp("f1/?", text("ui.help"))),
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", text("ui.quit"))),
		// Function keys, not letters: they are the same on every keyboard layout.
		TwoLanguages: key.NewBinding(key.WithKeys("f3"), key.WithHelp("f3", text("ui.two_languages"))),
		Slip:         key.NewBinding(key.WithKeys("f4"), key.WithHelp("f4", text("ui.slip"))),
		NextPerson:   key.NewBinding(key.WithKeys("f6"), key.WithHelp("f6", text("ui.next_person"))),
		Print:        key.NewBinding(key.WithKeys("f8"), key.WithHelp("f8", text("ui.print"))),
		OperatorQuit: key.NewBinding(),
	}
}

// all returns pointers to every binding, to enable or disable them together.
func (k *KeyMap) all() []*key.Binding {
	return []*key.Binding{&k.Choose, &k.Up, &k.Down, &k.Select, &k.ScrollUp, &k.ScrollDown,
		&k.PageUp, &k.PageDown, &k.Back, &k.Close, &k.Emergency, &k.Restart, &k.TwoLanguages,
		&k.Slip, &k.Print, &k.NextPerson, &k.Help, &k.Quit, &k.OperatorQuit}
}

// disableAll disables every binding; screens then enable theirs.
func (k *KeyMap) disableAll() {
	for _, b := range k.all() {
		b.SetEnabled(false)
	}
}

// setOptions makes Choose stand for the digits of n options (at most 9: a tenth option is
// chosen with the arrows or the mouse).
func (k *KeyMap) setOptions(n int) {
	n = min(n, 9)
	if n < 1 {
		k.Choose.SetEnabled(false)
		return
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprint(i + 1)
	}
	k.Choose.SetKeys(keys...)
	h := k.Choose.Help()
	if n == 1 {
		k.Choose.SetHelp("1", h.Desc)
	} else {
		k.Choose.SetHelp(fmt.Sprintf("1-%d", n), h.Desc)
	}
}

// ShortHelp returns the bindings of the help line, in order; disabled ones are left out
// by the help bubble.
func (k KeyMap) ShortHelp() []key.Binding {
	scroll := k.ScrollDown
	if !scroll.Enabled() {
		scroll = k.ScrollUp // at the end of a text: the way back up
	}
	return []key.Binding{k.Choose, scroll, k.Emergency, k.NextPerson, k.Back, k.Close, k.Help,
		k.TwoLanguages, k.Slip, k.Print, k.Restart, k.Quit}
}

// FullHelp returns the bindings of the help screen, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Choose, k.Up, k.Down, k.Select},
		{k.ScrollUp, k.ScrollDown, k.PageUp, k.PageDown},
		{k.Back, k.Close, k.Emergency, k.Restart},
		{k.TwoLanguages, k.Slip, k.Print, k.NextPerson},
		{k.Help, k.Quit},
	}
}

// digitOf returns the value of a key that is a single decimal digit of any script (ASCII,
// Arabic-Indic, Persian, Devanagari, fullwidth …), and false for any other key.
func digitOf(msg tea.KeyPressMsg) (int, bool) {
	if msg.Mod != 0 && msg.Mod != tea.ModShift {
		return 0, false
	}
	r := []rune(msg.Text)
	if len(r) != 1 {
		return 0, false
	}
	return i18n.DecimalDigit(r[0])
}

// choice returns the option (0-based) that a key chooses when Choose is enabled for n
// options: a digit of any script from 1 to min(n, 9).
func (k KeyMap) choice(msg tea.KeyPressMsg, n int) (int, bool) {
	if !k.Choose.Enabled() {
		return 0, false
	}
	d, ok := digitOf(msg)
	if !ok || d < 1 || d > min(n, 9) {
		return 0, false
	}
	return d - 1, true
}

// isEmergency reports whether a key opens the emergency screen: 0 of any script, or F2.
func (k KeyMap) isEmergency(msg tea.KeyPressMsg) bool {
	if !k.Emergency.Enabled() {
		return false
	}
	if d, ok := digitOf(msg); ok && d == 0 {
		return true
	}
	return key.Matches(msg, k.Emergency)
}

// shortHelp renders the enabled bindings as one help line no wider than w: "1-2 Choose •
// 0 Emergency • …". It is the help bubble's short view, except that a line that does not
// fit always ends in "…" within w (help.Model.ShortHelpView adds the next item anyway
// when the "…" itself does not fit, which overflows the line).
func shortHelp(st help.Styles, bindings []key.Binding, w int) string {
	const sep, more = " • ", " …"
	keyP, descP, sepP := paintOf(st.ShortKey), paintOf(st.ShortDesc), paintOf(st.ShortSeparator)
	var b strings.Builder
	used := 0
	for _, kb := range bindings {
		if !kb.Enabled() {
			continue
		}
		item := kb.Help().Key + " " + kb.Help().Desc
		s := item
		if used > 0 {
			s = sep + item
		}
		if used+width(s) > w {
			if used+width(more) <= w {
				b.WriteString(paintOf(st.Ellipsis).paint(more))
			}
			break
		}
		if used > 0 {
			b.WriteString(sepP.paint(sep))
		}
		b.WriteString(keyP.paint(kb.Help().Key) + " " + descP.paint(kb.Help().Desc))
		used += width(s)
	}
	return b.String()
}

// IgnoresKey reports whether msg is a key the guide does nothing with on any screen: no
// digit, and none of the keys of any binding of its KeyMap, enabled on this screen or not.
// Run's guard drops such keys before Update and draws nothing for them, so that a flood
// of them (64 KB of pasted text, a key held down) costs almost nothing. It errs towards
// false: a key it does not ignore may still change nothing on the current screen (and
// then Update lays nothing out either).
func (m Model) IgnoresKey(msg tea.KeyPressMsg) bool {
	if _, ok := digitOf(msg); ok {
		return false
	}
	s := msg.String()
	for _, b := range m.keys.all() {
		for _, k := range b.Keys() {
			if k == s {
				return false
			}
		}
	}
	return !boundKeys[s]
}

// boundKeys are the keys of every binding as DefaultKeyMap makes them.
var boundKeys = func() map[string]bool {
	set := map[string]bool{}
	k := DefaultKeyMap(func(string) string { return "" })
	for _, b := range k.all() {
		for _, name := range b.Keys() {
			set[name] = true
		}
	}
	return set
}()
