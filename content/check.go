package content

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Check loads the guide data in fsys and validates it with opt. It is the one validation
// that `helseguide check` and the program (through Open) share. It returns every problem
// found, ordered by file and line, and the guide, or nil when the structure, the facts or
// the source language could not be loaded at all.
func Check(fsys fs.FS, opt ValidateOptions) (*Guide, []*Problem) {
	l := &loader{fsys: fsys, raw: map[string][]byte{}}
	g, err := l.load()
	if err != nil {
		problems := append(l.problems, asProblem(err))
		sortProblems(problems)
		return nil, problems
	}
	g.raw, g.loadProblems = l.raw, l.problems
	return g, Validate(g, opt)
}

// asProblem returns err as a *Problem (the loader only returns those).
func asProblem(err error) *Problem {
	if p, ok := err.(*Problem); ok {
		return p
	}
	return &Problem{Msg: err.Error()}
}

// Open loads the guide in fsys to run it. It applies the same validation as Check, without
// a clock: a kiosk whose clock is wrong still shows the guide, so checked dates are not
// compared. A language other than the source language that has errors is left out and
// listed in the result; errors in the structure, the facts or the source language stop
// the program: Open then returns a *GuideError.
func Open(fsys fs.FS) (*Guide, []DroppedLanguage, error) {
	g, problems := Check(fsys, ValidateOptions{})
	var fatal []*Problem
	byLang := map[string][]*Problem{}
	for _, p := range problems {
		switch {
		case p.Warning:
		case g == nil || p.Lang == "" || p.Lang == g.SourceLanguage:
			fatal = append(fatal, p)
		default:
			byLang[p.Lang] = append(byLang[p.Lang], p)
		}
	}
	if len(fatal) > 0 {
		return nil, nil, &GuideError{Problems: fatal}
	}
	var dropped []DroppedLanguage
	for _, code := range slices.Sorted(maps.Keys(byLang)) {
		delete(g.Languages, code)
		dropped = append(dropped, DroppedLanguage{Code: code, Problems: byLang[code]})
	}
	return g, dropped, nil
}

// OpenEmbedded loads the guide built into the binary to run it. That copy is validated in
// full before a binary can be made from it (TestValidateEmbedded, and `helseguide check` in
// CI), and it cannot change afterwards, so at start only what keeps a person safe is
// checked again: the loader's own checks (every file well formed, no control characters)
// and the emergency line (113, then 116 117). The whole validation would cost some 40 ms at
// every start of a kiosk for nothing; a --content guide goes through Open instead.
func OpenEmbedded() (*Guide, error) {
	l := &loader{fsys: Embedded(), raw: map[string][]byte{}}
	g, err := l.load()
	if err != nil {
		return nil, &GuideError{Problems: []*Problem{asProblem(err)}}
	}
	g.raw = l.raw
	v := &validator{g: g}
	v.emergency()
	problems := append(slices.Clone(l.problems), v.problems...)
	var fatal []*Problem
	for _, p := range problems {
		if !p.Warning {
			fatal = append(fatal, p)
		}
	}
	if len(fatal) > 0 {
		sortProblems(fatal)
		return nil, &GuideError{Problems: fatal}
	}
	return g, nil
}

// DroppedLanguage is a language Open left out because its files have errors.
type DroppedLanguage struct {
	Code     string
	Problems []*Problem // the errors, ordered by file and line
}

// GuideError says why the guide cannot run: errors in its structure, its facts or its
// source language. Its message is the first error's; errors.As finds that *Problem.
type GuideError struct {
	Problems []*Problem // the errors, ordered by file and line; at least one
}

// Error returns the first error as "file:line: message".
func (e *GuideError) Error() string { return e.Problems[0].Error() }

// Unwrap returns the first error.
func (e *GuideError) Unwrap() error { return e.Problems[0] }

// languageOfFile returns the language a file of the guide data belongs to: <code> for
// lang/<code> and everything in it, "" for the rest.
func languageOfFile(file string) string {
	rest, ok := strings.CutPrefix(file, langDir+"/")
	if !ok {
		return ""
	}
	code, _, _ := strings.Cut(rest, "/")
	return code
}

// languageCodeRule says which names a language folder may have, for error messages.
const languageCodeRule = `a language code of 2 or 3 lower-case letters that golang.org/x/text knows, in its current spelling (ISO 639, like "en", "nb", "ar", "so", "prs")`

// checkLanguageCode returns an error unless code may name a language: 2 or 3 lower-case
// letters a–z that x/text parses as a language (so i18n.NewMatcher accepts it), in the
// spelling x/text uses (not "iw" for "he"), and not a code for no particular language
// ("und", "mul", "mis", "zxx", private use "qaa"–"qtz").
func checkLanguageCode(code string) error {
	if len(code) < 2 || len(code) > 3 || strings.IndexFunc(code, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return fmt.Errorf("%q is not %s", code, languageCodeRule)
	}
	tag, err := language.Parse(code)
	if err != nil {
		return fmt.Errorf("%q is not a language that golang.org/x/text knows; use %s", code, languageCodeRule)
	}
	if tag.String() != code {
		return fmt.Errorf("%q is an old spelling of %q; use %s", code, tag, languageCodeRule)
	}
	switch {
	case code == "und" || code == "mul" || code == "mis" || code == "zxx",
		len(code) == 3 && code >= "qaa" && code <= "qtz":
		return fmt.Errorf("%q names no particular language; use %s", code, languageCodeRule)
	}
	return nil
}
