// Command helseguide is an offline, multilingual guide that tells a newcomer to Norway
// where to get health care and which number to call.
//
// Run it without arguments for the interactive guide (a terminal UI on a terminal, a plain
// numbered dialogue otherwise), or use the subcommands answer, check and langs in scripts.
// See "helseguide --help".
package main

import (
	"os"
	"os/exec"
	"os/signal"
	"time"

	"github.com/charmbracelet/x/term"

	"helseguide/content"
)

func main() {
	os.Exit(run(os.Args[1:], osEnv()))
}

// osEnv is the real world: the process's standard streams, environment, clock, files and
// signals.
func osEnv() *env {
	return &env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		now:    time.Now,
		isTerminal: func() bool {
			return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
		},
		termWidth: func() int {
			if !term.IsTerminal(os.Stdout.Fd()) {
				return 0
			}
			w, _, err := term.GetSize(os.Stdout.Fd())
			if err != nil {
				return 0
			}
			return w
		},
		outIsTerminal: func() bool { return term.IsTerminal(os.Stdout.Fd()) },
		askBidi:       askControllingTerminal,
		command:       exec.Command,
		openDir:       content.OpenDir,
		stat:          os.Stat,
		environ:       os.Environ,
		notify:        signal.Notify,
		stopNotify:    signal.Stop,
		ignore:        signal.Ignore,
		unsetenv:      os.Unsetenv,
	}
}
