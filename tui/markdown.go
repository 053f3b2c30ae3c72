package tui

import (
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"
)

// mdKey identifies one rendering of an answer's markdown.
type mdKey struct {
	answer, lang string
	width        int
	style        string // "dark", "light" or "plain"
}

// markdownCache renders answers with Glamour. Renderers are built lazily, one per style and
// width, and every rendered answer is kept per (answer, language, width, style), so a resize
// or going back re-renders at most once. It is shared by copies of the model.
type markdownCache struct {
	renderers map[mdKey]*glamour.TermRenderer // keyed by width and style only
	out       map[mdKey]string
	renders   int // how many times Glamour ran, for tests
}

func newMarkdownCache() *markdownCache {
	return &markdownCache{renderers: map[mdKey]*glamour.TermRenderer{}, out: map[mdKey]string{}}
}

// render returns md rendered for k; it falls back to the raw markdown if Glamour fails.
func (c *markdownCache) render(k mdKey, md string) string {
	if s, ok := c.out[k]; ok {
		return s
	}
	rk := mdKey{width: k.width, style: k.style}
	r := c.renderers[rk]
	if r == nil {
		var cfg ansi.StyleConfig
		switch k.style {
		case "dark":
			cfg = styles.DarkStyleConfig
		case "light":
			cfg = styles.LightStyleConfig
		default:
			cfg = styles.NoTTYStyleConfig
		}
		var err error
		r, err = glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(max(k.width-4, 10)))
		if err != nil {
			return md
		}
		c.renderers[rk] = r
	}
	out, err := r.Render(md)
	if err != nil {
		return md
	}
	c.renders++
	if k.style == "plain" {
		out = xansi.Strip(out)
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	s := strings.Join(lines, "\n")
	c.out[k] = s
	return s
}
