// Package i18n detects the user's language, matches it to the guide's
// languages, and knows text direction and native names. It knows nothing of
// health care.
package i18n

import "golang.org/x/text/language"

// canonical rewrites tags that CLDR, and so golang.org/x/text, does not know
// under their own code into the spelling it does know. Today that is only
// Dari: ISO 639-3 "prs" is "fa-AF" in CLDR, and x/text has no script, name or
// matching data for "prs" itself.
func canonical(t language.Tag) language.Tag {
	b, _ := t.Base()
	if b.String() != "prs" {
		return t
	}
	parts := []interface{}{language.MustParseBase("fa")}
	if s, conf := t.Script(); conf == language.Exact {
		parts = append(parts, s)
	}
	if r, conf := t.Region(); conf == language.Exact {
		parts = append(parts, r)
	} else {
		parts = append(parts, language.MustParseRegion("AF"))
	}
	c, err := language.Compose(parts...)
	if err != nil {
		return t
	}
	return c
}

// parseCode parses a language code such as "nb", "fa-AF" or "prs" and
// returns its canonical tag.
func parseCode(code string) (language.Tag, error) {
	t, err := language.Parse(code)
	if err != nil {
		return language.Und, err
	}
	return canonical(t), nil
}
