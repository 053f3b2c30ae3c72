package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
	"helseguide/i18n/fribiditest"
)

// TestAnswerMatchesFriBidi runs "helseguide answer --format text --bidi app --width 60"
// for Arabic and Dari answers and requires every line to be GNU FriBidi's visual order of
// the same line in logical order (as --bidi terminal prints it), right-aligned at the
// width when its paragraph is right-to-left. FriBidi reorders each logical line as a
// paragraph of its own with the paragraph's direction, the method of
// i18n.TestVisualMatchesFriBidi. It is skipped without fribidi, except in CI.
func TestAnswerMatchesFriBidi(t *testing.T) {
	fribiditest.Require(t)
	const width = 60
	tests := []struct {
		lang    string
		choices []string
	}{
		{"ar", []string{"emergency=no", "urgent=yes"}},
		{"ar", []string{"emergency=no", "urgent=no", "topic=doctor", "id=fnr", "gp=no"}},
		{"ar", []string{"emergency=no", "urgent=no", "topic=fees"}},
		{"prs", []string{"emergency=yes"}},
		{"prs", []string{"emergency=no", "urgent=no", "topic=doctor", "id=fnr", "gp=no"}},
		{"prs", []string{"emergency=no", "urgent=no", "topic=complaint"}},
	}
	g, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		name := tt.lang + " " + strings.Join(tt.choices, " ")
		t.Run(name, func(t *testing.T) {
			visual := answerText(t, append([]string{"--bidi", "app", "--width", "60", "--lang", tt.lang}, tt.choices...))
			logical := answerText(t, append([]string{"--bidi", "terminal", "--width", "60", "--lang", tt.lang}, tt.choices...))

			// The paragraphs as plaintext.Answer writes them, each wrapped on its own in
			// logical order: together they are the logical output, and each knows its
			// direction.
			d := document(t, g, tt.lang, tt.choices)
			var lines []string
			var dirs []i18n.Direction
			for _, para := range strings.Split(strings.TrimSuffix(plaintext.Answer(d), "\n"), "\n") {
				dir := i18n.TextDirection(para, i18n.DirectionOf(tt.lang))
				for _, line := range strings.Split(strings.TrimSuffix(plaintext.Wrap(para+"\n", width, d.Values), "\n"), "\n") {
					lines = append(lines, line)
					dirs = append(dirs, dir)
				}
			}
			if got := strings.Join(lines, "\n") + "\n"; got != logical {
				t.Fatalf("the paragraphs wrapped one by one are not the logical output:\n%s\nwant\n%s", got, logical)
			}
			got := strings.Split(strings.TrimSuffix(visual, "\n"), "\n")
			if len(got) != len(lines) {
				t.Fatalf("%d lines in visual order, %d in logical order", len(got), len(lines))
			}
			want := make([]string, len(lines))
			for _, dir := range []i18n.Direction{i18n.LeftToRight, i18n.RightToLeft} {
				var idx []int
				var batch []string
				for i, line := range lines {
					if dirs[i] == dir {
						idx, batch = append(idx, i), append(batch, line)
					}
				}
				for k, v := range fribiditest.Order(t, batch, dir == i18n.RightToLeft) {
					want[idx[k]] = i18n.Align(v, dir, width)
				}
			}
			rtl := 0
			for i := range lines {
				if got[i] != want[i] {
					t.Errorf("line %d:\n got %q\nwant %q (fribidi)\nlogical %q", i+1, got[i], want[i], lines[i])
				}
				if dirs[i] == i18n.RightToLeft && i18n.HasRightToLeft(lines[i]) {
					rtl++
				}
			}
			if rtl < 10 {
				t.Errorf("only %d right-to-left lines compared", rtl)
			}
		})
	}
}

// answerText runs "helseguide answer --format text" with args into a pipe and returns
// its output.
func answerText(t *testing.T, args []string) string {
	t.Helper()
	e, stdout, stderr := testEnv(0)
	if code := run(append([]string{"answer", "--format", "text"}, args...), e); code != exitOK {
		t.Fatalf("answer %q: exit %d: %s", args, code, stderr)
	}
	return stdout.String()
}

// document is the answer's document the command shows, at testEnv's clock.
func document(t *testing.T, g *content.Guide, lang string, choices []string) *content.Document {
	t.Helper()
	e, _, _ := testEnv(0)
	m := map[string]string{}
	for _, c := range choices {
		k, v, _ := strings.Cut(c, "=")
		m[k] = v
	}
	step, err := content.Next(g, m, e.now())
	if err != nil || !step.Done() {
		t.Fatalf("%q: %v", choices, err)
	}
	r, err := g.Render(lang, step, e.now())
	if err != nil {
		t.Fatal(err)
	}
	return g.Document(r, e.now())
}

// TestNumbersWholeInVisualLines: in visual order every phone number, range of hours and
// fee of an Arabic or Dari answer stands whole on one line, left to right ("116 117",
// "23 32 70 00", "08:00–15:30", "NOK 179"), on a line with right-to-left text, at the
// widths of a receipt printer and a terminal; on the slip each number to call stands on
// a line of its own, right-aligned.
func TestNumbersWholeInVisualLines(t *testing.T) {
	g, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	addresses := map[string]bool{}
	for _, a := range g.Addresses {
		addresses[a.Value] = true // NameIn: an address may wrap
	}
	walks := [][]string{
		{"emergency=no", "urgent=yes"},
		{"emergency=no", "urgent=no", "topic=doctor", "id=fnr", "gp=no"},
		{"emergency=no", "urgent=no", "topic=fees"},
		{"emergency=no", "urgent=no", "topic=mental"},
	}
	for _, lang := range []string{"ar", "prs"} {
		for _, choices := range walks {
			d := document(t, g, lang, choices)
			var onSlip, numbers []string // values inside right-to-left lines; numbers to call
			for _, c := range d.Calls {
				numbers = append(numbers, c.Number)
				onSlip = append(onSlip, isolated(c.Hours)...)
			}
			for _, f := range d.Fees {
				onSlip = append(onSlip, isolated(f.Amount)...)
			}
			inText := append(slices.Clone(numbers), onSlip...)
			for _, v := range isolated(d.Markdown) {
				if !addresses[v] {
					inText = append(inText, v)
				}
			}
			if len(inText) < 4 {
				t.Fatalf("%s %q: too few values to look for: %q", lang, choices, inText)
			}
			for _, format := range []string{"text", "slip"} {
				for _, width := range []int{32, 60} {
					args := append([]string{"--format", format, "--bidi", "app", "--width", strconv.Itoa(width), "--lang", lang}, choices...)
					e, stdout, stderr := testEnv(0)
					if code := run(append([]string{"answer"}, args...), e); code != exitOK {
						t.Fatalf("answer %q: exit %d: %s", args, code, stderr)
					}
					lines := strings.Split(strings.ReplaceAll(stdout.String(), "\u00a0", " "), "\n")
					values := inText
					if format == "slip" {
						values = onSlip
						for _, n := range numbers {
							if !slices.Contains(lines, i18n.Align(n, i18n.RightToLeft, width)) {
								t.Errorf("answer %q: %q does not stand right-aligned on a line of its own:\n%s", args, n, stdout)
							}
						}
					}
					// A line of a right-to-left paragraph holds right-to-left text, or is
					// right-aligned when the value stands alone on it.
					rtl := func(l string) bool { return i18n.HasRightToLeft(l) || ansi.StringWidth(l) == width }
					for _, v := range values {
						if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, v) && rtl(l) }) {
							t.Errorf("answer %q: %q is not whole on a right-to-left line:\n%s", args, v, stdout)
						}
					}
				}
			}
		}
	}
}

// isolated returns the texts of s inside left-to-right isolates, with spaces for no-break
// spaces: the values content.NumberIn wrote.
func isolated(s string) []string {
	var out []string
	for {
		_, rest, ok := strings.Cut(s, "\u2066")
		if !ok {
			return out
		}
		v, after, _ := strings.Cut(rest, "\u2069")
		out = append(out, strings.ReplaceAll(v, "\u00a0", " "))
		s = after
	}
}
