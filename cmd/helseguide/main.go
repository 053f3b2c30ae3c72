// Command helseguide is an offline, multilingual guide that tells a newcomer to Norway
// where to get health care and which number to call.
//
// Run it without arguments for the interactive guide (a terminal UI on a terminal, a plain
// numbered dialogue otherwise), or use the subcommands answer, check and langs in scripts.
// See "helseguide --help".
package main

import (
	"os"
	"time"

	"github.com/charmbracelet/x/term"

	"helseguide/content"
)

func main() {
	e := &env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		now:    time.Now,
		isTerminal: func() bool {
			return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
		},
		openDir: content.OpenDir,
		stat:    os.Stat,
		environ: os.Environ,
	}
	os.Exit(run(os.Args[1:], e))
}
