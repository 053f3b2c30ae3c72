package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/i18n"
)

// The end-to-end test builds the real binary and drives it by keys in a tmux pane of its
// own, reading the screen as a person would see it. It needs tmux; .ci/run installs it.

const (
	e2eWidth   = 100
	e2eHeight  = 30
	e2eTimeout = 20 * time.Second // for one screen to appear: generous, the machine may be busy (a passing test never waits it out)
	e2eSession = "guide"
)

func TestE2EGuideInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is not installed; CI must run the end-to-end test (.ci/run installs tmux)")
		}
		t.Skip("tmux is not installed")
	}
	bin := helseguideBinary(t)
	p := startTmux(t, bin, e2eWidth, e2eHeight)

	// The very first screen: the language picker, with the emergency numbers.
	first := p.waitFor("the language picker with 113 and 116 117", func(s string) bool {
		return strings.Contains(s, "113") && strings.Contains(s, "116 117") && strings.Contains(s, "English")
	})
	if !strings.Contains(first, "Norsk bokmål") {
		t.Errorf("the first screen should be the language picker:\n%s", first)
	}
	if got := p.display("#{alternate_on}"); got != "1" {
		t.Errorf("the guide should draw on the alternate screen, alternate_on=%q", got)
	}
	if line := p.captureColors(); !strings.Contains(line, "\x1b[") {
		t.Errorf("without NO_COLOR the emergency line should be coloured, got %q", line)
	}

	// English, then the questions on the path to "register with a GP", one screen at a time.
	steps := []struct {
		key, want string
	}{
		{"1", "Is someone in danger right now?"},            // English → emergency
		{"2", "Do you need a doctor today?"},                // emergency=no → urgent
		{"2", "What do you need help with?"},                // urgent=no → topic
		{"1", "Do you have a Norwegian ID number?"},         // topic=doctor → id
		{"1", "Do you already have a GP"},                   // id=fnr → gp
		{"2", "23 32 70 00"},                                // gp=no → the answer
		{"Escape", "Do you already have a GP"},              // back to the gp question
		{"2", "23 32 70 00"},                                // the answer again
		{"F5", "Choose your language|Is someone in danger"}, // restart: picker or first question
	}
	for _, st := range steps {
		p.keys(st.key)
		p.waitFor(fmt.Sprintf("%q after key %s", st.want, st.key), func(s string) bool {
			if st.want != "23 32 70 00" && strings.Contains(s, "23 32 70 00") {
				return false // still the answer screen
			}
			for _, w := range strings.Split(st.want, "|") {
				if strings.Contains(s, w) {
					return true
				}
			}
			return false
		})
	}

	// Ctrl+C ends the program and gives the terminal back as it was.
	p.keys("C-c")
	after := p.waitFor("EXITED:0 on the regular screen", func(s string) bool {
		return strings.Contains(s, "EXITED:")
	})
	if !strings.Contains(after, "EXITED:0") {
		t.Errorf("the program should exit with status 0 after ctrl+c:\n%s", after)
	}
	if strings.Contains(after, "116 117") {
		t.Errorf("after exit the pane should show the regular screen, not the guide:\n%s", after)
	}
	for format, want := range map[string]string{
		"#{alternate_on}":   "0", // back from the alternate screen
		"#{cursor_flag}":    "1", // cursor shown again
		"#{mouse_any_flag}": "0", // mouse reporting off
	} {
		if got := p.display(format); got != want {
			t.Errorf("after exit %s = %q, want %q", format, got, want)
		}
	}
}

// TestE2EAnswerFirstAt80x24 walks to the answer for a worker with an ID number and no GP on
// an 80x24 terminal, as a person would: Enter on a question where nothing is selected
// does not answer it; the answer's first advice is within the top 12 rows; no line is
// markdown ("##"); the emergency screen's help line offers no choosing.
func TestE2EAnswerFirstAt80x24(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is not installed; CI must run the end-to-end test (.ci/run installs tmux)")
		}
		t.Skip("tmux is not installed")
	}
	p := startTmux(t, helseguideBinary(t), 80, 24, "--lang", "en", "--at", "2026-11-25T10:00:00+01:00")
	p.waitFor("the first question", func(s string) bool { return strings.Contains(s, "Is someone in danger right now?") })

	// Enter with nothing selected: still the first question, nothing selected.
	p.keys("Enter")
	time.Sleep(200 * time.Millisecond) // time enough for a frame (the renderer draws at 120 fps)
	s := p.capture()
	if !strings.Contains(s, "Is someone in danger right now?") || strings.Contains(s, "›") {
		t.Fatalf("Enter on a question with nothing selected changed the screen:\n%s", s)
	}
	// An arrow selects, Enter then answers.
	p.keys("Down", "Down")
	p.waitFor("No selected", func(s string) bool { return strings.Contains(s, "› 2  No") })
	p.keys("Enter")
	p.waitFor("the urgent question", func(s string) bool { return strings.Contains(s, "Do you need a doctor today?") })

	for _, st := range []struct{ key, want string }{
		{"2", "What do you need help with?"},
		{"1", "Do you have a Norwegian ID number?"},
		{"1", "Do you already have a GP"},
		{"2", "Get a GP (fastlege)"},
	} {
		p.keys(st.key)
		p.waitFor(fmt.Sprintf("%q after key %s", st.want, st.key), func(s string) bool { return strings.Contains(s, st.want) })
	}
	answer := p.waitFor("the advice", func(s string) bool { return strings.Contains(s, "You have the right to a GP") })
	lines := strings.Split(answer, "\n")
	row := -1
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "You have the right to a GP") {
			row = i
			break
		}
		if strings.HasPrefix(strings.TrimSpace(l), "##") {
			t.Errorf("line %d is markdown: %q", i+1, l)
		}
	}
	if row < 0 || row >= 12 {
		t.Errorf("the first advice is on row %d, want one of the top 12:\n%s", row+1, answer)
	}
	if !strings.Contains(lines[0], "113") || !strings.Contains(lines[0], "116 117") {
		t.Errorf("the first row is not the emergency line: %q", lines[0])
	}
	// Scroll to the end: no line of the answer is markdown.
	for range 6 {
		p.keys("PageDown")
		time.Sleep(50 * time.Millisecond)
		for i, l := range strings.Split(p.capture(), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "##") || strings.Contains(l, "**") {
				t.Errorf("line %d shows markdown: %q", i+1, l)
			}
		}
	}

	// The emergency screen: its help line (the last row) offers no choosing.
	p.keys("0")
	em := p.waitFor("the emergency screen", func(s string) bool { return strings.Contains(s, "Call 113 if someone is in danger") })
	rows := strings.Split(strings.TrimRight(em, "\n"), "\n")
	help := rows[len(rows)-1]
	if !strings.Contains(help, "esc") || strings.Contains(help, "Choose") || strings.Contains(help, "1-") {
		t.Errorf("the emergency screen's help line %q should offer esc and no Choose", help)
	}
	p.keys("Escape")
	p.waitFor("the answer again", func(s string) bool { return strings.Contains(s, "Get a GP (fastlege)") })
	p.keys("C-c")
	p.waitFor("EXITED:0", func(s string) bool { return strings.Contains(s, "EXITED:0") })
}

// helseguideBinary returns the path of this command built once for the test process, in a
// directory TestMain removes at the end.
func helseguideBinary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() { built.path, built.err = buildHelseguide() })
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

var built struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// buildHelseguide builds this command into a new temporary directory.
func buildHelseguide() (string, error) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		if goTool, err = exec.LookPath("go"); err != nil {
			return "", fmt.Errorf("no go command to build helseguide: %v", err)
		}
	}
	dir, err := os.MkdirTemp("", "helseguide-test-")
	if err != nil {
		return "", err
	}
	built.dir = dir
	bin := filepath.Join(dir, "helseguide")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
}

// removeBuilt removes the binary helseguideBinary built, if any.
func removeBuilt() {
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
}

// tmuxPane is one pane in a tmux server of the test's own.
type tmuxPane struct {
	t             *testing.T
	socket        string
	env           []string
	width, height int
}

// startTmux starts bin with args in a detached tmux session of its own (its own server
// socket, no user configuration), at width x height with TERM=xterm-256color, LANG=C and
// no NO_COLOR. The shell prints EXITED:<status> when bin ends and keeps the pane open.
func startTmux(t *testing.T, bin string, width, height int, args ...string) *tmuxPane {
	t.Helper()
	return startTmuxAfter(t, "", bin, width, height, args...)
}

// startTmuxAfter is startTmux with a shell command run in the pane before bin ("" for
// none).
func startTmuxAfter(t *testing.T, prelude, bin string, width, height int, args ...string) *tmuxPane {
	t.Helper()
	p := &tmuxPane{
		t:      t,
		socket: fmt.Sprintf("helseguide-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()),
		width:  width,
		height: height,
	}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "NO_COLOR", k == "TMUX", k == "TMUX_PANE", k == "TERM", k == "LANG",
			k == "LANGUAGE", strings.HasPrefix(k, "LC_"):
			continue
		}
		p.env = append(p.env, kv)
	}
	p.env = append(p.env, "TERM=xterm-256color", "LANG=C")
	// tmux may set TERM in the pane from its default-terminal: set it again for the guide.
	command := shellQuote(bin)
	for _, a := range args {
		command += " " + shellQuote(a)
	}
	script := fmt.Sprintf("env -u NO_COLOR TERM=xterm-256color LANG=C %s; echo EXITED:$?; sleep 30", command)
	if prelude != "" {
		script = prelude + "; " + script
	}
	var sock string
	t.Cleanup(func() {
		// Ends the server, the shell and the guide if it still runs. kill-server leaves
		// the socket file behind.
		_ = p.command("kill-server").Run()
		if sock != "" {
			os.Remove(sock)
		}
	})
	p.run("new-session", "-d", "-s", e2eSession, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), "sh", "-c", script)
	sock = p.display("#{socket_path}")
	return p
}

func (p *tmuxPane) command(args ...string) *exec.Cmd {
	cmd := exec.Command("tmux", append([]string{"-f", "/dev/null", "-L", p.socket}, args...)...)
	cmd.Env = p.env
	return cmd
}

// run runs a tmux command and returns its output; a failure ends the test.
func (p *tmuxPane) run(args ...string) string {
	p.t.Helper()
	out, err := p.command(args...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (p *tmuxPane) keys(keys ...string) {
	p.t.Helper()
	p.run(append([]string{"send-keys", "-t", e2eSession}, keys...)...)
}

func (p *tmuxPane) display(format string) string {
	p.t.Helper()
	return strings.TrimSpace(p.run("display-message", "-p", "-t", e2eSession, format))
}

// capture returns the pane's text. -J joins lines the terminal wrapped, so a line drawn
// wider than the pane shows as one long line.
func (p *tmuxPane) capture() string {
	p.t.Helper()
	return p.run("capture-pane", "-p", "-J", "-t", e2eSession)
}

// captureColors returns the pane's first line with its colour escape sequences.
func (p *tmuxPane) captureColors() string {
	p.t.Helper()
	line, _, _ := strings.Cut(p.run("capture-pane", "-p", "-e", "-t", e2eSession), "\n")
	return line
}

// waitFor polls the screen until ok accepts it and returns it; it fails the test after
// e2eTimeout. Every screen seen on the way must fit the pane's width.
func (p *tmuxPane) waitFor(what string, ok func(screen string) bool) string {
	p.t.Helper()
	deadline := time.Now().Add(e2eTimeout)
	for {
		s := p.capture()
		for i, line := range strings.Split(s, "\n") {
			if w := ansi.StringWidth(line); w > p.width {
				p.t.Fatalf("line %d is %d columns wide, more than %d:\n%s", i+1, w, p.width, s)
			}
		}
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("waited %v for %s; the screen is:\n%s", e2eTimeout, what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// TestE2EArabicInTmux walks to an answer in Arabic in tmux, which does no bidi of its own,
// with the default --bidi auto: every screen reads right to left as a person sees it. The
// first word of the question stands at the right end of its row, every row with Arabic
// letters reaches the right edge (or the call card's frame), the option digits stand on
// the right of their text, and "113", "116 117" and "23 32 70 00" are whole.
func TestE2EArabicInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is not installed; CI must run the end-to-end test (.ci/run installs tmux)")
		}
		t.Skip("tmux is not installed")
	}
	const width = 80
	p := startTmux(t, helseguideBinary(t), width, 24, "--lang", "ar", "--at", "2026-11-25T10:00:00+01:00")
	g, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	// visualWords is the first two words (or the last one) of a text as drawn.
	visualWords := func(key string, last bool) string {
		words := strings.Fields(g.Text("ar", key, time.Time{}, nil))
		w := strings.Join(words[:min(2, len(words))], " ")
		if last {
			w = words[len(words)-1]
		}
		return i18n.Visual(w, i18n.RightToLeft)
	}
	// checkRows checks what every Arabic screen must show.
	checkRows := func(what, screen string) []string {
		t.Helper()
		rows := strings.Split(strings.TrimRight(strings.ReplaceAll(screen, "\u00a0", " "), "\n"), "\n")
		if !strings.Contains(rows[0], "113") || !strings.Contains(rows[0], "116 117") || !strings.Contains(rows[0], i18n.Visual("طوارئ", i18n.RightToLeft)) {
			t.Errorf("%s: the first row is not the emergency line in visual order: %q", what, rows[0])
		}
		for i, row := range rows {
			if strings.HasPrefix(row, "│") {
				continue // inside the call card
			}
			// tmux leaves out the spaces at the end of a row: after an option's digit, or
			// under an item's bullet, at most 5.
			if hasArabic(row) && ansi.StringWidth(row) < width-5 {
				t.Errorf("%s: row %d has Arabic letters but is not right-aligned: %q", what, i+1, row)
			}
		}
		return rows
	}

	first := visualWords("question.emergency", false)
	screen := p.waitFor("the first question in visual order", func(s string) bool { return strings.Contains(s, first) })
	rows := checkRows("first question", screen)
	if !strings.HasSuffix(strings.TrimRight(rows[2], " "), first) {
		t.Errorf("the question's first words %q should stand at the right end of its first row: %q", first, rows[2])
	}
	for _, digit := range []string{"1", "2"} {
		found := false
		for _, row := range rows {
			if strings.HasSuffix(strings.TrimRight(row, " "), " "+digit) && hasArabic(row) {
				found = true
			}
		}
		if !found {
			t.Errorf("no row ends with option %s's digit on the right:\n%s", digit, screen)
		}
	}

	for i, st := range []struct{ key, question string }{
		{"2", "question.urgent"}, {"2", "question.topic"}, {"1", "question.id"}, {"1", "question.gp"},
	} {
		p.keys(st.key)
		title := i18n.Visual("helseguide · "+g.Text("ar", "ui.question_of", time.Time{}, content.Args{"n": fmt.Sprint(i + 2)}), i18n.RightToLeft)
		want := visualWords(st.question, false)
		screen := p.waitFor(st.question, func(s string) bool { return strings.Contains(s, title) && strings.Contains(s, want) })
		checkRows(st.question, screen)
	}
	p.keys("2")
	answer := p.waitFor("the answer", func(s string) bool { return strings.Contains(strings.ReplaceAll(s, "\u00a0", " "), "23 32 70 00") })
	rows = checkRows("answer", answer)
	// The breadcrumbs read from the right: the first answer on the right, the newest on
	// the left.
	crumbs := rows[2]
	oldest := strings.Index(crumbs, visualWords("crumb.emergency.no", true))
	newest := strings.Index(crumbs, visualWords("crumb.gp.no", true))
	if oldest < 0 || newest < 0 || newest > oldest {
		t.Errorf("the breadcrumbs should read from the right, the newest on the left: %q", crumbs)
	}
	p.keys("C-c")
	p.waitFor("EXITED:0", func(s string) bool { return strings.Contains(s, "EXITED:0") })
}

// hasArabic reports whether s holds an Arabic letter.
func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
