package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"helseguide/content"
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
	testscript.Main(m, map[string]func(){
		"helseguide": func() { os.Exit(run(os.Args[1:], realEnv())) },
	})
}

// realEnv is the environment main builds, except that the clock can be fixed with
// HELSEGUIDE_TEST_NOW and the program never believes it is on a terminal.
func realEnv() *env {
	now := time.Now
	if s := os.Getenv(testNowVar); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			fmt.Fprintf(os.Stderr, "test binary: %s=%q is not RFC 3339: %v\n", testNowVar, s, err)
			os.Exit(125)
		}
		now = func() time.Time { return t }
	}
	return &env{
		stdin:      os.Stdin,
		stdout:     os.Stdout,
		stderr:     os.Stderr,
		getenv:     os.Getenv,
		now:        now,
		isTerminal: func() bool { return false },
		openDir:    content.OpenDir,
		stat:       os.Stat,
		environ:    os.Environ,
	}
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			e.Setenv(testNowVar, "2026-11-25T10:00:00+01:00") // a Wednesday, Oslo time
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
