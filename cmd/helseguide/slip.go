package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"

	"helseguide/content"
	"helseguide/content/slip"
	"helseguide/i18n"
)

// defaultWidth is the width of text and slips written to a pipe or a file.
const defaultWidth = 80

// layoutFlags are the answer command's flags for laying out text and the slip.
type layoutFlags struct {
	width    int
	also     string
	printCmd string
	bidiFlag string
	bidi     i18n.BidiMode   // --bidi, parsed by check
	set      map[string]bool // the flags given on the command line
}

// addLayoutFlags defines --width, --also, --print-cmd and --bidi on fs.
func addLayoutFlags(fs *flag.FlagSet) *layoutFlags {
	lf := &layoutFlags{}
	fs.IntVar(&lf.width, "width", 0, "")
	fs.StringVar(&lf.also, "also", "", "")
	fs.StringVar(&lf.printCmd, "print-cmd", "", "")
	fs.StringVar(&lf.bidiFlag, "bidi", "auto", "")
	return lf
}

// check refuses layout flags that the format does not use, and a width too narrow, so
// that no flag is silently ignored. It is called after parsing, before any work.
func (lf *layoutFlags) check(fs *flag.FlagSet, format string) error {
	lf.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { lf.set[f.Name] = true })
	if lf.set["width"] && format != "text" && format != "slip" {
		return fmt.Errorf("--width lays out --format text or slip, not %s", format)
	}
	var err error
	if lf.bidi, err = parseBidi(lf.bidiFlag); err != nil {
		return err
	}
	if lf.set["bidi"] && format != "text" && format != "slip" {
		return fmt.Errorf("--bidi orders --format text or slip; %s is always in logical order", format)
	}
	for _, name := range []string{"also", "print-cmd"} {
		if lf.set[name] && format != "slip" {
			return fmt.Errorf("--%s is for the slip: add --format slip", name)
		}
	}
	if lf.set["width"] && lf.width < slip.MinWidth {
		return fmt.Errorf("--width %d is too narrow: give at least %d columns", lf.width, slip.MinWidth)
	}
	if lf.set["print-cmd"] && len(strings.Fields(lf.printCmd)) == 0 {
		return fmt.Errorf("--print-cmd is empty: name a printer command, e.g. --print-cmd lp")
	}
	return nil
}

// outputWidth is --width when given, else the width of the terminal stdout is on (at least
// slip.MinWidth), else defaultWidth.
func (lf *layoutFlags) outputWidth(e *env) int {
	if lf.set["width"] {
		return lf.width
	}
	if w := e.termWidth(); w > 0 {
		return max(w, slip.MinWidth)
	}
	return defaultWidth
}

// secondLanguage returns the slip's second language: --also when given (an error if it
// fits none of the guide's languages), else the default (see content.Guide.SecondLanguage):
// Norwegian for a reader of another language, the source language (English) for a
// Norwegian reader; "" when there is none.
func (lf *layoutFlags) secondLanguage(g *content.Guide, own string) (string, error) {
	also, err := matchAlso(g, lf.also)
	if err != nil {
		return "", err
	}
	return g.SecondLanguage(own, also), nil
}

// matchAlso matches the --also flag against the guide's languages like --lang ("no" is
// Bokmål); "" stays "" (the default second language).
func matchAlso(g *content.Guide, also string) (string, error) {
	if also == "" {
		return "", nil
	}
	m, err := i18n.NewMatcher(g.LanguageCodes())
	if err != nil {
		return "", err
	}
	code, err := m.MatchString(also)
	if err != nil {
		return "", fmt.Errorf("--also: %w", err)
	}
	return code, nil
}

// writeSlip lays out the slip of answer r (rendered in the reader's language) with its
// second language, and writes it to stdout, or to the standard input of the --print-cmd
// command. helseguide itself writes no file.
func writeSlip(e *env, g *content.Guide, lf *layoutFlags, step content.Step, r *content.Rendered, now time.Time) error {
	own := g.Document(r, now)
	var also *content.Document
	code, err := lf.secondLanguage(g, r.Lang)
	if err != nil {
		return err
	}
	if code != "" {
		r2, err := g.Render(code, step, now)
		if err != nil {
			return err
		}
		also = g.Document(r2, now)
	}
	text, err := slip.Layout(own, also, lf.outputWidth(e), i18n.BidiTerminal)
	if err != nil {
		return err
	}
	bidi := resolveAnswerBidi(e, lf.bidi, lf.set["print-cmd"], text)
	if bidi.mode == i18n.BidiApp {
		if text, err = slip.Layout(own, also, lf.outputWidth(e), bidi.mode); err != nil {
			return err
		}
	}
	if !lf.set["print-cmd"] {
		bidi.begin(e.stdout)
		_, err := fmt.Fprint(e.stdout, text)
		bidi.end(e.stdout)
		return err
	}
	return printSlip(e, lf.printCmd, text)
}

// printSlip runs the printer command: its words split at spaces like a simple argv (no
// shell: no quotes, pipes or redirections), the first looked up in PATH. The slip goes to
// its standard input; its own output and errors go to helseguide's.
func printSlip(e *env, cmdline, text string) error {
	cmd := printerCommand(e, cmdline, text)
	cmd.Stdout, cmd.Stderr = e.stdout, e.stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("--print-cmd %q failed: %w", cmdline, err)
	}
	return nil
}

// printerCommand is the printer command of cmdline (see printSlip) with text on its
// standard input.
func printerCommand(e *env, cmdline, text string) *exec.Cmd {
	argv := strings.Fields(cmdline)
	cmd := e.command(argv[0], argv[1:]...)
	cmd.Stdin = strings.NewReader(text)
	return cmd
}

// printTimeout is how long the interactive guide waits for the printer command before it
// stops it and says that printing did not work.
const printTimeout = time.Minute

// guidePrinter returns the interactive guide's printer (tui.Options.Print): the same
// command as answer --print-cmd, but its output is kept off the screen the guide draws.
// When it fails, the error names the command, how it ended and the last line it wrote
// on stderr; when it takes longer than printTimeout, it is stopped.
func guidePrinter(e *env, cmdline string) func(string) error {
	return func(text string) error {
		cmd := printerCommand(e, cmdline, text)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = io.Discard, &stderr
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("--print-cmd %q failed: %w", cmdline, err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		var err error
		select {
		case err = <-done:
		case <-time.After(printTimeout):
			_ = cmd.Process.Kill()
			<-done
			err = fmt.Errorf("no answer within %v", printTimeout)
		}
		if err == nil {
			return nil
		}
		if last := lastLine(stderr.String()); last != "" {
			return fmt.Errorf("--print-cmd %q failed: %w (%s)", cmdline, err, last)
		}
		return fmt.Errorf("--print-cmd %q failed: %w", cmdline, err)
	}
}

// lastLine is the last line of s that is not blank, trimmed.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
