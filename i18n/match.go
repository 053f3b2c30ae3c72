package i18n

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Matcher matches user preferences to the languages the guide has.
type Matcher struct {
	codes   []string
	matcher language.Matcher
}

// NewMatcher builds a Matcher over the supported codes, e.g.
// []string{"en", "nb"}. It returns an error if the list is empty or a code
// does not parse as a BCP 47 tag.
func NewMatcher(supported []string) (*Matcher, error) {
	if len(supported) == 0 {
		return nil, errors.New("new matcher: no supported languages")
	}
	tags := make([]language.Tag, len(supported))
	for i, code := range supported {
		t, err := parseCode(code)
		if err != nil {
			return nil, fmt.Errorf("new matcher: supported language %q: %w", code, err)
		}
		tags[i] = t
	}
	return &Matcher{
		codes:   append([]string(nil), supported...),
		matcher: language.NewMatcher(tags),
	}, nil
}

// Match returns the supported code, exactly as given to NewMatcher, that best
// fits prefs (most preferred first), and whether the match is confident
// (language.Exact or language.High). Norwegian "no", "nn", "nb" and "nb-NO"
// all match "nb". Note that CLDR also rates Danish ("da") a High match for
// "nb", and Swedish ("sv") no match; the tests record this decision. With no
// prefs, no match, or only a weak one it returns ("", false).
func (m *Matcher) Match(prefs ...language.Tag) (code string, ok bool) {
	if len(prefs) == 0 {
		return "", false
	}
	canon := make([]language.Tag, len(prefs))
	for i, p := range prefs {
		canon[i] = canonical(p)
	}
	// The returned tag may carry -u- extensions (e.g. "nb-u-rg-nozzzz"), so
	// use the index, never the tag's String().
	_, i, conf := m.matcher.Match(canon...)
	if conf != language.Exact && conf != language.High {
		return "", false
	}
	return m.codes[i], true
}

// MatchString parses a user-given value such as "nb_NO.UTF-8", "NB", "en-GB"
// or "no" (cleaning it as a POSIX locale first) and matches it. When nothing
// fits confidently it returns an error naming the value and listing the
// supported codes, e.g. `unknown language "xx": choose one of en, nb`.
func (m *Matcher) MatchString(s string) (string, error) {
	if clean := CleanPOSIX(s); clean != "" {
		if code, ok := m.Match(language.Make(clean)); ok {
			return code, nil
		}
	}
	return "", fmt.Errorf("unknown language %q: choose one of %s", s, strings.Join(m.codes, ", "))
}
