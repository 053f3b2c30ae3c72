package content

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzLoad replaces one file of the mini guide (chosen by which) with data and runs the
// loader and the validation on it, as the program does (check runs the same, with a clock). It must never panic, and
// a guide the program accepts must show 113 and 116 117 on its emergency line and hold no
// control character (but the line break) in any text it shows. The seed corpus in
// testdata/fuzz/FuzzLoad breaks each kind of file in the ways the validation knows.
func FuzzLoad(f *testing.F) {
	base := miniFiles(f)
	names := slices.Sorted(func(yield func(string) bool) {
		for name := range base {
			if !yield(name) {
				return
			}
		}
	})
	for i, name := range names {
		f.Add(uint8(i), base[name].Data)
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		m := fstest.MapFS{}
		for name, file := range base {
			m[name] = file
		}
		name := names[int(which)%len(names)]
		m[name] = &fstest.MapFile{Data: data}

		g, _, err := Open(m)
		if err != nil {
			return
		}
		var numbers []string
		for _, p := range g.EmergencyLine {
			numbers = append(numbers, p.Number)
		}
		if !slices.Equal(numbers, []string{EmergencyNumber, UrgentCareNumber}) {
			t.Fatalf("%s: the program accepted an emergency line of %q", name, numbers)
		}
		for _, s := range displayTexts(t, g) {
			if bad := unsafeIn(s); bad != "" {
				t.Fatalf("%s: a display text holds %s: %q", name, bad, s)
			}
		}
	})
}

// miniFiles reads the mini guide into a map.
func miniFiles(tb testing.TB) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	miniDir := os.DirFS("testdata/mini")
	err := fs.WalkDir(miniDir, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(miniDir, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// displayTexts returns every text the guide shows in every language: the strings, each
// answer rendered (title, markdown, calls, sources) and the emergency calls.
func displayTexts(t *testing.T, g *Guide) []string {
	var out []string
	src := g.Languages[g.SourceLanguage]
	for _, code := range g.LanguageCodes() {
		for key := range src.Strings {
			out = append(out, g.Text(code, key, testNow, Args{"n": "1", "min": "1", "max": "2", "date": "2026-11-25", "status": "x", "open": "08:00", "close": "15:30"}))
		}
		for _, a := range g.Answers {
			step := Step{Answer: a}
			for _, k := range a.Calls {
				if p := g.Phones[k]; p != nil {
					open, known := p.Hours.OpenAt(testNow)
					step.Calls = append(step.Calls, CallStatus{Phone: p, Open: open, Known: known})
				}
			}
			r, err := g.Render(code, step, testNow)
			if err != nil {
				t.Fatalf("render %s in %s: %v", a.ID, code, err)
			}
			out = append(out, r.Title, r.Markdown, r.Checked)
			for _, c := range r.Calls {
				out = append(out, c.Number, c.Label, c.Hours)
			}
			for _, s := range r.Sources {
				out = append(out, s.ID, s.Title, s.URL, s.Date)
			}
			for _, ref := range charRef.FindAllString(r.Title+r.Markdown, -1) {
				if _, bad := unsafeCharRef(ref); bad {
					out = append(out, fmt.Sprintf("\x00 (character reference %s)", ref))
				}
			}
		}
		for _, c := range g.CallLines(code, g.EmergencyScreen, testNow) {
			out = append(out, c.Number, c.Label, c.Hours, c.Status())
		}
	}
	return out
}

// unsafeIn describes the first thing in s that must not reach a terminal, or "".
func unsafeIn(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		if forbidden(r) != "" {
			return forbidden(r)
		}
	}
	return ""
}
