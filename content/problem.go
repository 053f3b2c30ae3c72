package content

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Problem is something wrong (or, with Warning, worth a look) in the guide data, with the
// file and line it was found at.
type Problem struct {
	File    string // path inside the content directory, e.g. "lang/nb/strings.json"
	Line    int    // 1-based; 0 when the problem concerns the whole file
	Msg     string
	Warning bool
	// Lang is the language whose files the problem is in (lang/<code>/…), "" for the
	// structure and the facts. The program leaves out a language other than the source
	// language that has errors, and runs with the others.
	Lang string
}

// Error formats the problem as "file:line: message" (or "file: message"). Control
// characters in a file name (which comes from the guide data) are escaped.
func (p *Problem) Error() string {
	file := escapeName(p.File)
	kind := ""
	if p.Warning {
		kind = "warning: "
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s%s", file, p.Line, kind, p.Msg)
	}
	if p.File != "" {
		return fmt.Sprintf("%s: %s%s", file, kind, p.Msg)
	}
	return kind + p.Msg
}

// escapeName writes a file name as it is when it holds only printable characters, and
// with Go escapes (like \x1b) for the others.
func escapeName(name string) string {
	if strings.IndexFunc(name, func(r rune) bool { return !strconv.IsPrint(r) }) < 0 {
		return name
	}
	q := strconv.Quote(name)
	return q[1 : len(q)-1]
}

// sortProblems orders problems by file and line and sets each one's Lang.
func sortProblems(problems []*Problem) {
	for _, p := range problems {
		p.Lang = languageOfFile(p.File)
	}
	sort.SliceStable(problems, func(i, j int) bool {
		a, b := problems[i], problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

func problemf(file string, line int, format string, args ...any) *Problem {
	return &Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// lineOfField returns the line of the first `"field": "value"` in a JSON document, or of the
// first plain "value" string when there is no such pair, or 0.
func lineOfField(data []byte, field, value string) int {
	if off := indexOfField(data, 0, field, value); off >= 0 {
		return lineAt(data, off)
	}
	if i := bytes.Index(data, []byte(`"`+value+`"`)); i >= 0 {
		return lineAt(data, i)
	}
	return 0
}

// indexOfField returns the offset of the first `"field": "value"` at or after from, or -1.
// It runs at every start, so it avoids regular expressions.
func indexOfField(data []byte, from int, field, value string) int {
	if field == "" {
		return -1
	}
	needle := []byte(`"` + value + `"`)
	key := []byte(`"` + field + `"`)
	for off := from; off < len(data); {
		i := bytes.Index(data[off:], needle)
		if i < 0 {
			return -1
		}
		j := off + i
		k := bytes.TrimRight(data[:j], " \t\r\n")
		if len(k) > 0 && k[len(k)-1] == ':' {
			k = bytes.TrimRight(k[:len(k)-1], " \t\r\n")
			if bytes.HasSuffix(k, key) {
				return len(k) - len(key)
			}
		}
		off = j + len(needle)
	}
	return -1
}

// lineOfValueAfter returns the line of the first quoted value at or after the line of
// another field (for example a fact key used inside an answer's "calls").
func lineOfValueAfter(data []byte, startLine int, value string) int {
	off := 0
	for l := 1; l < startLine && off < len(data); l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	if i := bytes.Index(data[off:], []byte(`"`+value+`"`)); i >= 0 {
		return lineAt(data, off+i)
	}
	return startLine
}
