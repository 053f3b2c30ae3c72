package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestOfflineByConstruction: the program links no network client: net/http and
// crypto/tls are not among its dependencies on any system, and on Linux and macOS (the
// kiosks' systems) neither is the net package that opens sockets. On Windows
// golang.org/x/sys/windows, which Bubble Tea reads the console with, imports net for its
// socket types; nothing of helseguide calls it. (net/url, for the sources' addresses,
// opens nothing.)
func TestOfflineByConstruction(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := exec.LookPath(goTool); err != nil {
		t.Skipf("no go command: %v", err)
	}
	for _, goos := range []string{"linux", "windows", "darwin"} {
		cmd := exec.Command(goTool, "list", "-deps", ".")
		cmd.Env = append(cmd.Environ(), "GOOS="+goos, "CGO_ENABLED=0")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps (GOOS=%s): %v\n%s", goos, err, out)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 50 {
			t.Fatalf("GOOS=%s: only %d dependencies listed: %q", goos, len(deps), deps)
		}
		for _, d := range deps {
			if (d == "net" && goos != "windows") || d == "net/http" || strings.HasPrefix(d, "net/http/") || d == "crypto/tls" {
				t.Errorf("GOOS=%s: helseguide depends on %s: it must work without a network, and have no code for one", goos, d)
			}
		}
	}
}
