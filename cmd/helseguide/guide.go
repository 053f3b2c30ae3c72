package main

import (
	"fmt"

	"helseguide/tui"
	"helseguide/tui/plain"
)

// runGuide runs the interactive guide: the terminal UI on a terminal, the plain numbered
// dialogue with --plain, TERM=dumb, or when stdin or stdout is not a terminal.
func runGuide(args []string, e *env) int {
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
		fmt.Fprintln(e.stdout, versionString())
		return exitOK
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
	if *plainMode || !e.isTerminal() || e.getenv("TERM") == "dumb" {
		res, err := plain.Dialogue{Guide: g, Lang: code, Preselect: preselect, In: e.stdin, Out: e.stdout, Now: now}.Run()
		if err != nil {
			return fail(e, "", "%v", err)
		}
		if !res.Answered {
			return exitError
		}
		return exitOK
	}
	opts := tui.Options{Guide: g, Lang: code, Preselect: preselect, Now: now, NoColor: e.getenv("NO_COLOR") != ""}
	if err := tui.Run(opts, e.stdin, e.stdout, e.environ()); err != nil {
		return fail(e, "", "%v", err)
	}
	return exitOK
}
