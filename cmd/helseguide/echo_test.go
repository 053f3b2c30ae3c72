package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"helseguide/content"
)

func TestSafeLine(t *testing.T) {
	long := strings.Repeat("a", 100)
	tests := []struct{ in, want string }{
		{`unknown language "xx": choose one of en, nb`, `unknown language "xx": choose one of en, nb`},
		{`unknown command "` + long + `": choose`, `unknown command "` + long[:64] + `…": choose`},
		{`two "` + long + `" and "` + long + `"`, `two "` + long[:64] + `…" and "` + long[:64] + `…"`},
		{`a raw ` + "\x1b[2J" + ` escape`, `a raw \x1b[2J escape`},
		{"bidi \u202eevil and \u2067isolate\u2069", `bidi \u202eevil and \u2067isolate\u2069`},
		{"invalid \xff byte", `invalid � byte`},
		{`quoted "\x1b]52;c;aGk=\a" stays escaped`, `quoted "\x1b]52;c;aGk=\a" stays escaped`},
		{`not Go quotes "\q" stay`, `not Go quotes "\q" stay`},
		{`exactly 64 "` + long[:64] + `"`, `exactly 64 "` + long[:64] + `"`},
		{`runes, not bytes "` + strings.Repeat("ø", 70) + `"`, `runes, not bytes "` + strings.Repeat("ø", 64) + `…"`},
	}
	for _, tt := range tests {
		if got := safeLine(tt.in); got != tt.want {
			t.Errorf("safeLine(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestEchoedInput gives the command line input with control characters, bidi controls,
// invalid UTF-8 and great length where it is echoed in an error: the error is one line,
// with no control character, and repeats at most 64 characters of the input. (A content
// folder is named in full, escaped: it is a place the user must find.)
func TestEchoedInput(t *testing.T) {
	evil := "\x1b[2J\x1b]52;c;aGVsbG8=\x07\r\u202e\x9b\xff" + strings.Repeat("x", 300)
	tests := [][]string{
		{evil},                          // unknown command
		{"--" + evil},                   // unknown option
		{"answer", "--" + evil + "=1"},  // unknown option with a value
		{"answer", "--lang", evil},      // unknown language
		{"answer", "--at", evil},        // bad time
		{"answer", "--format", evil},    // unknown format
		{"answer", evil},                // not a choice
		{"answer", evil + "=yes"},       // unknown question
		{"answer", "emergency=" + evil}, // unknown option of a question
		{"check", evil},                 // unexpected argument
		{"check", "--max-age", evil},    // not a number
		{"langs", evil},
		{"--content", evil[:20]}, // no such folder
	}
	for _, args := range tests {
		var stdout, stderr bytes.Buffer
		e := &env{
			stdin:      strings.NewReader(""),
			stdout:     &stdout,
			stderr:     &stderr,
			getenv:     func(string) string { return "" },
			now:        func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) },
			isTerminal: func() bool { return false },
			openDir:    content.OpenDir,
			stat:       os.Stat,
			environ:    func() []string { return nil },
		}
		if code := run(args, e); code != exitError {
			t.Errorf("%q: exit %d, want %d", args, code, exitError)
		}
		out := stderr.String()
		line, rest, _ := strings.Cut(out, "\n")
		if rest != "" || !strings.HasSuffix(out, "\n") {
			t.Errorf("%q: want one line on stderr, got %q", args, out)
		}
		if !utf8.ValidString(line) || strings.ContainsFunc(line, func(r rune) bool {
			return r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e)
		}) {
			t.Errorf("%q: stderr holds a control character: %q", args, line)
		}
		if strings.Contains(line, strings.Repeat("x", 65)) {
			t.Errorf("%q: stderr repeats more than 64 characters of the input: %q", args, line)
		}
	}
}
