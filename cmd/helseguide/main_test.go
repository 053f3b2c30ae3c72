package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/rogpeppe/go-internal/testscript"
)

// update rewrites the golden files inside the scripts when a cmp against them fails:
// go test ./cmd/helseguide -run TestScripts -update
var update = flag.Bool("update", false, "update golden files in testdata/script/*.txtar")

// testNowVar fixes the program's clock in scripts, as an RFC 3339 time. It is read only by
// the test binary, never by the real program.
const testNowVar = "HELSEGUIDE_TEST_NOW"

// TestMain makes the test binary double as the helseguide program, so that scripts run
// "exec helseguide ..." as a real process with real stdin, stdout, stderr and exit status.
func TestMain(m *testing.M) {
	testscript.Main(cleanupM{m}, map[string]func(){
		"helseguide": func() { os.Exit(run(os.Args[1:], realEnv())) },
		// The program as main runs it, for tests on a pseudo-terminal, with test hooks.
		"helseguide-tty": func() { os.Exit(run(os.Args[1:], ttyEnv())) },
		"fakeprinter":    fakePrinter,
	})
}

// cleanupM runs the tests, then removes what they left for the whole process.
type cleanupM struct{ m *testing.M }

func (c cleanupM) Run() int {
	defer removeBuilt()
	return c.m.Run()
}

// fakePrinter stands in for a printer command such as lp in scripts, so that no test
// needs a printer: "fakeprinter FILE" copies its standard input to FILE and says, like lp,
// which request it queued; "fakeprinter -fail" reads its input and fails as a printer out
// of paper does. Any other arguments are refused, so a script sees every word it got.
func fakePrinter() {
	args := os.Args[1:]
	in, err := io.ReadAll(os.Stdin)
	switch {
	case err != nil:
		fmt.Fprintf(os.Stderr, "fakeprinter: %v\n", err)
		os.Exit(1)
	case len(args) == 1 && args[0] == "-fail":
		fmt.Fprintln(os.Stderr, "fakeprinter: out of paper")
		os.Exit(3)
	case len(args) != 1:
		fmt.Fprintf(os.Stderr, "fakeprinter: want one file, got arguments %q\n", args)
		os.Exit(2)
	}
	if err := os.WriteFile(args[0], in, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "fakeprinter: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("request id is fake-1 (1 file(s))")
}

// realEnv is the environment main builds, except that the clock can be fixed with
// HELSEGUIDE_TEST_NOW and the program never believes it is on a terminal.
func realEnv() *env {
	e := osEnv()
	if s := os.Getenv(testNowVar); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			fmt.Fprintf(os.Stderr, "test binary: %s=%q is not RFC 3339: %v\n", testNowVar, s, err)
			os.Exit(125)
		}
		e.now = func() time.Time { return t }
	}
	e.isTerminal = func() bool { return false }
	e.termWidth = func() int { return 0 }
	return e
}

// testPanicVar makes the helseguide-tty command's terminal UI panic at the first key
// press: in Update ("update"), in View ("view") or in a command ("cmd"). It is read only
// by the test binary, never by the real program.
const testPanicVar = "HELSEGUIDE_TEST_PANIC"

// ttyEnv is the environment main builds, with the terminal UI made to panic when
// HELSEGUIDE_TEST_PANIC says so.
func ttyEnv() *env {
	e := osEnv()
	if where := os.Getenv(testPanicVar); where != "" {
		e.wrapTUI = func(m tea.Model) tea.Model { return panicOnKey{Model: m, where: where} }
	}
	return e
}

// panicOnKey is the guide's model, except that it panics at the first key press.
type panicOnKey struct {
	tea.Model
	where   string
	pressed bool
}

func (m panicOnKey) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		switch m.where {
		case "update":
			panic("test panic in Update")
		case "cmd":
			return m, func() tea.Msg { panic("test panic in a command") }
		case "view":
			m.pressed = true
			return m, nil
		}
	}
	next, cmd := m.Model.Update(msg)
	m.Model = next
	return m, cmd
}

func (m panicOnKey) View() tea.View {
	if m.pressed {
		panic("test panic in View")
	}
	return m.Model.View()
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			e.Setenv(testNowVar, "2026-12-02T10:00:00+01:00") // a Wednesday, Oslo time
			for _, k := range []string{"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
				e.Setenv(k, "")
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": cmdStatus,
		},
	})
}

// cmdStatus runs a program and requires its exact exit status:
//
//	status 2 helseguide answer emergency=no
//
// Its stdout and stderr can then be checked with stdout and stderr, as after exec.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("usage: status N program args... (no ! : N says what is expected)")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: status N program args...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil || want < 0 {
		ts.Fatalf("status: %q is not an exit status", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}
