//go:build !unix

package main

import (
	"os"
	"syscall"
)

// kioskIgnoredSignals are the signals a keyboard sends (Ctrl+C, Ctrl+Break): a kiosk
// ignores them.
var kioskIgnoredSignals = []os.Signal{syscall.SIGINT, syscall.SIGQUIT}
