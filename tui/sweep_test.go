package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"

	"helseguide/content"
	"helseguide/i18n"
)

// sweepSizes are the widths 1..300 and heights 1..100 of the resize sweep: every one of the
// smallest sizes, where the layout changes its mind most, then steps.
func sweepSizes() (widths, heights []int) {
	for w := 1; w <= 300; w++ {
		if w <= 12 || (w <= 48 && w%4 == 0) || w%30 == 0 || w == 80 || w == 300 {
			widths = append(widths, w)
		}
	}
	for h := 1; h <= 100; h++ {
		if h <= 12 || h == 16 || h == 24 || h%25 == 0 {
			heights = append(heights, h)
		}
	}
	return widths, heights
}

// TestResizeSweep resizes every kind of screen through widths 1 to 300 and heights 1 to
// 100: at every size the emergency line is first, and no line is wider than the terminal
// before View's last guard.
func TestResizeSweep(t *testing.T) {
	g := testGuide(t)
	widths, heights := sweepSizes()
	if testing.Short() {
		widths, heights = widths[:20], heights[:10]
	}
	for i, st := range states {
		for _, noColor := range []bool{true, i%4 == 0} { // colour for some states
			m := stateModelWith(t, g, st, 80, 24, noColor)
			want := where(m)
			for _, w := range widths {
				for _, h := range heights {
					m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
					checkFrame(t, m, fmt.Sprintf("%s (colour %v)", st.name, !noColor))
					if t.Failed() {
						t.FailNow()
					}
				}
			}
			if where(m) != want {
				t.Errorf("%s: resizing changed the screen from %s to %s", st.name, want, where(m))
			}
		}
	}
}

// FuzzModel feeds byte streams, decoded as a terminal's input is (keys of any script,
// escape sequences and fragments of them, mouse reports, pastes), into the guide at sizes
// from 1x1: nothing panics, the emergency line stays first, and no line is wider than the
// terminal (before View's last guard). Each stream goes to the guide in English and in
// Arabic (with langFixed, else to the picker with that language first), with --bidi auto:
// the app layout until the stream answers about BDSM (CSI 8 ; 1 $ y switches to the
// terminal layout).
// Seeds are in testdata/fuzz/FuzzModel.
func FuzzModel(f *testing.F) {
	f.Add([]byte("22112\x1b1"), uint8(80), uint8(24), false)
	f.Add([]byte("0?\x1b[15~٣\x1b[A\x1b[B\r"), uint8(40), uint8(12), true)
	f.Add([]byte("\x1b[<0;5;7M\x1b[<0;5;7m\x1b[<65;3;3M"), uint8(0), uint8(0), true)
	f.Add([]byte("\x1b[200~22112\x1b[201~\x1b[6~\x1b[6~"), uint8(10), uint8(3), false)
	f.Add([]byte("\x1b[1;5A\x1b]11;rgb:ffff/ffff/ffff\x07\x1b["), uint8(255), uint8(99), false)
	f.Add([]byte("221\x1b[8;1$y12\x1b[<0;70;3M"), uint8(79), uint8(23), true)
	g := testGuide(f)
	f.Fuzz(func(t *testing.T, data []byte, w, h uint8, langFixed bool) {
		width, height := int(w)%300+1, int(h)%100+1
		for _, code := range []string{g.SourceLanguage, "ar"} {
			opts := Options{Guide: g, Preselect: code, Now: func() time.Time { return testNow }}
			if langFixed {
				opts.Lang = code
			}
			m := New(opts)
			m = send(m, tea.WindowSizeMsg{Width: width, Height: height})
			checkFrame(t, m, code+" start")
			var dec uv.EventDecoder
			for rest := data; len(rest) > 0; {
				n, ev := dec.Decode(rest)
				if n <= 0 {
					break
				}
				rest = rest[n:]
				for _, msg := range teaMsgs(ev) {
					m = send(m, msg)
					checkFrame(t, m, fmt.Sprintf("%s, after %T %v", code, msg, msg))
				}
			}
		}
	})
}

// teaMsgs turns a decoded input event into the messages Bubble Tea would send (the kinds
// the guide handles, and any others as they are).
func teaMsgs(ev uv.Event) []tea.Msg {
	switch e := ev.(type) {
	case nil:
		return nil
	case uv.MultiEvent:
		var out []tea.Msg
		for _, sub := range e {
			out = append(out, teaMsgs(sub)...)
		}
		return out
	case uv.KeyPressEvent:
		return []tea.Msg{tea.KeyPressMsg(e)}
	case uv.MouseClickEvent:
		return []tea.Msg{tea.MouseClickMsg(e)}
	case uv.MouseWheelEvent:
		return []tea.Msg{tea.MouseWheelMsg(e)}
	case uv.PasteEvent:
		return []tea.Msg{tea.PasteMsg(e)}
	case uv.BackgroundColorEvent:
		return []tea.Msg{tea.BackgroundColorMsg(e)}
	case uv.ModeReportEvent:
		return []tea.Msg{tea.ModeReportMsg(e)}
	case uv.WindowSizeEvent:
		if e.Width > 1000 || e.Height > 1000 {
			return nil // not a size a test can lay out quickly
		}
		return []tea.Msg{tea.WindowSizeMsg(e)}
	}
	return []tea.Msg{ev}
}

// tenLanguages returns the guide with at least ten languages: the ones missing from the
// ten planned are copies of the source language under their codes, so that the picker
// can be tested with ten however many translations exist.
func tenLanguages(t testing.TB) *content.Guide {
	g := testGuide(t)
	src := g.Languages[g.SourceLanguage]
	for _, code := range []string{"en", "nb", "ar", "pl", "so", "uk", "ti", "prs", "ru", "lt"} {
		if g.Languages[code] == nil {
			l := *src
			l.Code = code
			g.Languages[code] = &l
		}
	}
	return g
}

// TestPickerTenLanguagesAt40x12 walks the picker of ten languages on a 40x12 terminal
// with the arrows: every language can be reached and is on screen when selected, the
// help line says "↓" while more follow, and every frame fits.
func TestPickerTenLanguagesAt40x12(t *testing.T) {
	g := tenLanguages(t)
	codes := g.LanguageCodes()
	m := New(Options{Guide: g, Preselect: "uk", Now: func() time.Time { return testNow }, NoColor: true})
	m = send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	p := m.page.(pickerPage)
	if p.choices[0].Code != "uk" || p.list.cursor != 0 {
		t.Fatalf("the locale's language should come first and be selected: %s, cursor %d", p.choices[0].Code, p.list.cursor)
	}
	if len(p.choices) != len(codes) {
		t.Fatalf("%d choices for %d languages", len(p.choices), len(codes))
	}
	for i := range p.choices {
		if i > 0 {
			m = send(m, keys("<down>")...)
		}
		checkFrame(t, m, fmt.Sprintf("picker, choice %d", i+1))
		p := m.page.(pickerPage)
		screen := screenText(m)
		name, _ := visualLine(p.choices[i].Prompt, i18n.LeftToRight) // as the app layout draws it
		if !strings.Contains(screen, name) {
			t.Errorf("choice %d (%s) is selected but not on screen:\n%s", i+1, p.choices[i].Code, screen)
		}
		footer := m.lines[len(m.lines)-1]
		if more := p.list.more(); more != strings.HasPrefix(footer, "↓") {
			t.Errorf("choice %d: more below %v, but the help line is %q", i+1, more, footer)
		}
	}
	// Enter takes the last one, in its own language.
	last := m.page.(pickerPage).choices[len(codes)-1].Code
	m = send(m, keys("<enter>")...)
	if m.s.Lang() != last || where(m) != "question:emergency" {
		t.Errorf("enter on the last language: %s in %s, want the first question in %s", where(m), m.s.Lang(), last)
	}
}

func TestPickerDigitsChoose(t *testing.T) {
	g := testGuide(t)
	for _, digit := range []string{"2", "٢", "۲", "２"} {
		m := New(Options{Guide: g, Preselect: "nb", Now: func() time.Time { return testNow }, NoColor: true})
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		second := m.page.(pickerPage).choices[1].Code
		m = send(m, keys(digit)...)
		if m.s.Lang() != second || where(m) != "question:emergency" {
			t.Errorf("%s: %s in %s, want the first question in %s", digit, where(m), m.s.Lang(), second)
		}
	}
}
