package tui

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"helseguide/content"
)

// questionPage asks one question of the session. No option is selected on a new question;
// after Back or a click on a breadcrumb the earlier answer is.
type questionPage struct {
	list   optionList
	q      *content.Question
	number int // the question's place on the path, from 1
}

// newQuestionPage asks q, the number-th question of the path, with option earlier
// selected ("" for none).
func newQuestionPage(q *content.Question, number int, earlier string) questionPage {
	p := questionPage{q: q, number: number}
	p.list.cursor = slices.Index(q.Options, earlier)
	p.list.follow = true
	return p
}

func (p questionPage) title(c ctx) string {
	return "helseguide · " + c.g.Text(c.lang, "ui.question_of", c.now, content.Args{"n": fmt.Sprint(p.number)})
}

func (p questionPage) hasCrumbs() bool { return true }

func (p questionPage) layout(c ctx, w, h int) page {
	head := func() []string {
		head := c.lines(c.text(content.QuestionKey(p.q.ID)), w, c.styles.Question)
		if hint := c.g.Hint(c.lang, p.q.ID, c.now); hint != "" {
			head = append(head, c.lines(hint, w, c.styles.Hint)...)
		}
		return append(head, "")
	}
	opts := func() []option {
		opts := make([]option, len(p.q.Options))
		for i, o := range p.q.Options {
			opts[i] = option{main: c.text(content.OptionKey(p.q.ID, o))}
		}
		return opts
	}
	p.list.build(c, head, opts, w, h)
	return p
}

func (p questionPage) body() scroller { return p.list.scroller }

func (p questionPage) enable(k *KeyMap) { p.list.enable(k) }

func (p questionPage) update(msg tea.Msg, k KeyMap) (page, result) {
	i, moved := p.list.update(msg, k)
	return p.result(i, moved)
}

func (p questionPage) click(line int) (page, result) {
	i := p.list.clicked(line)
	if i >= 0 {
		p.list.cursor = i
	}
	return p.result(i, false)
}

func (p questionPage) result(i int, moved bool) (page, result) {
	switch {
	case i >= 0:
		return p, result{kind: chose, option: i}
	case moved:
		return p, result{kind: changed}
	}
	return p, result{}
}
