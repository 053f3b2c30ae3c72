//go:build unix

package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// copyMini copies the mini guide into a new temporary directory and returns its path.
func copyMini(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := os.CopyFS(dir, os.DirFS("testdata/mini"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestUnsafeFiles puts something other than a small regular file into a copy of the mini
// guide on disk and checks it through OpenDir: each gets a clear error naming the file,
// and none makes the loader hang or read without end. A problem in the source language
// refuses the guide; one in a translation leaves that language out.
func TestUnsafeFiles(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  string // prefix of a problem
		run   string // what Open makes of it
	}{
		{
			name: "named pipe",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "lang/en/answers/own_gp.md", func(p string) error { return syscall.Mkfifo(p, 0o644) })
			},
			want: "lang/en/answers/own_gp.md: is a named pipe: the guide data may hold only regular files and folders",
			run:  "refused",
		},
		{
			name: "named pipe in a translation",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "lang/nb/strings.json", func(p string) error { return syscall.Mkfifo(p, 0o644) })
			},
			want: "lang/nb/strings.json: is a named pipe",
			run:  "drops nb",
		},
		{
			name: "symlink to /dev/zero",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "facts.json", func(p string) error { return os.Symlink("/dev/zero", p) })
			},
			want: "facts.json: is a symbolic link: the guide data may hold only regular files and folders",
			run:  "refused",
		},
		{
			name: "100 MB sparse file",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "lang/en/answers/own_gp.md", func(p string) error {
					f, err := os.Create(p)
					if err != nil {
						return err
					}
					defer f.Close()
					return f.Truncate(100 << 20)
				})
			},
			want: "lang/en/answers/own_gp.md: is 100 MB, larger than the limit of 1 MB for a file of the guide data",
			run:  "refused",
		},
		{
			name: "file just over 1 MB",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "lang/nb/answers/own_gp.md", func(p string) error {
					return os.WriteFile(p, []byte("# Fastlege\n\n"+strings.Repeat("a", MaxFileSize)), 0o644)
				})
			},
			want: "lang/nb/answers/own_gp.md: is 1.0 MB, larger than the limit of 1 MB",
			run:  "drops nb",
		},
		{
			name: "symlinked language folder",
			setup: func(t *testing.T, dir string) {
				outside := filepath.Join(t.TempDir(), "nb")
				if err := os.Rename(filepath.Join(dir, "lang/nb"), outside); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(outside, filepath.Join(dir, "lang/nb")); err != nil {
					t.Fatal(err)
				}
			},
			want: "lang/nb: is a symbolic link: the guide data may hold only regular files and folders",
			run:  "drops nb",
		},
		{
			name: "symlinked lang folder",
			setup: func(t *testing.T, dir string) {
				outside := filepath.Join(t.TempDir(), "lang")
				if err := os.Rename(filepath.Join(dir, "lang"), outside); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(outside, filepath.Join(dir, "lang")); err != nil {
					t.Fatal(err)
				}
			},
			want: "lang: is a symbolic link, not a folder",
			run:  "refused",
		},
		{
			name: "symlinked answers folder",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "lang/nb/answers", func(p string) error { return os.Symlink("../en/answers", p) })
			},
			want: "lang/nb/answers: is a symbolic link, not a folder",
			run:  "drops nb",
		},
		{
			name: "symlink with .. out of the folder",
			setup: func(t *testing.T, dir string) {
				if err := os.WriteFile(filepath.Join(filepath.Dir(dir), "outside.md"), []byte("# Outside\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				replace(t, dir, "lang/en/answers/own_gp.md", func(p string) error { return os.Symlink("../../../../outside.md", p) })
			},
			want: "lang/en/answers/own_gp.md: is a symbolic link",
			run:  "refused",
		},
		{
			name: "a folder where a file should be",
			setup: func(t *testing.T, dir string) {
				replace(t, dir, "guide.json", func(p string) error { return os.Mkdir(p, 0o755) })
			},
			want: "guide.json: is a folder: the guide data may hold only regular files and folders",
			run:  "refused",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyMini(t)
			tt.setup(t, dir)
			fsys, err := OpenDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var problems []*Problem
			var run string
			withTimeout(t, func() {
				_, problems = Check(fsys, ValidateOptions{Now: testNow})
				run = runOutcome(fsys)
			})
			var got []string
			found := false
			for _, p := range problems {
				got = append(got, p.Error())
				found = found || strings.HasPrefix(p.Error(), tt.want)
			}
			if !found {
				t.Errorf("no problem starts with %q; got:\n%s", tt.want, strings.Join(got, "\n"))
			}
			if run != tt.run {
				t.Errorf("Open: %s, want %s", run, tt.run)
			}
		})
	}
}

// TestOpenDirStaysInside: even a name the loader would never build cannot leave the
// folder, through ".." or through a symbolic link that points out of it.
func TestOpenDirStaysInside(t *testing.T) {
	dir := copyMini(t)
	outside := filepath.Join(filepath.Dir(dir), "secret.json")
	if err := os.WriteFile(outside, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../secret.json", filepath.Join(dir, "link.json")); err != nil {
		t.Fatal(err)
	}
	fsys, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"../secret.json", "lang/../../secret.json", "link.json"} {
		if _, err := fs.ReadFile(fsys, name); err == nil {
			t.Errorf("read %s outside the content folder", name)
		}
	}
}

// replace removes the file or folder name in dir and lets make create something else there.
func replace(t *testing.T, dir, name string, make func(path string) error) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.RemoveAll(p); err != nil {
		t.Fatal(err)
	}
	if err := make(p); err != nil {
		t.Fatal(err)
	}
}

// withTimeout runs f and fails the test if it takes longer than 10 seconds: a loader that
// opened a named pipe or read /dev/zero would never return.
func withTimeout(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the loader did not return within 10 seconds")
	}
}
