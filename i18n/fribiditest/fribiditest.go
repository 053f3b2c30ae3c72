// Package fribiditest runs GNU FriBidi's command line (the fribidi program of Debian's
// libfribidi-bin) for tests that compare the program's right-to-left text with
// FriBidi's. Only tests import it.
package fribiditest

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// Require skips the test when fribidi is not installed, except in CI (CI=true), where
// .ci/run installs it and its absence is a failure.
func Require(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("fribidi"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("fribidi not found (CI must apt-get install -y libfribidi-bin): %v", err)
		}
		t.Skip("fribidi not installed (apt-get install -y libfribidi-bin)")
	}
}

// Order runs fribidi over lines, each a paragraph of its own with the base direction
// right-to-left (rtl) or left-to-right, and returns for each the visual line it makes:
// the logical characters in the order of its visual-to-logical map (--vtol), with the
// mirrored glyphs it drew (rule L4) and without the bidi controls. Its visual string
// cannot be compared byte for byte, because fribidi also shapes Arabic letters into
// presentation forms; so it is used only to read which characters it mirrored. No line
// may hold a '\n'.
func Order(t testing.TB, lines []string, rtl bool) []string {
	t.Helper()
	if len(lines) == 0 {
		return nil
	}
	flag := "--ltr"
	if rtl {
		flag = "--rtl"
	}
	cmd := exec.Command("fribidi", "--nobreak", "--nopad", "--vtol", "--levels", "--reordernsm", flag)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("fribidi: %v", err)
	}
	outLines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(outLines) != 3*len(lines) {
		t.Fatalf("fribidi printed %d lines for %d input lines, want 3 each:\n%s", len(outLines), len(lines), out)
	}
	var got []string
	for i, line := range lines {
		logical := []rune(line)
		shaped := []rune(outLines[3*i])
		vtol, err := ints(outLines[3*i+1])
		if err != nil {
			t.Fatalf("fribidi visual-to-logical map for %q: %v", line, err)
		}
		levels, err := ints(outLines[3*i+2])
		if err != nil {
			t.Fatalf("fribidi levels for %q: %v", line, err)
		}
		if len(shaped) != len(logical) || len(vtol) != len(logical) || len(levels) != len(logical) {
			t.Fatalf("fribidi output for %q has %d characters, %d map entries, %d levels; want %d each",
				line, len(shaped), len(vtol), len(levels), len(logical))
		}
		var b strings.Builder
		for v, l := range vtol {
			r := logical[l]
			if unicode.Is(unicode.Bidi_Control, r) {
				continue
			}
			if s := shaped[v]; s != r && !unicode.Is(unicode.Arabic, r) {
				// Not shaping, so mirroring, which L4 allows only at odd levels.
				if levels[l]%2 == 0 {
					t.Fatalf("fribidi changed %q to %q at even level %d in %q", r, s, levels[l], line)
				}
				r = s
			}
			b.WriteRune(r)
		}
		got = append(got, b.String())
	}
	return got
}

// ints parses a line of space-separated integers.
func ints(s string) ([]int, error) {
	var n []int
	for _, f := range strings.Fields(s) {
		i, err := strconv.Atoi(f)
		if err != nil {
			return nil, err
		}
		n = append(n, i)
	}
	return n, nil
}
