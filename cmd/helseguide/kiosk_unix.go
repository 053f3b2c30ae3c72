//go:build unix

package main

import (
	"os"
	"syscall"
)

// kioskIgnoredSignals are the signals a keyboard sends (Ctrl+C, Ctrl+\, Ctrl+Z) while the
// terminal is not yet, or no longer, in raw mode: a kiosk ignores them.
var kioskIgnoredSignals = []os.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTSTP}
