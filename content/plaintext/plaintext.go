// Package plaintext turns the guide's markdown into plain text: no markup characters, no
// escape sequences, one paragraph per line. Screen readers, serial consoles, pipes and the
// `answer --format text` command use it. What it returns passes content.CleanText last, a
// final guard for plain output in case a text with control characters got this far.
package plaintext

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"helseguide/content"
)

// Markdown returns md as plain text. Headings become their own line, list items start with
// "- " (or "1. "), emphasis markers are dropped, links keep their text followed by the
// address, and raw HTML is dropped. Paragraphs are separated by a blank line and are not
// wrapped: the terminal or screen reader wraps them. Control characters are replaced (see
// content.CleanText), whatever the input holds.
func Markdown(md string) string {
	src := []byte(md)
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	w := &writer{src: src}
	w.blocks(doc)
	return content.CleanText(strings.TrimRight(w.buf.String(), "\n") + "\n")
}

type writer struct {
	src []byte
	buf bytes.Buffer
}

func (w *writer) blocks(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		w.block(n, "")
	}
}

// block writes one block node; indent prefixes nested list items.
func (w *writer) block(n ast.Node, indent string) {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		w.buf.WriteString(indent)
		w.inlines(n)
		w.buf.WriteString("\n")
		if _, ok := n.(*ast.TextBlock); !ok && indent == "" {
			w.buf.WriteString("\n")
		}
	case *ast.List:
		i := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			marker := "- "
			if n.IsOrdered() {
				marker = strconv.Itoa(i) + ". "
				i++
			}
			w.listItem(item, indent, marker)
		}
		if indent == "" {
			w.buf.WriteString("\n")
		}
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, indent)
		}
	case *ast.ThematicBreak:
		w.buf.WriteString(indent + "----\n\n")
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			w.buf.WriteString(indent + "    " + strings.TrimRight(string(seg.Value(w.src)), "\n") + "\n")
		}
		w.buf.WriteString("\n")
	case *ast.HTMLBlock:
		// Dropped: the guide's texts carry no HTML, and plain output must carry no markup.
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, indent)
		}
	}
}

func (w *writer) listItem(item ast.Node, indent, marker string) {
	first := true
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			if first {
				w.buf.WriteString(indent + marker)
			} else {
				w.buf.WriteString(indent + strings.Repeat(" ", len(marker)))
			}
			w.inlines(c)
			w.buf.WriteString("\n")
		default:
			w.block(c, indent+strings.Repeat(" ", len(marker)))
		}
		first = false
	}
}

func (w *writer) inlines(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			w.buf.Write(n.Segment.Value(w.src))
			switch {
			case n.HardLineBreak():
				w.buf.WriteString("\n")
			case n.SoftLineBreak():
				w.buf.WriteString(" ")
			}
		case *ast.String:
			w.buf.Write(n.Value)
		case *ast.CodeSpan:
			w.inlines(n)
		case *ast.Link:
			start := w.buf.Len()
			w.inlines(n)
			label := w.buf.String()[start:]
			if dest := string(n.Destination); dest != "" && dest != label {
				w.buf.WriteString(" (" + dest + ")")
			}
		case *ast.AutoLink:
			w.buf.Write(n.URL(w.src))
		case *ast.Image:
			w.inlines(n)
		case *ast.RawHTML:
			// Dropped, as HTML blocks are.
		default:
			w.inlines(n)
		}
	}
}
