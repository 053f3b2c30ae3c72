package main

import (
	"errors"
	"runtime/debug"

	"helseguide/content"
	"helseguide/content/plaintext"
	"helseguide/i18n"
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
	bidiFlag := fs.String("bidi", "auto", "")
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
	opts := tui.Options{Guide: g, Lang: code, Preselect: preselect, Now: now, NoColor: e.getenv("NO_COLOR") != "", Bidi: bidiMode}
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
