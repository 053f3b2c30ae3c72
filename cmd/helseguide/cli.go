package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"helseguide/content"
	"helseguide/i18n"
)

// Exit codes.
const (
	exitOK       = 0
	exitError    = 1 // bad input, broken content, failed check
	exitNeedMore = 2 // answer: the choices are not enough; the next question is printed
)

// env is everything the program takes from the outside world, injected so tests can run
// the whole command line without a terminal, a clock or a real environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	isTerminal     func() bool // stdin and stdout are both terminals
	termWidth      func() int  // the width of the terminal stdout is on; 0 when it is not on one
	outIsTerminal  func() bool // stdout is a terminal
	// askBidi asks the terminal whether it reorders right-to-left text itself (DECRQM for
	// BDSM) and returns its answer, or answered false when there is none within timeout.
	askBidi func(timeout time.Duration) (setting ansi.ModeSetting, answered bool)
	command func(name string, args ...string) *exec.Cmd
	openDir func(dir string) (fs.FS, error)
	stat    func(name string) (os.FileInfo, error)
	environ func() []string
	// notify, stopNotify and ignore are signal.Notify, signal.Stop and signal.Ignore.
	notify     func(c chan<- os.Signal, sig ...os.Signal)
	stopNotify func(c chan<- os.Signal)
	ignore     func(sig ...os.Signal)
	// unsetenv is os.Unsetenv: a kiosk removes variables that would make a library
	// write a file.
	unsetenv func(key string) error
	// wrapTUI, when not nil, wraps the terminal UI's model: a hook for tests only.
	wrapTUI func(tea.Model) tea.Model
}

// version and commit can be set at build time with -ldflags "-X main.version=… -X
// main.commit=…"; otherwise they come from the build info (see buildVersion).
var version, commit = "", ""

const usage = `helseguide: where to get health care in Norway, and which number to call

In an emergency call 113. Urgent, not life-threatening: 116 117.

Usage:
  helseguide [flags]                 the interactive guide (plain numbered dialogue when
                                     not on a terminal)
  helseguide answer [flags] key=value...
                                     print the answer these choices lead to
  helseguide check [flags]           validate guide data
  helseguide langs [flags]           list languages: code, native name, review status

Flags for the interactive guide:
  --lang L        start in language L and skip the language picker (without it the
                  picker opens with the locale's language pre-selected)
  --plain         line-by-line numbered prompts, no escape codes
  --content DIR   use guide data from DIR instead of the built-in copy
  --at TIME       pretend it is TIME (RFC 3339), for open/closed lines
  --bidi M        who puts Arabic and Dari text in display order: app (helseguide
                  reorders each line and right-aligns it, for a terminal without
                  bidi: xterm, kitty, Alacritty, WezTerm, Windows Terminal, tmux,
                  the Linux console), terminal (text in logical order, for a
                  terminal that reorders itself, such as GNOME Terminal, and for
                  screen readers) or auto (default). auto in the full-screen guide
                  asks the terminal (DECRQM) and uses terminal if it says it
                  reorders, else app; in the plain mode it is terminal
  --also L        show every answer in language L too, beside the reader's (F3 on an
                  answer shows or hides it; without --also, F3 shows nb, or en for a
                  Norwegian reader); also the second language of the slip (F4)
  --print-cmd CMD F8 on the slip gives it to printer command CMD on its standard
                  input, as for answer (no shell); helseguide itself writes no file
  --width N       the printed slip's width, at least 24 (default: the terminal's)
  --kiosk         unattended: no key quits (ctrl+c, ctrl+\ and ctrl+z are ignored),
                  only SIGTERM, SIGHUP or --quit-key; after --idle without input it
                  asks "still there?", then wipes every answer, the screen and its
                  scrollback and shows the language picker (F6 does so at once);
                  no file, no network, no links; needs a terminal (not --plain)
  --idle D        a kiosk's time without input before it asks, e.g. 90s (default 2m)
  --quit-key K    the operator's chord that ends a kiosk, e.g. ctrl+alt+q (default:
                  none, only a signal ends it)
  --help          show this help
  --version       show the version, the commit, and the oldest and newest dates on
                  which the answers were checked against their sources

Flags for answer:
  --lang L        language of the answer (default: the locale's language when the
                  guide has it, else English, with a note on stderr if the locale
                  names another language)
  --format F      text, md, json or slip (default text). slip is the take-away
                  slip: the numbers to call, their hours, what it costs, what to
                  have ready, what to say, and ready phrases in Norwegian, in the
                  answer's language with a second language beside it
  --width N       columns for text and slip, at least 24 (default: the terminal's
                  width, or 80 when stdout is not a terminal)
  --also L        the slip's second language (default nb; en when the answer is in nb)
  --print-cmd CMD give the slip to printer command CMD on its standard input
                  instead of printing it, e.g. --print-cmd lp or
                  --print-cmd "lp -d desk"; CMD is split at spaces and run without
                  a shell (no quotes, pipes or redirections). helseguide itself
                  writes no file
  --bidi M        who puts Arabic and Dari text in display order, for text and
                  slip (md and json are always in logical order):
                    app       helseguide: each line in visual order, right-to-left
                              lines right-aligned; for terminals without bidi
                              (xterm, kitty, Alacritty, WezTerm, Windows Terminal,
                              tmux, the Linux console) and printers
                    terminal  the terminal: text in logical order, for terminals
                              that reorder (GNOME Terminal and other VTE terminals,
                              Konsole, mlterm, mintty, macOS Terminal) and scripts
                    auto      (default) app for --print-cmd; terminal into a pipe
                              or file; on a terminal, asks it (DECRQM) and uses
                              terminal if it says it reorders, else app
  --at TIME       the time to compute "open now" for, RFC 3339 (default: now)
  --content DIR   use guide data from DIR

Flags for check:
  --content DIR   check the guide data in DIR (default: the built-in copy)
  --max-age DAYS  warn when an answer was checked longer ago (default 365)

Choices for answer (question=option):
  emergency=yes|no  urgent=yes|no
  topic=doctor|mental|pregnancy|child|dental|fees|interpreter|complaint
  id=fnr|dnumber|none  stay=under6|6to12|over12  asylum=yes|no  ehic=yes|no  gp=yes|no

The locale is the first of LC_ALL, LC_MESSAGES and LANG that names a language (C and
POSIX name none); a LANGUAGE list such as uk:ru is tried before it.

Exit status: 0 done; 1 error (the message says what was wrong and what is allowed);
2 answer needs more choices (the next question and its options are printed);
70 internal error (one line with the emergency numbers; set HELSEGUIDE_DEBUG=1 to also
print the details on stderr); 128+n the guide was stopped by signal n (HUP, INT, TERM,
QUIT; a kiosk only HUP and TERM), with the terminal restored.

Nothing you choose is stored, logged or sent anywhere.
`

// run is the whole program: it parses args, does the work and returns the exit status.
// A panic is reported in one line with the emergency numbers (see reportPanic).
func run(args []string, e *env) (status int) {
	defer func() {
		if r := recover(); r != nil {
			status = reportPanic(e, nil, "", r, debug.Stack())
		}
	}()
	if len(args) > 0 {
		switch args[0] {
		case "answer":
			return runAnswer(args[1:], e)
		case "check":
			return runCheck(args[1:], e)
		case "langs":
			return runLangs(args[1:], e)
		case "help":
			fmt.Fprint(e.stdout, usage)
			return exitOK
		}
	}
	return runGuide(args, e)
}

// newFlags returns a flag set that reports errors in one line and knows --help.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseInterleaved parses flags that may stand before or after positional arguments, as in
// "answer emergency=yes --lang nb", and returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	if err := checkOptions(fs, args); err != nil {
		return nil, err
	}
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// flagError turns the flag package's errors into one clear line.
func flagError(e *env, cmd string, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	errorLine(e, fmt.Sprintf("helseguide%s: %v (see helseguide --help)", cmd, err))
	return exitError
}

// fail prints one line on stderr and returns exitError.
func fail(e *env, cmd string, format string, args ...any) int {
	errorLine(e, fmt.Sprintf("helseguide%s: "+format, append([]any{cmd}, args...)...))
	return exitError
}

// errorLine prints one line on stderr. Every error and warning goes through it, so what
// a user typed, or a name from the guide data, is shown cut and escaped (see safeLine).
func errorLine(e *env, line string) {
	fmt.Fprintln(e.stderr, safeLine(line))
}

// loadGuide loads the built-in guide, or the one in dir, with the same validation as
// check (content.Open), but without the clock: a kiosk whose clock is wrong must still
// show the guide, so checked dates are not compared. A translation with errors is left
// out with one warning line on stderr; errors in the structure, the facts or the source
// language refuse the guide.
func loadGuide(e *env, dir string) (*content.Guide, error) {
	if dir == "" {
		g, err := content.OpenEmbedded()
		if err != nil {
			return nil, fmt.Errorf("the built-in guide: %w", err)
		}
		return g, nil
	}
	fsys, err := contentFS(e, dir)
	if err != nil {
		return nil, err
	}
	g, dropped, err := content.Open(fsys)
	if err != nil {
		var ge *content.GuideError
		if errors.As(err, &ge) {
			return nil, fmt.Errorf("%w%s", inDir(dir, ge.Problems[0]), moreErrors(len(ge.Problems)-1, dir))
		}
		return nil, inDir(dir, err)
	}
	for _, d := range dropped {
		errorLine(e, fmt.Sprintf("helseguide: warning: language %q is left out: %v%s", d.Code, inDir(dir, d.Problems[0]), moreErrors(len(d.Problems)-1, dir)))
	}
	return g, nil
}

// moreErrors says that there are n more errors and how to see them, or nothing for n = 0.
func moreErrors(n int, dir string) string {
	if n == 0 {
		return ""
	}
	run := "helseguide check"
	if dir != "" {
		run += " --content " + dir
	}
	return fmt.Sprintf(" (and %s: run %s)", plural(n, "more error", "more errors"), run)
}

// contentFS returns the built-in guide data, or the directory dir when it is one.
func contentFS(e *env, dir string) (fs.FS, error) {
	if dir == "" {
		return content.Embedded(), nil
	}
	info, err := e.stat(dir)
	if err != nil {
		return nil, fmt.Errorf("content dir %s: %w", dir, unwrapPath(err))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("content dir %s: not a directory", dir)
	}
	fsys, err := e.openDir(dir)
	if err != nil {
		return nil, fmt.Errorf("content dir %s: %w", dir, unwrapPath(err))
	}
	return fsys, nil
}

// inDir prefixes a content problem's file with the content directory.
func inDir(dir string, err error) error {
	var p *content.Problem
	if dir != "" && errors.As(err, &p) {
		cp := *p
		cp.File = filepath.Join(dir, filepath.FromSlash(p.File))
		return &cp
	}
	return err
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// chooseLanguage returns the language to use: --lang if given (an error if it fits none),
// else the locale if it fits, else "" (the caller decides: picker or source language).
func chooseLanguage(g *content.Guide, flagLang string, e *env) (string, error) {
	m, err := i18n.NewMatcher(g.LanguageCodes())
	if err != nil {
		return "", err
	}
	if flagLang != "" {
		return m.MatchString(flagLang)
	}
	if code, ok := m.Match(i18n.Detect(e.getenv)...); ok {
		return code, nil
	}
	return "", nil
}

// runLangs lists the languages with their native names and review status.
func runLangs(args []string, e *env) int {
	fs := newFlags("langs")
	dir := fs.String("content", "", "")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(e, " langs", err)
	}
	if len(rest) > 0 {
		return fail(e, " langs", "unexpected argument %q", rest[0])
	}
	g, err := loadGuide(e, *dir)
	if err != nil {
		return fail(e, " langs", "%v", err)
	}
	for _, code := range g.LanguageCodes() {
		l := g.Languages[code]
		review := l.Status
		if l.Status == content.StatusReviewed {
			review += "\t" + content.CleanText(l.Reviewer) + ", " + content.CleanText(l.Reviewed)
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\n", code, i18n.NativeName(code), review)
	}
	return exitOK
}

// runCheck validates guide data and prints every problem as "file:line: message".
func runCheck(args []string, e *env) int {
	fs := newFlags("check")
	dir := fs.String("content", "", "")
	maxAge := fs.Int("max-age", 365, "")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(e, " check", err)
	}
	if len(rest) > 0 {
		return fail(e, " check", "unexpected argument %q", rest[0])
	}
	if *maxAge <= 0 {
		return fail(e, " check", "--max-age must be a number of days above 0, not %d", *maxAge)
	}
	fsys, err := contentFS(e, *dir)
	if err != nil {
		return fail(e, " check", "%v", err)
	}
	g, problems := content.Check(fsys, content.ValidateOptions{Now: e.now(), MaxAge: time.Duration(*maxAge) * 24 * time.Hour})
	for _, p := range problems {
		errorLine(e, inDir(*dir, p).Error())
	}
	if g == nil {
		errorLine(e, "check failed: the guide data could not be loaded")
		return exitError
	}
	errs := content.CountErrors(problems)
	summary := fmt.Sprintf("%s (%s), %s, %s, %s, %s: %s, %s",
		plural(len(g.Languages), "language", "languages"), strings.Join(g.LanguageCodes(), ", "),
		plural(len(g.Questions), "question", "questions"), plural(len(g.Answers), "answer", "answers"),
		plural(len(g.Phones), "phone number", "phone numbers"), plural(len(g.Fees), "fee", "fees"),
		plural(errs, "error", "errors"), plural(len(problems)-errs, "warning", "warnings"))
	if errs > 0 {
		fmt.Fprintln(e.stderr, "check failed: "+summary)
		return exitError
	}
	fmt.Fprintln(e.stdout, "ok: "+summary)
	return exitOK
}

// plural writes n with the singular or plural noun: "1 error", "2 errors".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
