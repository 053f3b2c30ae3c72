//go:build unix

// Command firstframe measures how long a terminal program takes to show its first frame:
// the time from just before the process is started until a given text is on the screen of
// a pseudo-terminal.
//
// Usage (build the program first, e.g. go build -o helseguide ./cmd/helseguide):
//
//	go run ./cmd/firstframe -n 30 -- ./helseguide
//	go run ./cmd/firstframe -n 30 -want "Choose your language" -- ./helseguide --lang en
//	go run ./cmd/firstframe -n 30 -a "./helseguide --lang en" -b "gum choose apple banana cherry" -want-a 113 -want-b apple
//	go run ./cmd/firstframe -n 30 -a ./helseguide -b "gum choose a b c" -want-a "ctrl+c Quit" -want-b "enter submit" -key-a "\\x1b[B" -then-a "› 2" -key-b "\\x1b[B" -then-b "> b"
//
// With one command (after --) it runs the command -n times and prints the minimum, median
// and 90th percentile time until the text -want (default "113") is on the screen. With -a
// and -b it measures both commands in the same run, in alternating order (a b b a a b …),
// so that both see the same machine load, and prints the ratio of the medians, b/a. The
// commands given to -a and -b are split at spaces; there is no shell quoting.
//
// With -key-a and -then-a (and -key-b, -then-b) it also types keys once the first frame is
// on the screen (Go string escapes: "\x1b[B" is the down arrow) and measures the time
// until the text -then-a is on the screen: a key press to its frame, over the real pty.
//
// Each run starts the command on a new pseudo-terminal of -cols x -rows (default 100x30)
// with TERM=xterm-256color and the rest of the environment unchanged. Its output goes
// through a terminal emulator (github.com/charmbracelet/x/vt), and the wanted text is
// looked for on the emulator's screen, not in the byte stream: a renderer may draw a line
// in pieces, move the cursor between characters, or repeat a character with REP (CSI b),
// so "113" need not be three adjacent bytes. The emulator also answers the program's
// queries as a terminal does (device attributes, cursor position, colours, modes), since a
// program may wait for an answer before it draws; -reply=false ignores the queries, to
// see whether the program waits. When the text is on the screen the process group is
// killed. Runs given by -warmup are done first and not counted.
//
// The time also includes the pseudo-terminal round trip and the emulator, which cost tens
// of microseconds. Besides the time to the wanted text, the time to the first byte of
// output is shown: the gap between the two is what the program does after its first write,
// such as waiting for answers to its queries or rendering the frame.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

type config struct {
	cols, rows int
	term       string
	timeout    time.Duration
	reply      bool
}

// target is one command to measure and the text that marks its first frame.
type target struct {
	name  string
	args  []string
	want  string
	key   string          // typed once want is on the screen ("" for none)
	then  string          // the text that marks the frame after key
	first []time.Duration // time to the first byte of output
	frame []time.Duration // time until want is on the screen
	keyed []time.Duration // time from typing key until then is on the screen
}

func main() {
	n := flag.Int("n", 20, "measured runs of each command")
	warmup := flag.Int("warmup", 2, "runs of each command before measuring, not counted")
	want := flag.String("want", "113", "text that shows the first frame is on the screen")
	a := flag.String("a", "", "first command to compare, split at spaces")
	b := flag.String("b", "", "second command to compare, split at spaces")
	wantA := flag.String("want-a", "", "text for -a (default -want)")
	wantB := flag.String("want-b", "", "text for -b (default -want)")
	verbose := flag.Bool("v", false, "print the screen of each command's first measured run")
	keyA := flag.String("key-a", "", "keys to type into -a once its first frame is on the screen (Go string escapes, e.g. \\x1b[B for down)")
	keyB := flag.String("key-b", "", "keys to type into -b once its first frame is on the screen")
	thenA := flag.String("then-a", "", "text that shows the frame after -key-a")
	thenB := flag.String("then-b", "", "text that shows the frame after -key-b")
	var c config
	flag.IntVar(&c.cols, "cols", 100, "terminal width")
	flag.IntVar(&c.rows, "rows", 30, "terminal height")
	flag.StringVar(&c.term, "term", "xterm-256color", "TERM for the command")
	flag.DurationVar(&c.timeout, "timeout", 5*time.Second, "longest wait for one frame")
	flag.BoolVar(&c.reply, "reply", true, "answer the program's terminal queries")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: firstframe [flags] -- command [args...]\n       firstframe [flags] -a command -b command\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	var targets []*target
	switch {
	case *a != "" || *b != "":
		if *a == "" || *b == "" || flag.NArg() > 0 {
			fatalf("give both -a and -b, and no command after them")
		}
		targets = []*target{
			{name: "a", args: strings.Fields(*a), want: or(*wantA, *want), key: unquote(*keyA), then: *thenA},
			{name: "b", args: strings.Fields(*b), want: or(*wantB, *want), key: unquote(*keyB), then: *thenB},
		}
		for _, t := range targets {
			if (t.key == "") != (t.then == "") {
				fatalf("give -key-%s and -then-%s together", t.name, t.name)
			}
		}
	case flag.NArg() > 0:
		targets = []*target{{name: "cmd", args: flag.Args(), want: *want}}
	default:
		flag.Usage()
		os.Exit(2)
	}
	if *n < 1 {
		fatalf("-n must be at least 1")
	}

	for i := -*warmup; i < *n; i++ {
		order := targets
		if i%2 != 0 {
			order = slices.Clone(targets)
			slices.Reverse(order)
		}
		for _, t := range order {
			first, frame, keyed, screen, err := measure(t, c)
			if err != nil {
				fatalf("%s: %v\nscreen:\n%s", strings.Join(t.args, " "), err, screen)
			}
			if i < 0 {
				continue
			}
			if i == 0 && *verbose {
				fmt.Printf("screen of %s when %q appeared (%v):\n%s\n\n", strings.Join(t.args, " "), t.want, frame.Round(time.Microsecond), screen)
			}
			t.first = append(t.first, first)
			t.frame = append(t.frame, frame)
			if t.key != "" {
				t.keyed = append(t.keyed, keyed)
			}
		}
	}

	fmt.Printf("%d runs each, %dx%d, TERM=%s, replies %v; times in ms\n", *n, c.cols, c.rows, c.term, c.reply)
	fmt.Printf("%-4s %-14s %7s %7s %7s   %s\n", "", "", "min", "median", "p90", "command (text)")
	for _, t := range targets {
		fmt.Printf("%-4s %-14s %7s %7s %7s   %s (%q)\n", t.name, "first frame", ms(percentile(t.frame, 0)), ms(percentile(t.frame, 50)), ms(percentile(t.frame, 90)), strings.Join(t.args, " "), t.want)
		fmt.Printf("%-4s %-14s %7s %7s %7s\n", "", "first byte", ms(percentile(t.first, 0)), ms(percentile(t.first, 50)), ms(percentile(t.first, 90)))
		if t.key != "" {
			fmt.Printf("%-4s %-14s %7s %7s %7s   key %q (%q)\n", "", "key → frame", ms(percentile(t.keyed, 0)), ms(percentile(t.keyed, 50)), ms(percentile(t.keyed, 90)), t.key, t.then)
		}
	}
	if len(targets) == 2 {
		ratio("first frame", percentile(targets[0].frame, 50), percentile(targets[1].frame, 50))
		if len(targets[0].keyed) > 0 && len(targets[1].keyed) > 0 {
			ratio("key → frame", percentile(targets[0].keyed, 50), percentile(targets[1].keyed, 50))
		}
	}
}

// ratio prints the ratio of two medians, b/a.
func ratio(what string, ma, mb time.Duration) {
	r := float64(mb) / float64(ma)
	if r >= 1 {
		fmt.Printf("%s: median ratio b/a: %.2f (a is %.2fx as fast as b)\n", what, r, r)
	} else {
		fmt.Printf("%s: median ratio b/a: %.2f (b is %.2fx as fast as a)\n", what, r, 1/r)
	}
}

// measure runs t's command once on a new pseudo-terminal and returns the time to its first
// byte of output and the time until t.want is on its screen, with the screen at that
// moment. With t.key it then types the key and returns as keyed the time until t.then is
// on the screen (and that screen).
func measure(t *target, c config) (first, frame, keyed time.Duration, screen string, err error) {
	args, want := t.args, t.want
	ptmx, tty, err := pty.Open()
	if err != nil {
		return 0, 0, 0, "", err
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: uint16(c.rows), Cols: uint16(c.cols)}); err != nil {
		tty.Close()
		return 0, 0, 0, "", err
	}

	emu := vt.NewEmulator(c.cols, c.rows)
	defer emu.Close()
	// The emulator writes its answers to queries into a pipe: pass them on to the
	// program, or drop them. Either way the pipe must be read, or the emulator blocks.
	go func() {
		buf := make([]byte, 256)
		for {
			n, err := emu.Read(buf)
			if err != nil {
				return
			}
			if c.reply {
				_, _ = ptmx.Write(buf[:n])
			}
		}
	}()

	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(withoutVar(os.Environ(), "TERM"), "TERM="+c.term)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}

	type result struct {
		first, frame, keyed time.Duration
		screen              string
		err                 error
	}
	done := make(chan result, 1)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		tty.Close()
		return 0, 0, 0, "", err
	}
	tty.Close() // the child has its own copy; reads end with EIO when it exits
	defer func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
	}()

	go func() {
		var r result
		var typed time.Time // when the key was typed
		buf := make([]byte, 64<<10)
		for {
			n, err := ptmx.Read(buf)
			if n > 0 {
				if r.first == 0 {
					r.first = time.Since(start)
				}
				_, _ = emu.Write(buf[:n])
				s := emu.String()
				switch {
				case r.frame == 0 && strings.Contains(s, want):
					r.frame = time.Since(start)
					r.screen = s
					if t.key == "" {
						done <- r
						return
					}
					typed = time.Now()
					if _, err := ptmx.Write([]byte(t.key)); err != nil {
						r.err = err
						done <- r
						return
					}
				case r.frame != 0 && strings.Contains(s, t.then):
					r.keyed = time.Since(typed)
					done <- r
					return
				}
			}
			if err != nil {
				r.screen = emu.String()
				r.err = fmt.Errorf("output ended before %q was on the screen: %v", want, err)
				done <- r
				return
			}
		}
	}()

	select {
	case r := <-done:
		return r.first, r.frame, r.keyed, r.screen, r.err
	case <-time.After(c.timeout):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		r := <-done // the read ends once the process is gone
		return 0, 0, 0, r.screen, fmt.Errorf("%q (then %q) not on the screen after %v", want, t.then, c.timeout)
	}
}

func withoutVar(env []string, name string) []string {
	return slices.DeleteFunc(env, func(kv string) bool { return strings.HasPrefix(kv, name+"=") })
}

// percentile returns the p-th percentile (nearest rank) of ds.
func percentile(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if p <= 0 {
		return s[0]
	}
	i := (p*len(s)+99)/100 - 1
	return s[min(max(i, 0), len(s)-1)]
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond))
}

// unquote reads Go string escapes (\x1b, \r) in a flag's value.
func unquote(s string) string {
	if s == "" {
		return ""
	}
	u, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `"`, `\"`) + `"`)
	if err != nil {
		fatalf("cannot read the keys %q: %v", s, err)
	}
	return u
}

func or(s, def string) string {
	if s != "" {
		return s
	}
	return def
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "firstframe: "+format+"\n", args...)
	os.Exit(1)
}
