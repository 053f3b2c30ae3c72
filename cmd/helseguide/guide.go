package main

import (
	"errors"
	"runtime/debug"

	"helseguide/tui"
	"helseguide/tui/plain"
)

// runGuide runs the interactive guide: the terminal UI on a terminal, the plain numbered
// dialogue with --plain, TERM=dumb, or when stdin or stdout is not a terminal.
func runGuide(args []string, e *env) (status int) {
	fs := newFlags("helseguide")
	lang := fs.String("lang", "", "")
	plainMode := fs.Bool("plain", false, "")
	dir := fs.String("content", "", "")
	at := fs.String("at", "", "")
	showVersion := fs.Bool("version", false, "")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(e, "", err)
	}
	if *showVersion {
		return printVersion(e, *dir)
	}
	if len(rest) > 0 {
		return fail(e, "", "unknown command %q: choose answer, check, langs or help", rest[0])
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
	ctx, stop := watchSignals(e)
	defer stop()

	if *plainMode || !e.isTerminal() || e.getenv("TERM") == "dumb" {
		return runUntilSignal(ctx, func() int {
			res, err := plain.Dialogue{Guide: g, Lang: code, Preselect: preselect, In: e.stdin, Out: e.stdout, Now: now}.Run()
			if err != nil {
				return fail(e, "", "%v", err)
			}
			if !res.Answered {
				return exitError
			}
			return exitOK
		}, report)
	}
	opts := tui.Options{Guide: g, Lang: code, Preselect: preselect, Now: now, NoColor: e.getenv("NO_COLOR") != ""}
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
