package plaintext

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"heading and paragraph", "## What to do\n\nCall **now**.\n", "What to do\n\nCall now.\n"},
		{"bullets", "- one\n- *two*\n", "- one\n- two\n"},
		{"ordered", "1. first\n2. second\n", "1. first\n2. second\n"},
		{"link", "See [Helsenorge](https://helsenorge.no).", "See Helsenorge (https://helsenorge.no).\n"},
		{"autolink", "<https://helsenorge.no>", "https://helsenorge.no\n"},
		{"html dropped", "Hi <b>there</b>\n\n<div>x</div>\n", "Hi there\n"},
		{"soft break joins", "one\ntwo\n", "one two\n"},
		{"nested list", "- a\n  - b\n", "- a\n  - b\n"},
	}
	for _, tt := range tests {
		if got := Markdown(tt.in); got != tt.want {
			t.Errorf("%s: Markdown(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// FuzzMarkdown checks that Markdown never panics and never adds an escape sequence: plain
// output goes to screen readers and pipes.
func FuzzMarkdown(f *testing.F) {
	f.Add("# T\n\n**bold** and _it_ [l](u)\n- x\n")
	f.Add("<b>x</b>\n\n> quote\n\n```\ncode\n```\n")
	f.Fuzz(func(t *testing.T, md string) {
		out := Markdown(md)
		if strings.Contains(out, "\x1b") && !strings.Contains(md, "\x1b") {
			t.Errorf("escape sequence in output of %q", md)
		}
	})
}
