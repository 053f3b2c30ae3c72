package content

import (
	"fmt"
	"time"
	_ "time/tzdata" // Europe/Oslo must work on kiosks without a zoneinfo database.
)

// Hours are the opening hours of a phone line.
type Hours struct {
	// Always is true for lines open 24/7.
	Always bool
	// Days is "mon-fri" when the days are known, "" when only the times are known.
	Days string
	// Open and Close are "HH:MM" in Norwegian time; empty when Always.
	Open, Close string
}

// Oslo is the time zone all opening hours are given in.
var oslo = mustLoadOslo()

func mustLoadOslo() *time.Location {
	loc, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		// time/tzdata is embedded, so this cannot fail.
		panic(fmt.Sprintf("content: load Europe/Oslo: %v", err))
	}
	return loc
}

// OpenAt reports whether a line with these hours is open at t (in Europe/Oslo time), and
// whether that is known. Lines whose days are not confirmed give known=false. Public
// holidays are not modelled: the caller shows the hours next to the status.
func (h *Hours) OpenAt(t time.Time) (open, known bool) {
	if h == nil {
		return false, false
	}
	if h.Always {
		return true, true
	}
	if h.Days != "mon-fri" {
		return false, false
	}
	local := t.In(oslo)
	if wd := local.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false, true
	}
	o, err1 := parseClock(h.Open)
	c, err2 := parseClock(h.Close)
	if err1 != nil || err2 != nil {
		return false, false
	}
	now := local.Hour()*60 + local.Minute()
	return now >= o && now < c, true
}

// NextOpen returns the next moment after t at which a line with these hours opens, in
// Europe/Oslo time (so the offset is +01:00 or +02:00, and the summer-time changes are
// taken into account: it is the opening time on the Oslo wall clock), and ok=true. It
// gives ok=false when the line is open at t, always open, or its days or times are not
// known (as OpenAt). Public holidays are not modelled: on a holiday the line may stay
// closed at the moment NextOpen names, so the caller shows the hours as well.
func (h *Hours) NextOpen(t time.Time) (next time.Time, ok bool) {
	if open, known := h.OpenAt(t); open || !known || h.Always {
		return time.Time{}, false
	}
	o, err1 := parseClock(h.Open)
	c, err2 := parseClock(h.Close)
	if err1 != nil || err2 != nil || o >= c {
		return time.Time{}, false // never open; Validate reports such hours
	}
	y, m, d := t.In(oslo).Date()
	// Today's opening if it is still to come, else the next weekday's: a week at most.
	for i := range 8 {
		// time.Date normalises d+i past the month's end and uses the offset in force
		// on that day, so 08:00 stays 08:00 across a summer-time change.
		next = time.Date(y, m, d+i, o/60, o%60, 0, 0, oslo)
		if wd := next.Weekday(); wd != time.Saturday && wd != time.Sunday && next.After(t) {
			return next, true
		}
	}
	return time.Time{}, false // not reached: a week always has a weekday to come
}

// parseClock parses "HH:MM" into minutes after midnight.
func parseClock(s string) (int, error) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	return t.Hour()*60 + t.Minute(), nil
}
