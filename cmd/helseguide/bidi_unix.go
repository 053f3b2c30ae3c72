//go:build unix

package main

import (
	"os"

	"github.com/charmbracelet/x/term"
)

// openTTY opens the controlling terminal (/dev/tty) in raw mode, so that its answers are
// neither echoed nor held back until a line ends, and returns it with a function that
// restores its mode. /dev/tty is opened as a file of its own, so the read timeout that
// askBidi sets on it changes nothing for standard input. Its descriptor is reached only
// through SyscallConn: File.Fd would make it blocking, and the timeout would not work.
func openTTY() (ttyFile, func(), error) {
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil, nil, err
	}
	conn, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	var state *term.State
	var rawErr error
	if err := conn.Control(func(fd uintptr) { state, rawErr = term.MakeRaw(fd) }); err != nil || rawErr != nil {
		f.Close()
		if err == nil {
			err = rawErr
		}
		return nil, nil, err
	}
	restore := func() {
		_ = conn.Control(func(fd uintptr) { _ = term.Restore(fd, state) })
	}
	return f, restore, nil
}
