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

// Block is one block of markdown as plain text, for a surface that lays each kind of block
// out itself: the interactive guide draws right-to-left answers in visual order from these,
// with headings in bold and list markers on the right. The texts are those Markdown writes.
type Block struct {
	// Kind says what the block is: a paragraph, a heading or a list item.
	Kind BlockKind
	// Depth is a list item's nesting: 0 for an item of a top-level list.
	Depth int
	// Marker is a list item's marker: "- ", or "3. " in a numbered list; "" for a further
	// paragraph of the same item, and for other blocks.
	Marker string
	// Text is the block's text without markup, as Markdown writes it (links followed by
	// their address); a hard line break stays a '\n'.
	Text string
}

// BlockKind is the kind of a Block.
type BlockKind int

const (
	// Paragraph is a paragraph, a line of a code block or a thematic break ("----").
	Paragraph BlockKind = iota
	// Heading is a heading of any level.
	Heading
	// Item is a paragraph of a list item.
	Item
)

// Blocks returns md as its blocks of plain text, in order: the same texts, in the same
// order, as Markdown writes on its lines. Block quotes give their blocks; raw HTML is
// dropped; control characters are replaced (content.CleanText).
func Blocks(md string) []Block {
	src := []byte(md)
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	b := &blocker{w: writer{src: src}}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		b.block(n, -1)
	}
	return b.out
}

// blocker collects blocks; w writes their inline text.
type blocker struct {
	w   writer
	out []Block
}

// block adds the blocks of node n; depth is the nesting of the list n is in, -1 for none.
func (b *blocker) block(n ast.Node, depth int) {
	switch n := n.(type) {
	case *ast.Heading:
		b.add(Block{Kind: Heading}, n)
	case *ast.Paragraph, *ast.TextBlock:
		b.add(Block{Kind: Paragraph}, n)
	case *ast.List:
		i := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			marker := "- "
			if n.IsOrdered() {
				marker = strconv.Itoa(i) + ". "
				i++
			}
			b.item(item, depth+1, marker)
		}
	case *ast.ThematicBreak:
		b.out = append(b.out, Block{Kind: Paragraph, Text: "----"})
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			line := strings.TrimRight(string(seg.Value(b.w.src)), "\n")
			b.out = append(b.out, Block{Kind: Paragraph, Text: content.CleanText(line)})
		}
	case *ast.HTMLBlock:
		// Dropped, as Markdown drops it.
	default: // block quotes, and containers yet unknown: their blocks
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			b.block(c, depth)
		}
	}
}

// item adds the blocks of a list item: its paragraphs as items (the first with the
// marker), and its nested lists one level deeper.
func (b *blocker) item(item ast.Node, depth int, marker string) {
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			b.add(Block{Kind: Item, Depth: depth, Marker: marker}, c)
			marker = ""
		default:
			b.block(c, depth)
		}
	}
}

// add adds blk with the inline text of n.
func (b *blocker) add(blk Block, n ast.Node) {
	b.w.buf = bytes.Buffer{}
	b.w.inlines(n)
	blk.Text = content.CleanText(strings.TrimRight(b.w.buf.String(), "\n"))
	b.out = append(b.out, blk)
}
