package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"helseguide/i18n"
)

// KeyMap lists the guide's keys. Letters are never the only way to do something: they do
// not work on Cyrillic or Arabic keyboard layouts. Digits of any script choose options
// (see digitOf), 0 opens the emergency screen.
type KeyMap struct {
	Up        key.Binding
	Down      key.Binding
	Choose    key.Binding // shown only: digits are matched by digitOf
	Select    key.Binding
	Back      key.Binding
	Emergency key.Binding
	Restart   key.Binding
	Scroll    key.Binding
	PageUp    key.Binding
	PageDown  key.Binding
	Help      key.Binding
	Quit      key.Binding
}

// DefaultKeyMap returns the keys with help texts in the current language; text looks a
// UI string up by key.
func DefaultKeyMap(text func(string) string) KeyMap {
	return KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "shift+tab"), key.WithHelp("↑/↓", text("ui.select"))),
		Down:      key.NewBinding(key.WithKeys("down", "tab"), key.WithHelp("↓", text("ui.select"))),
		Choose:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", text("ui.select"))),
		Select:    key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", text("ui.select"))),
		Back:      key.NewBinding(key.WithKeys("esc", "backspace", "left"), key.WithHelp("esc", text("ui.back"))),
		Emergency: key.NewBinding(key.WithKeys("0", "f2"), key.WithHelp("0", text("ui.emergency_title"))),
		Restart:   key.NewBinding(key.WithKeys("f5", "ctrl+r"), key.WithHelp("f5", text("ui.restart"))),
		Scroll:    key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", text("ui.scroll"))),
		PageUp:    key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", text("ui.scroll"))),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn", text("ui.scroll"))),
		Help:      key.NewBinding(key.WithKeys("f1", "?"), key.WithHelp("f1/?", text("ui.help"))),
		Quit:      key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", text("ui.quit"))),
	}
}

// questionKeys are shown on the picker and question screens.
type questionKeys struct{ k *KeyMap }

func (q questionKeys) ShortHelp() []key.Binding {
	return []key.Binding{q.k.Choose, q.k.Emergency, q.k.Back, q.k.Help, q.k.Quit}
}

func (q questionKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{q.k.Choose, q.k.Up, q.k.Select}, {q.k.Back, q.k.Emergency, q.k.Restart}, {q.k.Help, q.k.Quit}}
}

// answerKeys are shown on the answer screen.
type answerKeys struct{ k *KeyMap }

func (a answerKeys) ShortHelp() []key.Binding {
	return []key.Binding{a.k.Emergency, a.k.Scroll, a.k.Back, a.k.Restart, a.k.Help, a.k.Quit}
}

func (a answerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{a.k.Scroll, a.k.PageUp, a.k.PageDown}, {a.k.Back, a.k.Restart, a.k.Emergency}, {a.k.Help, a.k.Quit}}
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

// IgnoresKey reports whether msg is a key the guide does nothing with on any screen: no
// digit, no binding of its KeyMap, none of the answer's scroll keys. Run's guard drops
// such keys before Update and draws nothing for them, so that a flood of them (64 KB of
// pasted text, a key held down) costs almost nothing. It errs towards false: a key it
// does not ignore may still change nothing on the current screen.
func (m Model) IgnoresKey(msg tea.KeyPressMsg) bool {
	if _, ok := digitOf(msg); ok {
		return false
	}
	k, vk := m.keys, m.vp.KeyMap
	return !key.Matches(msg, k.Up, k.Down, k.Select, k.Back, k.Emergency, k.Restart, k.Scroll,
		k.PageUp, k.PageDown, k.Help, k.Quit,
		vk.Up, vk.Down, vk.PageUp, vk.PageDown, vk.HalfPageUp, vk.HalfPageDown, vk.Left, vk.Right)
}
