package i18n

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestParseBidiMode(t *testing.T) {
	for _, s := range BidiModes {
		m, err := ParseBidiMode(s)
		if err != nil || m.String() != s {
			t.Errorf("ParseBidiMode(%q) = %v, %v; want %s", s, m, err, s)
		}
	}
	for _, s := range []string{"", "App", "visual", "logical", "auto "} {
		if _, err := ParseBidiMode(s); err == nil {
			t.Errorf("ParseBidiMode(%q): no error", s)
		} else if want := `unknown bidi mode "` + s + `": choose app, terminal or auto`; err.Error() != want {
			t.Errorf("ParseBidiMode(%q): %q, want %q", s, err, want)
		}
	}
}

func TestBidiModeFromReport(t *testing.T) {
	tests := []struct {
		setting  ansi.ModeSetting
		answered bool
		want     BidiMode
	}{
		{ansi.ModeSet, true, BidiTerminal},
		{ansi.ModePermanentlySet, true, BidiTerminal},
		{ansi.ModeReset, true, BidiApp},
		{ansi.ModePermanentlyReset, true, BidiApp},
		{ansi.ModeNotRecognized, true, BidiApp},
		{ansi.ModeSet, false, BidiApp}, // no answer: a setting that was never sent
		{0, false, BidiApp},
	}
	for _, tt := range tests {
		if got := BidiModeFromReport(tt.setting, tt.answered); got != tt.want {
			t.Errorf("BidiModeFromReport(%d, %v) = %v, want %v", tt.setting, tt.answered, got, tt.want)
		}
	}
}

// TestBidiSequences pins the escape sequences to ECMA-48 and DECRQM as the terminal-wg
// bidi recommendation uses them.
func TestBidiSequences(t *testing.T) {
	for _, tt := range []struct{ name, got, want string }{
		{"BidiExplicit", BidiExplicit, "\x1b[8l"},
		{"BidiImplicit", BidiImplicit, "\x1b[8h"},
		{"BidiQuery", BidiQuery, "\x1b[8$p"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
