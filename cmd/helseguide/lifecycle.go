package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"helseguide/content"
	"helseguide/i18n"
)

// How the interactive guide ends when it is not quit with a key: by a signal, or by a bug.
//
// SIGHUP, SIGINT, SIGTERM and SIGQUIT stop the guide; the terminal is restored and the
// exit status is 128+n, as a shell shows for a process killed by signal n. SIGQUIT prints
// no goroutine dump. A kiosk stops only for SIGHUP and SIGTERM, and ignores SIGINT,
// SIGQUIT and SIGTSTP. A panic restores the terminal too and prints one line with the
// emergency numbers; the stack follows on stderr only when HELSEGUIDE_DEBUG is set.

// exitSignals are the signals that stop the interactive guide.
var exitSignals = []os.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM, syscall.SIGQUIT}

// kioskExitSignals are the signals that stop a kiosk: the ones an operator or a service
// manager sends (systemctl stop, a closed terminal). The ones a keyboard sends are
// ignored (kioskIgnoredSignals).
var kioskExitSignals = []os.Signal{syscall.SIGHUP, syscall.SIGTERM}

// exitPanic is the exit status after a panic: EX_SOFTWARE of sysexits.h, an internal error.
const exitPanic = 70

// debugVar, when true (1, t, true), makes a panic print its stack on stderr.
const debugVar = "HELSEGUIDE_DEBUG"

// fallbackEmergencyLine is printed after a panic only when no guide data could be loaded
// at all; the numbers are those of the first line of --help.
const fallbackEmergencyLine = "Emergency 113 · Urgent care 116 117"

// signalError is the cause of a guide stopped by a signal.
type signalError struct{ sig os.Signal }

func (e *signalError) Error() string { return "stopped by signal " + e.sig.String() }

// status is the exit status for the signal: 128+n.
func (e *signalError) status() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitError
}

// watchSignals returns a context that is cancelled, with a *signalError as its cause,
// when one of signals arrives. While it watches, those signals do not end the process by
// themselves. stop ends the watch.
func watchSignals(e *env, signals []os.Signal) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	e.notify(ch, signals...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			cancel(&signalError{sig: s})
		case <-done:
		}
	}()
	return ctx, func() {
		e.stopNotify(ch)
		close(done)
		cancel(nil)
	}
}

// runUntilSignal runs f, which returns an exit status, in a goroutine of its own and
// returns its status, or 128+n as soon as ctx is cancelled by signal n: f may be blocked
// reading input that never comes. A panic in f is reported with report.
func runUntilSignal(ctx context.Context, f func() int, report func(value any, stack []byte) int) int {
	done := make(chan int, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- report(r, debug.Stack())
			}
		}()
		done <- f()
	}()
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
		return statusOf(context.Cause(ctx))
	}
}

// statusOf returns the exit status for the error that stopped the guide.
func statusOf(err error) int {
	if se, ok := err.(*signalError); ok {
		return se.status()
	}
	return exitError
}

// reportPanic prints one short line after a panic: that the program stopped, and the
// emergency numbers. The numbers come from g, the loaded guide, in lang; when no guide
// was loaded (g is nil), from the built-in guide; only when that cannot be loaded either,
// from fallbackEmergencyLine. With HELSEGUIDE_DEBUG set, the panic and its stack follow.
// The terminal must have been restored before.
func reportPanic(e *env, g *content.Guide, lang string, value any, stack []byte) int {
	fmt.Fprintf(e.stderr, "helseguide stopped: internal error. %s\n", emergencyLine(g, lang, e.now))
	if showStack, _ := strconv.ParseBool(e.getenv(debugVar)); showStack {
		fmt.Fprintf(e.stderr, "\npanic: %v\n\n%s", value, stack)
	}
	return exitPanic
}

// emergencyLine returns the emergency line of g in lang ("Emergency 113 · Urgent care
// 116 117"), of the built-in guide when g is nil, or fallbackEmergencyLine. It is called
// after a panic, so it trusts nothing: a second panic gives the fallback.
func emergencyLine(g *content.Guide, lang string, now func() time.Time) (line string) {
	defer func() {
		if recover() != nil {
			line = fallbackEmergencyLine
		}
	}()
	if g == nil {
		var err error
		if g, err = content.Load(content.Embedded()); err != nil {
			return fallbackEmergencyLine
		}
	}
	if lang == "" {
		lang = g.SourceLanguage
	}
	emergency, urgent := g.Phones["phone.emergency_medical"], g.Phones["phone.legevakt"]
	if emergency == nil || urgent == nil {
		return fallbackEmergencyLine
	}
	line = g.Text(lang, "ui.emergency_line", now(), nil)
	// In a right-to-left language the numbers are in isolates, with no-break spaces
	// (content.NumberIn).
	shown := strings.ReplaceAll(i18n.StripBidiControls(line), "\u00a0", " ")
	if !strings.Contains(shown, emergency.Number) || !strings.Contains(shown, urgent.Number) {
		line = "Emergency " + emergency.Number + " · Urgent care " + urgent.Number
	}
	return line
}
