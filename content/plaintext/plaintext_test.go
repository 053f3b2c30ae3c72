package plaintext

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"helseguide/content"
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

// FuzzMarkdown checks that Markdown and Blocks never panic and that their output never
// holds a control character but the line break, a bidi override or invalid UTF-8,
// whatever the input: plain output goes to screen readers, pipes and terminals, and the
// blocks to the full-screen guide.
func FuzzMarkdown(f *testing.F) {
	f.Add("# T\n\n**bold** and _it_ [l](u)\n- x\n")
	f.Add("<b>x</b>\n\n> quote\n\n```\ncode\n```\n")
	f.Add("Call 113 now.\rDo not call.\n\n\x1b]52;c;aGk=\x07 \u202egnp \x9b2J \xff")
	f.Fuzz(func(t *testing.T, md string) {
		if bad := unsafeRune(Markdown(md)); bad != "" {
			t.Errorf("Markdown(%q) holds %s", md, bad)
		}
		for _, b := range Blocks(md) {
			if bad := unsafeRune(b.Marker + b.Text); bad != "" {
				t.Errorf("Blocks(%q) holds %s in %+v", md, bad, b)
			}
		}
	})
}

// unsafeRune describes the first character of s that must not reach a terminal, or "".
func unsafeRune(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) {
			return fmt.Sprintf("U+%04X", r)
		}
	}
	return ""
}

// TestAnswerFinalGuard gives Answer a document with control characters in every field,
// as a guide built without the loader might have: none reaches the output.
func TestAnswerFinalGuard(t *testing.T) {
	bad := "x\x1b[2J\ry\x9b\u202e\x07\xff"
	open := true
	r := &content.Rendered{
		Answer: "emergency", Lang: "en", Title: bad, Markdown: "# " + bad + "\n\n" + bad, Checked: bad,
		Calls:   []content.Call{{Number: bad, Label: bad, Hours: bad, OpenNow: &open, Note: bad}},
		Sources: []*content.Source{{ID: bad, Title: bad, URL: bad, Date: bad}},
	}
	d := &content.Document{
		Rendered: r,
		Calls:    []content.CallLine{{Call: r.Calls[0], Hours: bad, Now: bad, Opens: bad}},
		Bring:    []string{bad},
		Sources:  []content.SourceRef{{Title: bad, URL: bad}},
		Checked:  bad,
		Review:   bad,
		Labels:   content.DocumentLabels{Calls: bad, Sources: bad, HaveReady: bad},
	}
	out := Answer(d)
	if b := unsafeRune(out); b != "" {
		t.Errorf("Answer output holds %s:\n%q", b, out)
	}
	if !strings.Contains(out, "x\uFFFD[2J\uFFFDy") {
		t.Errorf("Answer output should show the replaced characters as U+FFFD:\n%q", out)
	}
}

func TestPhrases(t *testing.T) {
	tests := []struct {
		name string
		list []content.Phrase
		want string
	}{
		{"none", nil, ""},
		{"with the reader's language", []content.Phrase{{Norwegian: "Jeg heter ____.", Own: "My name is ____."}},
			"Say:\n- Jeg heter ____.\n  My name is ____.\n"},
		{"Norwegian reader: once", []content.Phrase{{Norwegian: "Jeg heter ____."}}, "Say:\n- Jeg heter ____.\n"},
		{"the same words: once", []content.Phrase{{Norwegian: "OK", Own: "OK"}}, "Say:\n- OK\n"},
	}
	for _, tt := range tests {
		if got := Phrases("Say", tt.list); got != tt.want {
			t.Errorf("%s: Phrases = %q, want %q", tt.name, got, tt.want)
		}
	}
}
