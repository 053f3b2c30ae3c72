package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"helseguide/content"
)

// TestEmergencyFromGuideData draws the emergency line and screen of a guide whose phone
// keys are not the built-in ones, at every width from 20 to 100 columns: the layout takes
// the calls from the guide's EmergencyLine and EmergencyScreen, never by key, so nothing
// is missing and nothing panics. (It used to look up "phone.emergency_medical" by name and
// dereference nil below 38 columns.)
func TestEmergencyFromGuideData(t *testing.T) {
	g := testGuide(t)
	// Rename every phone, and its placeholders and labels, as a --content guide may.
	rename := strings.NewReplacer("phone.", "phone.renamed_")
	phones := map[string]*content.Phone{}
	for key, p := range g.Phones {
		p.Key = rename.Replace(key)
		phones[p.Key] = p
	}
	g.Phones = phones
	for _, l := range g.Languages {
		texts := map[string]string{}
		for key, s := range l.Strings {
			texts[rename.Replace(key)] = rename.Replace(s)
		}
		l.Strings = texts
	}
	for w := 20; w <= 100; w++ {
		m := New(Options{Guide: g, Lang: "en", Now: func() time.Time { return testNow }, NoColor: true})
		m = send(m, tea.WindowSizeMsg{Width: w, Height: 30})
		m = send(m, keys("0")...) // the emergency screen
		s := screenText(m)
		first, _, _ := strings.Cut(s, "\n")
		if !strings.Contains(first, "113") || !strings.Contains(first, "116 117") {
			t.Errorf("width %d: first line %q lacks 113 and 116 117", w, first)
		}
		for _, p := range g.EmergencyScreen {
			if !strings.Contains(s, p.Number) {
				t.Errorf("width %d: the emergency screen lacks %s (%s):\n%s", w, p.Number, p.Key, s)
			}
		}
	}
}

// TestEmergencyWithoutCalls draws a hand-built guide that names no emergency calls at all
// (Validate refuses such a guide; the layout must still not panic).
func TestEmergencyWithoutCalls(t *testing.T) {
	g := testGuide(t)
	g.EmergencyLine, g.EmergencyScreen = nil, []*content.Phone{nil}
	for _, w := range []int{10, 30, 80} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := New(Options{Guide: g, Lang: "en", Now: func() time.Time { return testNow }, NoColor: true})
			m = send(m, tea.WindowSizeMsg{Width: w, Height: 12})
			m = send(m, keys("0")...)
			_ = screenText(m)
		})
	}
}
