package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/content/slip"
	"helseguide/i18n"
	"helseguide/tui"
	"helseguide/tui/plain"
)

// guideFlags are the interactive guide's flags beyond the language, the content and the
// clock: the volunteer's (a second language, the slip) and the kiosk's.
type guideFlags struct {
	also     string
	width    int
	printCmd string
	kiosk    bool
	idle     time.Duration
	quitKey  string
	set      map[string]bool // the flags given on the command line
}

// addGuideFlags defines --also, --width, --print-cmd, --kiosk, --idle and --quit-key on fs.
func addGuideFlags(fs *flag.FlagSet) *guideFlags {
	gf := &guideFlags{}
	fs.StringVar(&gf.also, "also", "", "")
	fs.IntVar(&gf.width, "width", 0, "")
	fs.StringVar(&gf.printCmd, "print-cmd", "", "")
	fs.BoolVar(&gf.kiosk, "kiosk", false, "")
	fs.DurationVar(&gf.idle, "idle", tui.DefaultIdle, "")
	fs.StringVar(&gf.quitKey, "quit-key", "", "")
	return gf
}

// minIdle is the shortest --idle: time enough to read a question.
const minIdle = time.Second

// check refuses values that cannot work and flags that would be ignored, before any work.
// It returns the quit chord as the terminal UI names it ("" for none).
func (gf *guideFlags) check(fs *flag.FlagSet) (quitKey string, err error) {
	gf.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { gf.set[f.Name] = true })
	for _, name := range []string{"idle", "quit-key"} {
		if gf.set[name] && !gf.kiosk {
			return "", fmt.Errorf("--%s is for a kiosk: add --kiosk (without it ctrl+c quits and nothing resets)", name)
		}
	}
	if gf.set["width"] && gf.width < slip.MinWidth {
		return "", fmt.Errorf("--width %d is too narrow: give at least %d columns", gf.width, slip.MinWidth)
	}
	if gf.set["print-cmd"] && len(strings.Fields(gf.printCmd)) == 0 {
		return "", fmt.Errorf("--print-cmd is empty: name a printer command, e.g. --print-cmd lp")
	}
	if gf.idle < minIdle {
		return "", fmt.Errorf("--idle %v is too short: give at least %v, e.g. --idle 2m", gf.idle, minIdle)
	}
	if gf.set["quit-key"] {
		return tui.ParseQuitKey(gf.quitKey)
	}
	return "", nil
}

// terminalOnly returns an error when flags that only the terminal UI knows were given to
// the plain mode, so that none is silently ignored.
func (gf *guideFlags) terminalOnly(why string) error {
	if gf.kiosk {
		return fmt.Errorf("--kiosk needs a terminal, but %s: a kiosk resets itself on a screen, not in a dialogue of lines", why)
	}
	for _, name := range []string{"also", "width", "print-cmd"} {
		if gf.set[name] {
			return fmt.Errorf("--%s is for the terminal UI (two languages, the slip), but %s: use helseguide answer --format slip in scripts", name, why)
		}
	}
	return nil
}

// plainReason says why the guide would run in plain mode, or "" when it runs its terminal
// UI.
func plainReason(e *env, plainFlag bool) string {
	switch {
	case plainFlag:
		return "--plain asks for the plain mode"
	case e.getenv("TERM") == "dumb":
		return "TERM=dumb gives the plain mode"
	case !e.isTerminal():
		return "stdin or stdout is not a terminal (plain mode)"
	}
	return ""
}

// runGuide runs the interactive guide: the terminal UI on a terminal, the plain numbered
// dialogue with --plain, TERM=dumb, or when stdin or stdout is not a terminal.
func runGuide(args []string, e *env) (status int) {
	fs := newFlags("helseguide")
	lang := fs.String("lang", "", "")
	plainMode := fs.Bool("plain", false, "")
	dir := fs.String("content", "", "")
	at := fs.String("at", "", "")
	showVersion := fs.Bool("version", false, "")
	bidiFlag := fs.String("bidi", "auto", "")
	gf := addGuideFlags(fs)
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(e, "", err)
	}
	bidiMode, err := parseBidi(*bidiFlag)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	if *showVersion {
		return printVersion(e, *dir)
	}
	if len(rest) > 0 {
		return fail(e, "", "unknown command %q: choose answer, check, langs or help", rest[0])
	}
	quitKey, err := gf.check(fs)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	why := plainReason(e, *plainMode)
	if why != "" {
		if err := gf.terminalOnly(why); err != nil {
			return fail(e, "", "%v", err)
		}
	}
	now, err := clockAt(e, *at)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	g, err := loadGuide(e, *dir)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	code, err := chooseLanguage(g, *lang, e)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	also, err := matchAlso(g, gf.also)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	preselect := code
	if *lang == "" {
		code = "" // the locale only preselects: the picker is shown
	}

	// From here on a signal or a panic ends the guide with the terminal restored.
	report := func(value any, stack []byte) int { return reportPanic(e, g, preselect, value, stack) }
	defer func() {
		if r := recover(); r != nil {
			status = report(r, debug.Stack())
		}
	}()
	signals := exitSignals
	if gf.kiosk {
		// A kiosk ends only when its operator or its service manager says so; the
		// keyboard's signals are ignored, and nothing may write a file.
		signals = kioskExitSignals
		e.ignore(kioskIgnoredSignals...)
		for _, name := range noFileVars {
			_ = e.unsetenv(name)
		}
	}
	ctx, stop := watchSignals(e, signals)
	defer stop()

	if why != "" {
		bidi := resolvePlainBidi(e, bidiMode)
		out := plainLayout(e, g, code, preselect, bidi.mode).Writer(e.stdout)
		bidi.begin(e.stdout)
		defer bidi.end(e.stdout)
		return runUntilSignal(ctx, func() int {
			res, err := plain.Dialogue{Guide: g, Lang: code, Preselect: preselect, In: e.stdin, Out: out, Now: now}.Run()
			if err != nil {
				return fail(e, "", "%v", err)
			}
			if !res.Answered {
				return exitError
			}
			return exitOK
		}, report)
	}
	opts := tui.Options{
		Guide: g, Lang: code, Preselect: preselect, Now: now, NoColor: e.getenv("NO_COLOR") != "",
		Also: also, SideBySide: gf.set["also"], SlipWidth: gf.width,
		Links: !gf.kiosk && tui.Hyperlinks(e.environ()),
		Kiosk: gf.kiosk, Idle: gf.idle, QuitKey: quitKey, Clock: e.now, Bidi: bidiMode,
	}
	if gf.set["print-cmd"] {
		opts.Print = guidePrinter(e, gf.printCmd)
	}
	err = tui.Run(ctx, opts, tui.Terminal{In: e.stdin, Out: e.stdout, Environ: e.environ(), Wrap: e.wrapTUI})
	var perr *tui.PanicError
	var serr *signalError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &perr):
		return report(perr.Value, perr.Stack)
	case errors.As(err, &serr):
		return serr.status()
	}
	return fail(e, "", "%v", err)
}

// plainLayout is how the plain mode lays out its lines with --bidi app: at the width of
// the terminal (defaultWidth on a pipe). A line's direction comes from its letters; a
// line without letters takes the direction of the language given by --lang, else of the
// locale's language, else of the source language (the plain mode does not say which
// language is picked later).
func plainLayout(e *env, g *content.Guide, code, preselect string, bidi i18n.BidiMode) plaintext.Layout {
	lang := g.SourceLanguage
	if code != "" {
		lang = code
	} else if preselect != "" {
		lang = preselect
	}
	width := defaultWidth
	if w := e.termWidth(); w > 0 {
		width = w
	}
	return plaintext.Layout{Width: width, Lang: lang, Bidi: bidi}
}

// noFileVars are environment variables with which Bubble Tea writes files of its own
// (TEA_TRACE a trace, TEA_DEBUG a panic log in the working directory): a kiosk removes
// them, since it writes no file.
var noFileVars = []string{"TEA_TRACE", "TEA_DEBUG"}
