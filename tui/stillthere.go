package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"helseguide/content"
)

// stillTherePage is a kiosk's "Are you still there?" screen, over whatever was on the
// screen, with the seconds until everything is wiped. Any input closes it (see
// Model.stayed); F6 wipes at once.
type stillTherePage struct {
	scroller
	under   page // the overlay it covers, or nil; back when someone is there
	seconds int
	drawn   drawnFor
}

func (p stillTherePage) title(c ctx) string { return c.text("ui.still_there") }

func (p stillTherePage) hasCrumbs() bool { return false }

func (p stillTherePage) layout(c ctx, w, h int) page {
	if key := drawnAs(c, w, p.seconds); key != p.drawn || p.all == nil {
		text := c.g.Text(c.lang, "ui.reset_countdown", c.now, content.Args{"seconds": fmt.Sprint(p.seconds)})
		p.all, p.drawn = c.lines(text, w, c.styles.Question), key
	}
	p.set(p.all, h)
	return p
}

func (p stillTherePage) body() scroller { return p.scroller }

// enable: the emergency numbers stay one key away; every other key only says "I am
// here", as the screen's text tells.
func (p stillTherePage) enable(k *KeyMap) {
	k.Emergency.SetEnabled(true)
}

func (p stillTherePage) update(tea.Msg, KeyMap) (page, result) { return p, result{} }

func (p stillTherePage) click(int) (page, result) { return p, result{} }
