package tui

import tea "charm.land/bubbletea/v2"

// page is one screen of the guide below the emergency line: the language picker, a
// question, the answer, or an overlay (help, emergency). Each has its own file, draws its
// own body, enables its own keys and handles them; the root model only routes between
// them and the session. Pages are values: update and layout return the changed page.
type page interface {
	// title is the page's title line, plain text.
	title(c ctx) string
	// hasCrumbs reports whether the breadcrumbs of the answers so far stand above it.
	hasCrumbs() bool
	// layout draws the body for w x h cells, keeping the scroll position where it can.
	layout(c ctx, w, h int) page
	// body returns the body's lines and window.
	body() scroller
	// enable enables the keys that work on the page; all start disabled.
	enable(k *KeyMap)
	// update handles a key press or the mouse wheel (the root handles the keys common to
	// every page first).
	update(msg tea.Msg, k KeyMap) (page, result)
	// click handles a left click on line i of the body (an index into body().all).
	click(i int) (page, result)
}

// result is what a page asks of the root after a message.
type result struct {
	kind   resultKind
	option int    // for chose: the option's index
	lang   string // for choseLang: the language's code
}

type resultKind int

const (
	unchanged resultKind = iota // nothing to draw again
	changed                     // the page changed (selection, scroll): draw again
	chose                       // an option of the question was chosen
	choseLang                   // a language was chosen
)
