package main

import (
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error lines echo what the user typed (an unknown option, language, command or time),
// always in Go quotes (%q), so control characters in it are escaped. safeLine, through
// which every error and warning line goes, also cuts each quoted echo to maxEcho
// characters and escapes any control character left in the line.

// maxEcho is how many characters of a user's input an error line repeats.
const maxEcho = 64

// quoted matches a string in Go quotes, as %q writes it.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// safeLine returns an error line fit for a terminal: every quoted string longer than
// maxEcho characters is cut with "…", and control and bidi characters are escaped.
func safeLine(s string) string {
	s = quoted.ReplaceAllStringFunc(s, func(q string) string {
		u, err := strconv.Unquote(q)
		if err != nil || utf8.RuneCountInString(u) <= maxEcho {
			return q
		}
		return strconv.Quote(string([]rune(u)[:maxEcho]) + "…")
	})
	if !strings.ContainsFunc(s, notPrintable) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if notPrintable(r) {
			q := strconv.QuoteRune(r) // '\x1b'
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// notPrintable reports whether r must be escaped in an error line: control characters,
// invalid UTF-8, bidi controls and other characters Go does not print as they are.
func notPrintable(r rune) bool {
	return r == utf8.RuneError || !strconv.IsPrint(r)
}

// checkOptions refuses an option the flag set does not define, in one line that says
// which options there are. (The flag package would echo the option unquoted and uncut.)
func checkOptions(fs *flag.FlagSet, args []string) error {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return nil
		}
		if len(arg) < 2 || arg[0] != '-' {
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimPrefix(arg[1:], "-"), "=")
		if name == "help" || name == "h" {
			continue
		}
		f := fs.Lookup(name)
		if f == nil || strings.HasPrefix(name, "-") {
			return fmt.Errorf("unknown option %q: choose from %s", arg, optionList(fs))
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !hasValue && (!ok || !b.IsBoolFlag()) {
			i++ // the next argument is this option's value
		}
	}
	return nil
}

// optionList names the options of a flag set: "--content, --lang".
func optionList(fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, "--"+f.Name) })
	slices.Sort(names)
	return strings.Join(names, ", ")
}
