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

// parseClock parses "HH:MM" into minutes after midnight.
func parseClock(s string) (int, error) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	return t.Hour()*60 + t.Minute(), nil
}
