package tui

import (
	"encoding/json"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestContrastRatio(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#FFFFFF", 21},
		{"#FFFFFF", "#FFFFFF", 1},
		{"#777777", "#FFFFFF", 4.48}, // the classic "just fails AA" grey
		{"#767676", "#FFFFFF", 4.54},
	}
	for _, tt := range tests {
		got := contrast(lipgloss.Color(tt.a), lipgloss.Color(tt.b))
		if got < tt.want-0.01 || got > tt.want+0.01 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// backgrounds are terminal backgrounds people use: black and white, the default dark and
// light themes of common terminals, Solarized, and a mid grey.
var backgrounds = []string{"#000000", "#FFFFFF", "#1E1E1E", "#282C34", "#300A24", "#2E3436",
	"#002B36", "#FDF6E3", "#F5F5F5", "#EEE8D5", "#3C3C3C", "#808080", "#C0C0C0"}

// TestTextColoursAreReadable: every text colour of the styles, the help line's above all,
// has a contrast ratio of at least 4.5:1 on the background it was picked for, or is the
// terminal's own colour.
func TestTextColoursAreReadable(t *testing.T) {
	for _, hex := range backgrounds {
		bg := lipgloss.Color(hex)
		st := DefaultStyles(bg)
		named := map[string]lipgloss.Style{
			"Title": st.Title, "Crumbs": st.Crumbs, "Hint": st.Hint, "Selected": st.Selected,
			"CardNumber": st.CardNumber, "OpenNow": st.OpenNow, "ClosedNow": st.ClosedNow,
			"Faint": st.Faint, "Heading": st.Heading,
			"Help.ShortKey": st.Help.ShortKey, "Help.ShortDesc": st.Help.ShortDesc,
			"Help.ShortSeparator": st.Help.ShortSeparator, "Help.Ellipsis": st.Help.Ellipsis,
			"Help.FullKey": st.Help.FullKey, "Help.FullDesc": st.Help.FullDesc,
		}
		for name, s := range named {
			fg := s.GetForeground()
			if _, none := fg.(lipgloss.NoColor); none {
				continue
			}
			if r := contrast(fg, bg); r < minContrast {
				t.Errorf("background %s: %s has contrast %.2f, want at least %.1f", hex, name, r, minContrast)
			}
		}
		// The emergency line has its own background.
		if r := contrast(st.Emergency.GetForeground(), st.Emergency.GetBackground()); r < minContrast {
			t.Errorf("the emergency line has contrast %.2f", r)
		}
	}
}

// TestMarkdownStylesAreReadable checks the colours of the Glamour styles (JSON data) on
// the backgrounds they are for.
func TestMarkdownStylesAreReadable(t *testing.T) {
	for style, bgs := range map[string][]string{
		"dark":  {"#000000", "#1E1E1E", "#282C34", "#300A24", "#002B36"},
		"light": {"#FFFFFF", "#FDF6E3", "#F5F5F5", "#EEE8D5"},
		"mono":  nil,
	} {
		data, err := mdStyles.ReadFile("mdstyles/" + style + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var elements map[string]map[string]any
		if err := json.Unmarshal(data, &elements); err != nil {
			t.Fatalf("%s.json: %v", style, err)
		}
		for name, el := range elements {
			for _, prop := range []string{"color", "background_color", "prefix", "block_prefix"} {
				v, ok := el[prop].(string)
				if !ok {
					continue
				}
				switch {
				case prop == "color" && style == "mono", prop == "background_color":
					t.Errorf("%s.json: %s has %s %q; the styles set no background and mono no colour", style, name, prop, v)
				case prop == "color":
					for _, bg := range bgs {
						if r := contrast(lipgloss.Color(v), lipgloss.Color(bg)); r < minContrast {
							t.Errorf("%s.json: %s colour %s has contrast %.2f on %s", style, name, v, r, bg)
						}
					}
				case name[0] == 'h' && len(name) == 2 && v != "":
					t.Errorf("%s.json: heading %s has %s %q: headings show no markup", style, name, prop, v)
				}
			}
		}
	}
}

func TestIsDark(t *testing.T) {
	for hex, want := range map[string]bool{"#000000": true, "#FFFFFF": false, "#300A24": true, "#FDF6E3": false, "#808080": false} {
		if got := isDark(lipgloss.Color(hex)); got != want {
			t.Errorf("isDark(%s) = %v, want %v", hex, got, want)
		}
	}
}
