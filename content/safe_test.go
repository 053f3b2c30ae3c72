package content

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
)

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Call 113 now.", "Call 113 now."},
		{"two\nlines", "two\nlines"},
		{"crlf\r\nline", "crlf\nline"},
		{"Call 113 now.\rDo not call.", "Call 113 now.\uFFFDDo not call."},
		{"\x1b[2Jgone", "\uFFFD[2Jgone"},
		{"\x1b]52;c;aGk=\x07", "\uFFFD]52;c;aGk=\uFFFD"},
		{"tab\there", "tab here"},
		{"c1 \u009b2J and \u0085", "c1 \uFFFD2J and \uFFFD"},
		{"del\x7f", "del\uFFFD"},
		{"rlo \u202eevil\u202c lre \u202a rle \u202b lro \u202d", "rlo \uFFFDevil\uFFFD lre \uFFFD rle \uFFFD lro \uFFFD"},
		{"invalid \xff\xfe utf-8", "invalid \uFFFD\uFFFD utf-8"},
		// Allowed for right-to-left text: isolates and marks, and a real U+FFFD.
		{"\u2067مرحبا\u2069 \u200e\u200f\u061c \uFFFD", "\u2067مرحبا\u2069 \u200e\u200f\u061c \uFFFD"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"See &amp; &lt;b&gt; &#65; &#x2067;", "See &amp; &lt;b&gt; &#65; &#x2067;"},
		{"&#27;[2J &#x1B;[2J &#X1b; &#13; &#x9b; &#x202E; &Tab;", "\uFFFD[2J \uFFFD[2J \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD"},
		{"&#10; stays", "&#10; stays"},
	}
	for _, tt := range tests {
		if got := cleanMarkdown(tt.in); got != tt.want {
			t.Errorf("cleanMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextProblems runs the text check over one file of each kind and expects the problems
// listed (as prefixes, with their lines), or none.
func TestTextProblems(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"lang/en/answers/a.md", "# T\r\n\r\nCRLF line ends are fine.\r\n", nil},
		{"lang/ar/answers/a.md", "# \u2067عنوان\u2069\n\nRLM \u200f and ALM \u061c are fine.\n", nil},
		{"lang/en/answers/a.md", "# T\n\n\tindented\n", []string{"lang/en/answers/a.md:3: control character U+0009 (TAB) in the text"}},
		{"lang/en/answers/a.md", "# T\n\nback\rover\n", []string{"lang/en/answers/a.md:3: control character U+000D (CR)"}},
		{"lang/en/answers/a.md", "# T\x1b[2J\n", []string{"lang/en/answers/a.md:1: control character U+001B (ESC)"}},
		{"lang/en/answers/a.md", "# T\n\u0085\n", []string{"lang/en/answers/a.md:2: C1 control character U+0085"}},
		{"lang/en/answers/a.md", "# T\n\n\u202bx\n\u202dy\n", []string{
			"lang/en/answers/a.md:3: bidi control U+202B (RLE) in the text: it reorders text on screen",
			"lang/en/answers/a.md:4: bidi control U+202D (LRO)",
		}},
		{"lang/en/answers/a.md", "# T\n\n&Tab; &#x202c;\n", []string{"lang/en/answers/a.md:3: character reference &Tab; stands for a control character U+0009 (TAB)"}},
		{"lang/en/answers/a.md", "# T\n\xc3\x28\n", []string{"lang/en/answers/a.md:2: invalid UTF-8 (byte 0xC3): save the file as UTF-8"}},
		// JSON: tabs between values are fine; escapes inside strings are resolved first.
		{"lang/en/strings.json", "{\n\t\"a\": \"line\\nbreak\"\r\n}\n", nil},
		{"lang/en/strings.json", "{\n\"a\": \"tab\\there\"\n}", []string{"lang/en/strings.json:2: control character U+0009 (TAB) in a string"}},
		{"facts.json", "{\"sources\": {\n\"H1\": {\"title\": \"x\\u001b[2J\", \"url\": \"u\"}}}", []string{"facts.json:2: control character U+001B (ESC) in a string"}},
		{"facts.json", "{\"sources\": {\n\"H1\": {\"title\": \"x\", \"url\": \"http://a\\u009d52;c;aGk=\\u0007\"}}}", []string{"facts.json:2: C1 control character U+009D (OSC) in a string"}},
		{"lang/en/lang.json", "{\"status\": \"source\",\n\"note\": \"\\u202e\"}", []string{"lang/en/lang.json:2: bidi control U+202E (RLO) in a string"}},
		{"guide.json", "{\"comment\": \"raw C1 \u009b in a string\"}", []string{"guide.json:1: C1 control character U+009B (CSI) in the text"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range textProblems(tt.name, []byte(tt.data)) {
			got = append(got, p.Error())
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s %q: got %d problems, want %d:\n%s", tt.name, tt.data, len(got), len(tt.want), strings.Join(got, "\n"))
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tt.want[i]) {
				t.Errorf("%s %q: problem %d = %q, want prefix %q", tt.name, tt.data, i, got[i], tt.want[i])
			}
		}
	}
}

// TestTextProblemsLimit: a binary file gives a bounded number of problems, not one per line.
func TestTextProblemsLimit(t *testing.T) {
	data := strings.Repeat("\x00\n", 100000)
	got := textProblems("lang/en/answers/a.md", []byte(data))
	if len(got) != maxTextProblems+1 {
		t.Errorf("%d problems, want %d", len(got), maxTextProblems+1)
	}
}

func TestCheckLanguageCode(t *testing.T) {
	for _, ok := range []string{"en", "nb", "ar", "so", "ti", "uk", "pl", "ru", "lt", "fa", "prs", "ckb", "kmr", "nn", "no"} {
		if err := checkLanguageCode(ok); err != nil {
			t.Errorf("checkLanguageCode(%q) = %v, want nil", ok, err)
		}
	}
	for code, why := range map[string]string{
		"arabic": "is not a language code of 2 or 3 lower-case letters",
		"Somali": "is not a language code",
		"ar SY":  "is not a language code",
		"..nb":   "is not a language code",
		"ar-SY":  "is not a language code",
		"EN":     "is not a language code",
		"e":      "is not a language code",
		"":       "is not a language code",
		"zz":     "is not a language that golang.org/x/text knows",
		"xyz":    "is not a language that golang.org/x/text knows",
		"iw":     `is an old spelling of "he"`,
		"und":    "names no particular language",
		"mul":    "names no particular language",
		"zxx":    "names no particular language",
		"qaa":    "names no particular language",
	} {
		err := checkLanguageCode(code)
		if err == nil || !strings.Contains(err.Error(), why) {
			t.Errorf("checkLanguageCode(%q) = %v, want an error containing %q", code, err, why)
		}
	}
}

// TestLanguageOfProblem: a problem found in lang/<code>/… belongs to that language.
func TestLanguageOfProblem(t *testing.T) {
	for file, want := range map[string]string{
		"lang/nb/strings.json":         "nb",
		"lang/nb/answers/emergency.md": "nb",
		"lang/ar SY":                   "ar SY",
		"lang":                         "",
		"guide.json":                   "",
		"facts.json":                   "",
	} {
		if got := languageOfFile(file); got != want {
			t.Errorf("languageOfFile(%q) = %q, want %q", file, got, want)
		}
	}
}

// TestOpenBrokenSourceLanguage: the program refuses a guide whose source language has an
// error, naming file and line, and runs one whose translation has one without it.
func TestOpenBrokenSourceLanguage(t *testing.T) {
	m := miniFS(t)
	m["lang/en/answers/own_gp.md"] = &fstest.MapFile{Data: []byte("# GP\n\nCall 113.\n")}
	_, _, err := Open(m)
	var ge *GuideError
	if !errors.As(err, &ge) || !strings.HasPrefix(err.Error(), `lang/en/answers/own_gp.md:3: raw number "113"`) {
		t.Fatalf("Open = %v, want a *GuideError for lang/en/answers/own_gp.md:3", err)
	}

	m = miniFS(t)
	m["lang/nb/answers/own_gp.md"] = &fstest.MapFile{Data: []byte("# Fastlege\n\nRing 113.\n")}
	g, dropped, err := Open(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(dropped) != 1 || dropped[0].Code != "nb" || g.Languages["nb"] != nil || g.Languages["en"] == nil {
		t.Fatalf("dropped %v, languages %v: want nb left out and en kept", dropped, g.LanguageCodes())
	}
	if got := g.Text("en", "ui.emergency_line", testNow, nil); !strings.Contains(got, "113") {
		t.Errorf("emergency line %q lacks 113", got)
	}
}

// miniFS returns the mini guide as a map that a test may change.
func miniFS(t *testing.T) fstest.MapFS { return overlay(t, &txtar.Archive{}) }

// TestLineOfObject finds the line of a node whose id a question has too, however the
// id is spaced; with more spaces after the colon than usual, or with the id "id", it
// once never returned.
func TestLineOfObject(t *testing.T) {
	tests := []struct {
		data string
		id   string
	}{
		{"{\"questions\": [{\"id\": \"gp\", \"options\": []}],\n\"nodes\": [\n{\"id\": \"gp\", \"ask\": \"gp\"}]}", "gp"},
		{"{\"questions\": [{\"id\":     \"gp\", \"options\": []}],\n\"nodes\": [\n{\"id\":     \"gp\", \"ask\": \"gp\"}]}", "gp"},
		{"{\"questions\": [{\"id\": \"id\", \"options\": []}],\n\"nodes\": [\n{\"id\":  \"id\", \"ask\": \"id\"}]}", "id"},
	}
	for _, tt := range tests {
		done := make(chan int, 1)
		go func() { done <- lineOfObject([]byte(tt.data), tt.id, "ask") }()
		select {
		case line := <-done:
			if line != 3 {
				t.Errorf("%q: line %d, want 3", tt.data, line)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%q: lineOfObject did not return", tt.data)
		}
	}
}

// TestDisplayTextGuard puts control characters into every text of a loaded guide, past
// the validation (as a guide built in code might have them): every display text that
// Text, Render and CallLines produce is still clean. This is the second guard; the first
// is the validation, which FuzzLoad and the fixtures test.
func TestDisplayTextGuard(t *testing.T) {
	g, err := Load(miniFS(t))
	if err != nil {
		t.Fatal(err)
	}
	bad := "\x1b[2J\r\u009b\u202e\x07\xff&#27;&#x202e;"
	for _, l := range g.Languages {
		for k, s := range l.Strings {
			l.Strings[k] = s + bad
		}
		for _, a := range l.Answers {
			a.Title += bad
			a.Body += bad + "\n" + bad
		}
	}
	for _, s := range g.Sources {
		s.Title += bad
		s.URL += bad
		s.Date += bad
	}
	for _, p := range g.Phones {
		p.Number += bad
	}
	texts := displayTexts(t, g)
	if len(texts) < 50 {
		t.Fatalf("only %d display texts", len(texts))
	}
	for _, s := range texts {
		if b := unsafeIn(s); b != "" {
			t.Errorf("display text holds %s: %q", b, s)
		}
	}
}
