package plaintext

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"helseguide/content"
)

func TestBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Block
	}{
		{"heading and paragraph", "## What to do\n\nCall **now**.\n", []Block{
			{Kind: Heading, Text: "What to do"}, {Kind: Paragraph, Text: "Call now."},
		}},
		{"bullets", "- one\n- *two*\n", []Block{
			{Kind: Item, Marker: "- ", Text: "one"}, {Kind: Item, Marker: "- ", Text: "two"},
		}},
		{"ordered from 3", "3. third\n4. fourth\n", []Block{
			{Kind: Item, Marker: "3. ", Text: "third"}, {Kind: Item, Marker: "4. ", Text: "fourth"},
		}},
		{"nested and a second paragraph", "- a\n\n  more\n  - b\n", []Block{
			{Kind: Item, Marker: "- ", Text: "a"}, {Kind: Item, Text: "more"},
			{Kind: Item, Depth: 1, Marker: "- ", Text: "b"},
		}},
		{"link, quote, break, html", "See [H](https://h.no).\n\n> quoted\n\n---\n\n<div>x</div>\n", []Block{
			{Kind: Paragraph, Text: "See H (https://h.no)."}, {Kind: Paragraph, Text: "quoted"},
			{Kind: Paragraph, Text: "----"},
		}},
		{"hard break", "one  \ntwo\n", []Block{{Kind: Paragraph, Text: "one\ntwo"}}},
		{"control characters", "Call\x1b[2J 113\n", []Block{{Kind: Paragraph, Text: "Call\uFFFD[2J 113"}}},
	}
	for _, tt := range tests {
		if got := Blocks(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Blocks(%q) =\n%+v\nwant\n%+v", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestBlocksAsMarkdownWrites: for every answer of the guide in every language, the blocks'
// texts are the lines Markdown writes, in order, with the same list markers.
func TestBlocksAsMarkdownWrites(t *testing.T) {
	g, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	for _, lang := range g.LanguageCodes() {
		for _, a := range g.Answers {
			r, err := g.Render(lang, content.Step{Answer: a}, now)
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, l := range strings.Split(Markdown(r.Markdown), "\n") {
				if l != "" {
					lines = append(lines, l)
				}
			}
			var got []string
			for _, b := range Blocks(r.Markdown) {
				got = append(got, strings.Repeat("  ", b.Depth)+b.Marker+b.Text)
			}
			if !reflect.DeepEqual(got, lines) {
				t.Errorf("%s %s: blocks\n%q\nMarkdown's lines\n%q", lang, a.ID, got, lines)
			}
		}
	}
}
