package tui

import (
	"strconv"
	"strings"
)

// Hyperlinks reports whether the terminal described by environ (os.Environ form) shows
// OSC 8 hyperlinks, so that phone numbers can be tel: links. Terminals that do not know
// the sequence may print it as text (the Linux console does), so only terminals known to
// support it say yes: kitty, foot, WezTerm, Ghostty, iTerm2, Alacritty, Windows Terminal,
// Konsole, VS Code's terminal and those built on VTE 0.50 or later (GNOME Terminal,
// Tilix, xfce4-terminal). Inside tmux or screen it says no: they pass links on only when
// set up to. TERM=dumb, TERM=linux and no TERM at all say no.
func Hyperlinks(environ []string) bool {
	env := map[string]string{}
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	term := env["TERM"]
	switch {
	case term == "", term == "dumb", term == "linux",
		env["TMUX"] != "", env["STY"] != "",
		strings.HasPrefix(term, "tmux"), strings.HasPrefix(term, "screen"):
		return false
	}
	switch env["TERM_PROGRAM"] {
	case "iTerm.app", "WezTerm", "ghostty", "vscode":
		return true
	}
	for _, t := range []string{"kitty", "foot", "wezterm", "ghostty", "alacritty"} {
		if strings.Contains(term, t) {
			return true
		}
	}
	if v, err := strconv.Atoi(env["VTE_VERSION"]); err == nil && v >= 5000 {
		return true
	}
	return env["WT_SESSION"] != "" || env["KONSOLE_VERSION"] != ""
}
