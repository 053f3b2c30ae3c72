package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize is the largest file the loader reads: 1 MB. The guide's files are a few
// kilobytes; a larger one is a mistake (or /dev/zero) and is refused before it is read.
const MaxFileSize = 1 << 20

// OpenDir returns the guide data in the directory dir, for Load and Check. Every name is
// resolved inside dir (through os.Root), so no symbolic link and no ".." can reach a file
// outside it; the loader itself also refuses symbolic links, named pipes, devices and files
// larger than MaxFileSize. The directory stays open for as long as the program runs.
func OpenDir(dir string) (fs.FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return root.FS(), nil
}

// readFile reads the regular file name, refusing anything else before opening it: opening
// a named pipe would wait for a writer, and reading a device might never end.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Lstat(fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, problemf(name, 0, msgMissing)
		}
		return nil, problemf(name, 0, "cannot read: %v", unwrapPathError(err))
	}
	if p := notRegular(name, info); p != nil {
		return nil, p
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, problemf(name, 0, "cannot read: %v", unwrapPathError(err))
	}
	defer f.Close()
	// The file may have been swapped between Lstat and Open: look again at what is open.
	if info, err = f.Stat(); err != nil {
		return nil, problemf(name, 0, "cannot read: %v", unwrapPathError(err))
	}
	if p := notRegular(name, info); p != nil {
		return nil, p
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, problemf(name, 0, "cannot read: %v", unwrapPathError(err))
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(name, int64(len(data)))
	}
	return data, nil
}

// notRegular returns a problem unless info is a regular file of at most MaxFileSize.
func notRegular(name string, info fs.FileInfo) *Problem {
	if kind := fileKind(info.Mode()); kind != "" {
		return problemf(name, 0, "is %s: the guide data may hold only regular files and folders", kind)
	}
	if info.Size() > MaxFileSize {
		return tooLarge(name, info.Size())
	}
	return nil
}

func tooLarge(name string, size int64) *Problem {
	return problemf(name, 0, "is %s, larger than the limit of 1 MB for a file of the guide data", sizeText(size))
}

// sizeText writes a file size for people: "1.5 MB", "100 MB", "12 KB".
func sizeText(n int64) string {
	switch {
	case n >= 10<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	default:
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
}

// fileKind names what a file that is not a regular file is ("a symbolic link"), or returns
// "" for a regular file.
func fileKind(m fs.FileMode) string {
	switch t := m.Type(); {
	case t == 0:
		return ""
	case t&fs.ModeSymlink != 0:
		return "a symbolic link"
	case t&fs.ModeDir != 0:
		return "a folder"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	default:
		return "not a regular file"
	}
}

// readDir lists the folder name, which must be a real folder, not a symbolic link to one.
func readDir(fsys fs.FS, name string) ([]fs.DirEntry, error) {
	info, err := fs.Lstat(fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, problemf(name, 0, "folder is missing")
		}
		return nil, problemf(name, 0, "cannot read: %v", unwrapPathError(err))
	}
	if !info.IsDir() {
		kind := fileKind(info.Mode())
		if kind == "" {
			kind = "a file"
		}
		return nil, problemf(name, 0, "is %s, not a folder: the guide data may hold only regular files and folders", kind)
	}
	entries, err := fs.ReadDir(fsys, name)
	if err != nil {
		return nil, problemf(name, 0, "cannot read: %v", unwrapPathError(err))
	}
	return entries, nil
}

// entryProblem returns a problem for a folder entry that is neither a regular file nor a
// folder (a symbolic link, a pipe, a device), which the loader would otherwise skip
// without a word.
func entryProblem(name string, e fs.DirEntry) error {
	if e.IsDir() || e.Type().IsRegular() {
		return nil
	}
	return problemf(name, 0, "is %s: the guide data may hold only regular files and folders", fileKind(e.Type()))
}
