package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
)

// rtlStates are screens of the guide in a right-to-left language, for the tests of the app
// layout.
var rtlStates = []struct{ name, keys string }{
	{"first question", ""},
	{"first question selected", "<down>"},
	{"topic", "22"},
	{"gp earlier answer", "22112<esc>"},
	{"answer", "22112"},
	{"answer end", "22112<pgdown><pgdown><pgdown><pgdown><pgdown><pgdown><pgdown><pgdown>"},
	{"answer urgent", "21"},
	{"answer fees", "226"},
	{"answer complaint", "228"},
	{"emergency", "220"},
	{"help", "22112?"},
	{"answer emergency, what to say", "1"},
	{"answer, two languages", "21<f3>"},
	{"answer, two languages scrolled", "21<f3><pgdown><pgdown>"},
	{"slip", "21<f4>"},
	{"slip scrolled", "21<f4><pgdown><pgdown>"},
}

// hasRTLLetter reports whether s holds a letter of a right-to-left script.
func hasRTLLetter(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// TestAppLayoutReadsFromRight draws every kind of screen in Arabic and Dari in the app
// layout at several widths: no line holds a bidi control, every line with Arabic letters
// is right-aligned (it reaches the right edge, or the frame of the call card), the
// emergency numbers and the call numbers are whole, and every option ends with its digit
// on the right.
func TestAppLayoutReadsFromRight(t *testing.T) {
	g := testGuide(t)
	optionEnd := regexp.MustCompile(`\S {1,2}[1-9](  | ‹|‹| )$`)
	for _, lang := range []string{"ar", "prs"} {
		for _, st := range rtlStates {
			for _, w := range []int{80, 52, 40, 30} {
				m := bidiModel(t, g, lang, st.keys, w, 24, true, i18n.BidiApp)
				name := fmt.Sprintf("%s %s at %d", lang, st.name, w)
				checkFrame(t, m, name)
				screen := screenText(m)
				rows := strings.Split(screen, "\n")
				for i, row := range rows {
					if strings.IndexFunc(row, func(r rune) bool { return unicode.Is(unicode.Bidi_Control, r) }) >= 0 {
						t.Errorf("%s: row %d holds a bidi control: %q", name, i, row)
					}
					inner := strings.TrimSuffix(strings.TrimPrefix(row, "│ "), " │")
					edge := w
					if inner != row {
						edge = min(w, maxCardWidth) - 4
					}
					if hasRTLLetter(row) && width(inner) != edge {
						t.Errorf("%s: row %d has Arabic letters but does not reach the right edge (%d of %d cells): %q", name, i, width(inner), edge, row)
					}
				}
				first := strings.ReplaceAll(rows[0], "\u00a0", " ")
				if !strings.Contains(first, "113") || !strings.Contains(first, "116 117") {
					t.Errorf("%s: the emergency line %q lacks 113 or 116 117", name, first)
				}
				if p, ok := m.top().(questionPage); ok {
					for i, line := range p.list.all {
						if o := p.list.lineItem[i]; o >= 0 && i == p.list.span[o][0] && !optionEnd.MatchString(ansi.Strip(line)) {
							t.Errorf("%s: option %d does not end with its digit: %q", name, o+1, ansi.Strip(line))
						}
					}
				}
				if a, ok := m.top().(answerPage); ok && !strings.Contains(st.name, "end") && !strings.Contains(st.name, "scrolled") {
					for _, c := range a.doc.Calls[:1] {
						if !strings.Contains(screen, c.Number) {
							t.Errorf("%s: the call number %s is not whole on screen:\n%s", name, c.Number, screen)
						}
					}
				}
			}
		}
	}
}

// TestLeftToRightSameInBothModes: screens in left-to-right languages are the same, byte
// for byte, in the app and the terminal layout (the language picker aside, which lists
// Arabic and Dari).
func TestLeftToRightSameInBothModes(t *testing.T) {
	g := testGuide(t)
	for _, lang := range []string{"en", "nb", "uk", "ti"} {
		for _, st := range rtlStates {
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				for _, noColor := range []bool{true, false} {
					app := bidiModel(t, g, lang, st.keys, size[0], size[1], noColor, i18n.BidiApp)
					term := bidiModel(t, g, lang, st.keys, size[0], size[1], noColor, i18n.BidiTerminal)
					if app.frame != term.frame {
						t.Errorf("%s %s at %dx%d (colour %v): the layouts differ:\n%s\n---\n%s", lang, st.name, size[0], size[1], !noColor, app.frame, term.frame)
					}
				}
			}
		}
	}
}

// TestAppLayoutCrumbClicks clicks every breadcrumb of an Arabic answer in the app layout,
// where they read from the right: each stands where its label is drawn, and a click on it
// (at either end) returns to its question.
func TestAppLayoutCrumbClicks(t *testing.T) {
	g := testGuide(t)
	for _, w := range []int{100, 80, 40, 30} {
		for _, end := range []string{"left", "right"} {
			m := bidiModel(t, g, "ar", "22112", w, 24, true, i18n.BidiApp)
			path := m.s.Path()
			if len(m.crumbAt) == 0 {
				t.Fatalf("width %d: no breadcrumbs recorded", w)
			}
			for _, c := range m.crumbAt {
				m := bidiModel(t, g, "ar", "22112", w, 24, true, i18n.BidiApp)
				row := []rune(strings.Split(screenText(m), "\n")[m.crumbRow])
				ch := path[c.path]
				label, _ := visualLine(m.text(content.CrumbKey(ch.Question, ch.Option)), i18n.RightToLeft)
				shown := strings.TrimSuffix(string(row[c.from:c.to]), ellipsis)
				if c.to > len(row) || shown == "" || !strings.HasPrefix(label, shown) {
					t.Fatalf("width %d: crumb %d recorded at %d-%d (%q), its label is %q; row %q", w, c.path, c.from, c.to, shown, label, string(row))
				}
				x := c.from
				if end == "right" {
					x = c.to - 1
				}
				m = send(m, tea.MouseClickMsg{X: x, Y: m.crumbRow, Button: tea.MouseLeft})
				if where(m) != "question:"+ch.Question {
					t.Errorf("width %d: click at %d on crumb %d: %s, want the %s question", w, x, c.path, where(m), ch.Question)
				}
			}
			// The newest answer is on the left end of the row.
			last := m.crumbAt[len(m.crumbAt)-1]
			for _, c := range m.crumbAt[:len(m.crumbAt)-1] {
				if c.from < last.from {
					t.Errorf("width %d: crumb %d stands left of the newest", w, c.path)
				}
			}
		}
	}
}

// TestAppLayoutOptionClick clicks an Arabic option at its right end, where its digit
// stands: it is chosen.
func TestAppLayoutOptionClick(t *testing.T) {
	m := bidiModel(t, testGuide(t), "ar", "", 80, 24, true, i18n.BidiApp)
	rows := strings.Split(screenText(m), "\n")
	row := -1
	for i, r := range rows {
		if strings.HasSuffix(r, " 2  ") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("option 2 not on screen:\n%s", screenText(m))
	}
	m = send(m, tea.MouseClickMsg{X: 77, Y: row, Button: tea.MouseLeft})
	if where(m) != "question:urgent" {
		t.Errorf("click on option 2 (no): %s, want the urgent question", where(m))
	}
}

func TestCutFront(t *testing.T) {
	ps := []piece{{text: "Your answers: ", id: -1}, {text: "No", id: 0}, {text: " › ", id: -1}, {text: "Doctor", id: 1}}
	for w := 0; w <= 26; w++ {
		got := cutFront(ps, w)
		if pieceWidth(got) > w {
			t.Errorf("at %d: %d wide: %+v", w, pieceWidth(got), got)
		}
		var s strings.Builder
		for _, p := range got {
			s.WriteString(p.text)
		}
		full := "Your answers: No › Doctor"
		switch {
		case w >= width(full):
			if s.String() != full {
				t.Errorf("at %d: %q, want it whole", w, s.String())
			}
		case w > 0:
			if !strings.HasPrefix(s.String(), ellipsis) || !strings.HasSuffix(full, strings.TrimPrefix(s.String(), ellipsis)) {
				t.Errorf("at %d: %q is not the end of %q after …", w, s.String(), full)
			}
			if w >= 2 && pieceWidth(got) != w {
				t.Errorf("at %d: %q is %d wide, want %d", w, s.String(), pieceWidth(got), w)
			}
		}
	}
}

// TestVisualMarkdown lays out markdown in Arabic: headings painted, list markers and the
// indentation of nested items on the right, wrapped lines under their text, a
// left-to-right item with its marker on the left, numbered items with their number read
// from the right, and the blank lines where Glamour has them.
func TestVisualMarkdown(t *testing.T) {
	md := "## عنوان\nفقرة أولى.\n\n- بند أول طويل جدا جدا\n  - بند داخلي\n- helsenorge.no\n\n1. واحد\n"
	h := paint{pre: "\x1b[1m", post: "\x1b[m"}
	got := visualMarkdown(md, "ar", 20, h)
	want := []string{
		"               \x1b[1mناونع\x1b[m",
		"          .ىلوأ ةرقف",
		"",
		"  ادج ليوط لوأ دنب •",
		"               ادج  ",
		"       يلخاد دنب •  ",
		"• helsenorge.no",
		"",
		"             دحاو .1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	for _, l := range got {
		if width(l) > 20 {
			t.Errorf("line %q is wider than 20", l)
		}
	}
	// Every text of the blocks is on screen, as its visual lines.
	for _, b := range plaintext.Blocks(md) {
		if b.Kind == plaintext.Heading {
			continue
		}
		for _, word := range strings.Fields(b.Text) {
			v, _ := visualLine(word, i18n.RightToLeft)
			if !strings.Contains(strings.Join(got, "\n"), v) {
				t.Errorf("%q is missing", word)
			}
		}
	}
}

// FuzzVisualMarkdown lays out any markdown in visual order at widths from 1: no line is
// wider than the width, and none holds a bidi control.
func FuzzVisualMarkdown(f *testing.F) {
	f.Add("## عنوان\nفقرة ⁦116 117⁩.\n\n- بند helsenorge.no\n  - داخلي\n1. واحد\n", uint8(20))
	f.Add("Call **113** [now](https://x.no) 👍🏽 مرحبا (a [b] c)", uint8(7))
	f.Fuzz(func(t *testing.T, md string, w uint8) {
		width := int(w)%120 + 1
		for _, l := range visualMarkdown(md, "ar", width, paint{}) {
			if lw := ansi.StringWidth(l); lw > width {
				t.Errorf("line %q is %d wide at %d", l, lw, width)
			}
			if strings.IndexFunc(l, func(r rune) bool { return unicode.Is(unicode.Bidi_Control, r) }) >= 0 {
				t.Errorf("line %q holds a bidi control", l)
			}
		}
	})
}
