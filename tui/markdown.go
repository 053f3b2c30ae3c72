package tui

import (
	"embed"
	"regexp"
	"strings"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content/plaintext"
)

// mdStyles are the Glamour styles of answers, kept as data: dark.json and light.json for
// the two kinds of terminal background and mono.json without colour (NO_COLOR). Headings
// have no "##" and lists use "•"; colours keep 4.5:1 on their background (tested).
//
//go:embed mdstyles/*.json
var mdStyles embed.FS

// mdKey identifies one rendering of an answer's markdown.
type mdKey struct {
	answer, lang string
	width        int
	style        string // "dark", "light" or "mono"
	// visual lays the answer out in visual order without Glamour (visualMarkdown): for a
	// right-to-left language in app mode (see bidi.go).
	visual bool
}

// markdownCache renders answers with Glamour. Renderers are built lazily, one per style and
// width, and every rendered answer is kept per (answer, language, width, style), so a resize
// or going back re-renders at most once. It is shared by copies of the model.
type markdownCache struct {
	renderers map[mdKey]*glamour.TermRenderer // keyed by width and style only
	out       map[mdKey][]string
	headings  map[string]paint // how each style paints headings, for visualMarkdown
	renders   int              // how many times Glamour ran, for tests
}

func newMarkdownCache() *markdownCache {
	return &markdownCache{renderers: map[mdKey]*glamour.TermRenderer{}, out: map[mdKey][]string{}, headings: map[string]paint{}}
}

// render returns md rendered for k as lines no wider than k.width (wrapped list items
// indented under their text). When Glamour fails it falls back to the text wrapped as it
// is, so that an answer is never lost.
func (c *markdownCache) render(k mdKey, md string) []string {
	if lines, ok := c.out[k]; ok {
		return lines
	}
	if k.visual {
		h, ok := c.headings[k.style]
		if !ok {
			h = headingPaint(k.style)
			c.headings[k.style] = h
		}
		lines := visualMarkdown(md, k.lang, k.width, h)
		c.out[k] = lines
		return lines
	}
	lines, err := c.glamour(k, md)
	if err != nil || !fits(lines, k.width) {
		// Glamour failed, or cannot keep to a width this narrow: the text without
		// markup, wrapped by cluster.
		lines = wrap(strings.TrimSpace(plaintext.Markdown(md)), k.width)
	}
	c.out[k] = lines
	return lines
}

// fits reports whether every line is at most w cells wide.
func fits(lines []string, w int) bool {
	for _, l := range lines {
		if width(l) > w {
			return false
		}
	}
	return true
}

func (c *markdownCache) glamour(k mdKey, md string) ([]string, error) {
	rk := mdKey{width: k.width, style: k.style}
	r := c.renderers[rk]
	if r == nil {
		style, err := mdStyles.ReadFile("mdstyles/" + k.style + ".json")
		if err != nil {
			return nil, err
		}
		r, err = glamour.NewTermRenderer(glamour.WithStylesFromJSONBytes(style), glamour.WithWordWrap(max(k.width, 1)))
		if err != nil {
			return nil, err
		}
		c.renderers[rk] = r
	}
	out, err := r.Render(md)
	if err != nil {
		return nil, err
	}
	c.renders++
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		lines[i] = trimRightSpace(l)
	}
	return hangItems(lines, k.width), nil
}

// trimRightSpace drops the spaces Glamour pads a line with, also when they stand inside
// escape sequences, and ends the line's styles.
func trimRightSpace(l string) string {
	plain := ansi.Strip(l)
	trimmed := strings.TrimRight(plain, " ")
	if trimmed == plain {
		return l
	}
	if trimmed == "" {
		return ""
	}
	return ansi.Cut(l, 0, width(trimmed)) + "\x1b[m"
}

// itemStart matches the start of a list item as the styles draw it: "• " or "3. ".
var itemStart = regexp.MustCompile(`^( *)(• |\d+\. )`)

// hangItems re-wraps list items to width w so that their wrapped lines stand under the
// item's text, not under its bullet, as a reader expects: the second line of "• Log in
// with BankID …" starts two cells in, under "Log". Glamour wraps an item's text as one block with its bullet, so this is done here.
func hangItems(lines []string, w int) []string {
	var out []string
	for i := 0; i < len(lines); {
		m := itemStart.FindStringSubmatch(ansi.Strip(lines[i]))
		if m == nil {
			out = append(out, lines[i])
			i++
			continue
		}
		indent := len(m[1])
		prefix := indent + width(m[2])
		text := []string{ansi.Cut(lines[i], prefix, 1<<20)}
		head := ansi.Cut(lines[i], 0, prefix)
		i++
		for ; i < len(lines); i++ {
			plain := ansi.Strip(lines[i])
			lead := len(plain) - len(strings.TrimLeft(plain, " "))
			if strings.TrimSpace(plain) == "" || lead != indent || itemStart.MatchString(plain) {
				break
			}
			text = append(text, ansi.Cut(lines[i], indent, 1<<20))
		}
		if w-prefix < 8 {
			// Too narrow to indent: keep Glamour's lines.
			out = append(out, head+text[0])
			for _, t := range text[1:] {
				out = append(out, strings.Repeat(" ", indent)+t)
			}
			continue
		}
		wrapped := strings.Split(ansi.Wrap(strings.Join(text, " "), w-prefix, ""), "\n")
		out = append(out, head+wrapped[0])
		for _, t := range wrapped[1:] {
			out = append(out, strings.Repeat(" ", prefix)+t)
		}
	}
	return out
}
