package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
)

// testEnv is an environment with a fixed clock, no locale, and stdout on a terminal
// termWidth columns wide (0: not a terminal).
func testEnv(termWidth int) (*env, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	return &env{
		stdin:         strings.NewReader(""),
		stdout:        &stdout,
		stderr:        &stderr,
		getenv:        func(string) string { return "" },
		now:           func() time.Time { return now },
		isTerminal:    func() bool { return termWidth > 0 },
		termWidth:     func() int { return termWidth },
		outIsTerminal: func() bool { return termWidth > 0 },
		askBidi:       func(time.Duration) (ansi.ModeSetting, bool) { return 0, false },
		command:       exec.Command,
		openDir:       content.OpenDir,
		stat:          os.Stat,
		environ:       func() []string { return nil },
	}, &stdout, &stderr
}

// TestOutputWidth: without --width, text and slips take the terminal's width (at least
// the slip's minimum), and 80 columns when stdout is not a terminal.
func TestOutputWidth(t *testing.T) {
	tests := []struct {
		name      string
		termWidth int
		args      []string
		want      int // the widest line (not counting web addresses)
	}{
		{"slip on a 50-column terminal", 50, []string{"--format", "slip"}, 50},
		{"slip on a pipe", 0, []string{"--format", "slip"}, 80},
		{"slip on a terminal narrower than a slip", 12, []string{"--format", "slip"}, 24},
		{"--width wins over the terminal", 50, []string{"--format", "slip", "--width", "36"}, 36},
		{"text on a 50-column terminal", 50, nil, 50},
		{"text on a pipe", 0, nil, 80},
	}
	for _, tt := range tests {
		e, stdout, stderr := testEnv(tt.termWidth)
		args := append(append([]string{"answer"}, tt.args...), "emergency=no", "urgent=no", "topic=doctor", "id=fnr", "gp=no")
		if code := run(args, e); code != exitOK {
			t.Fatalf("%s: exit %d: %s", tt.name, code, stderr)
		}
		widest := 0
		for _, line := range strings.Split(stdout.String(), "\n") {
			if strings.Contains(line, "://") {
				continue
			}
			widest = max(widest, ansi.StringWidth(line))
		}
		if strings.Contains(strings.Join(tt.args, " "), "slip") {
			// A slip's rules span its width exactly.
			if !strings.Contains(stdout.String(), "\n"+strings.Repeat("=", tt.want)+"\n") {
				t.Errorf("%s: no rule %d wide:\n%s", tt.name, tt.want, stdout)
			}
		}
		if widest > tt.want || widest < tt.want-10 {
			t.Errorf("%s: widest line %d, want %d (or a little less for text)", tt.name, widest, tt.want)
		}
	}
}
