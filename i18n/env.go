package i18n

import (
	"strings"

	"golang.org/x/text/language"
)

// Getenv is how the environment is read (os.Getenv in main, a map in tests).
type Getenv func(string) string

// CleanPOSIX turns a POSIX locale of the form
// language[_territory][.codeset][@modifier], such as "nb_NO.UTF-8",
// "en_US@euro" or "uk_UA.utf8", into a canonical BCP 47 string ("nb-NO",
// "en-US", "uk-UA"). The modifiers @latin, @cyrillic and @devanagari become a
// script subtag ("sr_RS@latin" gives "sr-Latn-RS"); other modifiers are
// dropped. BCP 47 input passes through canonicalised ("EN-gb" gives "en-GB"),
// without its extensions and private use ("de-DE-u-co-phonebk" gives "de-DE").
// It returns "" for "", "C", "POSIX", "C.UTF-8", "und" and anything that does
// not parse as a language tag.
func CleanPOSIX(s string) string {
	s = strings.TrimSpace(s)
	var script string
	if i := strings.IndexByte(s, '@'); i >= 0 {
		switch strings.ToLower(s[i+1:]) {
		case "latin":
			script = "Latn"
		case "cyrillic":
			script = "Cyrl"
		case "devanagari":
			script = "Deva"
		}
		s = s[:i]
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	if s == "" || s == "C" || s == "POSIX" {
		return ""
	}
	s = strings.ReplaceAll(s, "_", "-")
	if script != "" {
		if lang, rest, found := strings.Cut(s, "-"); found {
			s = lang + "-" + script + "-" + rest
		} else {
			s = lang + "-" + script
		}
	}
	t, err := language.Parse(s)
	if err == nil {
		t, err = languageOnly(t)
	}
	if err != nil || t == language.Und {
		// A modifier-derived script may clash with the rest (e.g. a script
		// given twice); fall back to the tag without it.
		if script == "" {
			return ""
		}
		return CleanPOSIX(strings.Replace(s, "-"+script, "", 1))
	}
	return t.String()
}

// languageOnly returns t with only its language, script, region and variants:
// extensions (-u-, -t-, …) and private use (-x-) are dropped. A locale names a
// language, and nothing the guide does depends on the rest. It also keeps
// CleanPOSIX idempotent: golang.org/x/text does not canonicalise extensions
// to a fixed point (e.g. a repeated -u- extension is reordered again on every
// parse), while a tag of these four parts parses back to itself.
func languageOnly(t language.Tag) (language.Tag, error) {
	b, s, r := t.Raw()
	if b == (language.Base{}) {
		return language.Und, nil // private use only, such as "x-private"
	}
	return language.Compose(b, s, r, t.Variants())
}

// Locale returns the locale variable that names the user's language, by the
// rules of Detect, and its value without surrounding space, such as "LANG",
// "pt_BR.UTF-8". It returns "", "" when none of LC_ALL, LC_MESSAGES and LANG
// holds a real language (each is unset, empty, "C", "POSIX", "C.UTF-8" or
// unparseable), the normal state in scripts and CI.
func Locale(getenv Getenv) (name, value string) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); CleanPOSIX(v) != "" {
			return name, strings.TrimSpace(v)
		}
	}
	return "", ""
}

// Detect returns the user's preferred language tags from the environment,
// most preferred first, without duplicates; nil when nothing usable is set.
//
// The locale is taken from LC_ALL, then LC_MESSAGES, then LANG: the first
// that holds a real language wins, as in POSIX. Unlike POSIX, a variable that
// is empty, "C", "POSIX", "C.UTF-8" or unparseable is treated as unset and
// the search falls through to the next one. This is deliberate: on kiosks and
// in containers LC_ALL=C is usually incidental, not a choice of language.
//
// LANGUAGE, GNU gettext's colon-separated list such as "nn:nb:en", is honoured
// only when one of the locale variables gave a language (gettext ignores it
// in the C locale). As in gettext it takes precedence, so its entries come
// first, followed by the locale's language. Unparseable entries are skipped.
func Detect(getenv Getenv) []language.Tag {
	_, raw := Locale(getenv)
	if raw == "" {
		return nil
	}
	locale := CleanPOSIX(raw)
	var (
		tags []language.Tag
		seen = map[string]bool{}
	)
	add := func(s string) {
		if s == "" || seen[s] {
			return
		}
		seen[s] = true
		tags = append(tags, language.Make(s))
	}
	for _, entry := range strings.Split(getenv("LANGUAGE"), ":") {
		add(CleanPOSIX(entry))
	}
	add(locale)
	return tags
}
