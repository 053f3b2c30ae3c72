package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
)

var testNow = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC) // a Wednesday

func TestValidateEmbedded(t *testing.T) {
	g, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Validate(g, ValidateOptions{Now: testNow}) {
		// The GP fees of 2026 are not known (facts.md rates them LOW), so the 2025 fees are
		// shown with their year and check warns about them; nothing else may come up.
		if p.Warning && strings.Contains(p.Msg, "for 2025, but it is 2026") {
			continue
		}
		t.Errorf("%v", p)
	}
}

func TestValidateMini(t *testing.T) {
	g, err := Load(os.DirFS("testdata/mini"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Validate(g, ValidateOptions{Now: testNow}) {
		if p.Warning && strings.Contains(p.Msg, "shows fee.gp_consultation_day for 2025") {
			continue // see TestFeeYearWarning
		}
		t.Errorf("%v", p)
	}
}

// TestFeeYearWarning: check warns about a fee shown for an earlier year than the clock's,
// naming the fact key, and says nothing about a fee that has the current year's amount.
func TestFeeYearWarning(t *testing.T) {
	g, err := Load(os.DirFS("testdata/mini"))
	if err != nil {
		t.Fatal(err)
	}
	warnings := func(now time.Time) []string {
		var out []string
		for _, p := range Validate(g, ValidateOptions{Now: now}) {
			if p.Warning && strings.Contains(p.Msg, " shows fee.") {
				out = append(out, p.Error())
			}
		}
		return out
	}
	if w := warnings(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)); len(w) != 0 {
		t.Errorf("in 2025 the 2025 fees are current, got %q", w)
	}
	w := warnings(testNow)
	want := `lang/en/answers/own_gp.md:3: warning: answer "own_gp" shows fee.gp_consultation_day for 2025, but it is 2026`
	if len(w) != 1 || !strings.HasPrefix(w[0], want) {
		t.Errorf("in 2026: got %q, want one warning starting %q", w, want)
	}
}

// overlay returns the mini guide with the files of a txtar archive put over it.
func overlay(t *testing.T, ar *txtar.Archive) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := filepath.WalkDir("testdata/mini", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel("testdata/mini", p)
		m[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		m[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return m
}

// TestValidateBroken checks each fixture in testdata/broken (the mini guide with one
// thing broken) with Check, and expects the problems its comment lists: "want: " lines are
// errors that must be reported (as a prefix of the message, with file and line), "warn: "
// lines warnings. Its "run: " line says what Open, which the program uses, makes of it:
// "ok", "refused" (the guide cannot run) or "drops CODE" (the program runs without that
// language).
func TestValidateBroken(t *testing.T) {
	files, _ := filepath.Glob("testdata/broken/*.txtar")
	if len(files) < 5 {
		t.Fatalf("want at least 5 fixtures, have %d", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := overlay(t, ar)
			_, problems := Check(fsys, ValidateOptions{Now: testNow})
			var got []string
			for _, p := range problems {
				got = append(got, p.Error())
			}
			wantErr, run := false, ""
			for _, line := range strings.Split(string(ar.Comment), "\n") {
				if r, ok := strings.CutPrefix(line, "run: "); ok {
					run = r
				}
				want, isErr := strings.CutPrefix(line, "want: ")
				warn, isWarn := strings.CutPrefix(line, "warn: ")
				if !isErr && !isWarn {
					continue
				}
				wantErr = wantErr || isErr
				if isWarn {
					want = warn
				}
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, want)
				}
				if !found {
					t.Errorf("no problem starts with %q; got:\n%s", want, strings.Join(got, "\n"))
				}
			}
			if HasErrors(problems) != wantErr {
				t.Errorf("errors reported = %v, want %v; got:\n%s", HasErrors(problems), wantErr, strings.Join(got, "\n"))
			}
			if got := runOutcome(fsys); got != run {
				t.Errorf("Open: %s, want run: %s", got, run)
			}
		})
	}
}

// runOutcome describes what Open makes of a guide: "ok", "refused" or "drops nb".
func runOutcome(fsys fs.FS) string {
	g, dropped, err := Open(fsys)
	switch {
	case err != nil:
		return "refused"
	case g == nil:
		return "no guide and no error"
	case len(dropped) > 0:
		codes := make([]string, len(dropped))
		for i, d := range dropped {
			codes[i] = d.Code
			if g.Languages[d.Code] != nil {
				return "kept dropped " + d.Code
			}
		}
		return "drops " + strings.Join(codes, " ")
	}
	return "ok"
}

func TestRawNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Call 113 now", []string{"113"}},
		{"Call {phone.emergency_medical} now", nil},
		{"Ring 23 32 70 00.", []string{"23 32 70 00"}},
		{"From 2024 and ages 19–26, 6 months, 11-digit, 08:00–15:30", nil},
		{"NOK 3,278", []string{"278"}},
		{"Arabic-Indic ١١٣", []string{"١١٣"}},
		{"1412", []string{"1412"}},
		{"year 2025 costs", nil},
	}
	for _, tt := range tests {
		got := RawNumbers(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("RawNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseAnswerText(f *testing.F) {
	f.Add([]byte("# Title\n\nBody {phone.legevakt}\n"))
	f.Add([]byte("\ufeff# T\r\nx"))
	f.Add([]byte("no title"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := parseAnswerText("x.md", data)
		if err != nil {
			return
		}
		if text.Title == "" || strings.Contains(text.Title, "\n") {
			t.Errorf("title %q: want one non-empty line", text.Title)
		}
		RawNumbers(text.Body)
		FactKeys(text.Body)
	})
}

// TestOpenEmbedded: what the program loads at start is the whole built-in guide, the same
// that the full validation (Open) accepts without leaving anything out.
func TestOpenEmbedded(t *testing.T) {
	g, err := OpenEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	full, dropped, err := Open(Embedded())
	if err != nil || len(dropped) > 0 {
		t.Fatalf("Open: %v, dropped %v", err, dropped)
	}
	if !slices.Equal(g.LanguageCodes(), full.LanguageCodes()) || len(g.Answers) != len(full.Answers) || len(g.EmergencyLine) != 2 {
		t.Errorf("OpenEmbedded: languages %v, %d answers; Open: %v, %d answers", g.LanguageCodes(), len(g.Answers), full.LanguageCodes(), len(full.Answers))
	}
}
