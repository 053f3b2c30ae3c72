package tui

import (
	tea "charm.land/bubbletea/v2"

	"helseguide/content"
	"helseguide/i18n"
)

// pickerPage is the language picker. Each language is offered in its own words (its
// native name, its own "Choose your language" and its review status), so that a person
// who reads only that language recognises it. The locale's language comes first and is
// selected.
type pickerPage struct {
	list    optionList
	choices []content.LanguageChoice
	home    int // the option selected when the picker opened
}

// newPickerPage lists the guide's languages with first (the locale's match) on top, and
// selects current.
func newPickerPage(c ctx, first, current string) pickerPage {
	p := pickerPage{choices: c.g.LanguageChoices(first, c.now)}
	p.list.cursor = 0
	for i, ch := range p.choices {
		if ch.Code == current {
			p.list.cursor = i
		}
	}
	p.list.follow = true
	p.home = p.list.cursor
	return p
}

func (p pickerPage) title(c ctx) string {
	// The prompt in the selected language and, when that is another, in the source one.
	s := c.text("ui.choose_language")
	if c.lang != c.g.SourceLanguage {
		s += " · " + c.g.Text(c.g.SourceLanguage, "ui.choose_language", c.now, nil)
	}
	return "helseguide · " + s
}

func (p pickerPage) hasCrumbs() bool { return false }

func (p pickerPage) layout(c ctx, w, h int) page {
	opts := func() []option {
		opts := make([]option, len(p.choices))
		for i, ch := range p.choices {
			opts[i] = option{main: i18n.NativeName(ch.Code) + " · " + ch.Prompt, sub: ch.Status}
		}
		return opts
	}
	p.list.build(c, func() []string { return nil }, opts, w, h)
	return p
}

func (p pickerPage) body() scroller { return p.list.scroller }

func (p pickerPage) enable(k *KeyMap) { p.list.enable(k) }

func (p pickerPage) update(msg tea.Msg, k KeyMap) (page, result) {
	i, moved := p.list.update(msg, k)
	return p.result(i, moved)
}

func (p pickerPage) click(line int) (page, result) {
	i := p.list.clicked(line)
	if i >= 0 {
		p.list.cursor = i
	}
	return p.result(i, false)
}

func (p pickerPage) result(i int, moved bool) (page, result) {
	switch {
	case i >= 0 && i < len(p.choices):
		return p, result{kind: choseLang, lang: p.choices[i].Code}
	case moved:
		return p, result{kind: changed}
	}
	return p, result{}
}
