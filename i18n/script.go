package i18n

import (
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Direction is the writing direction of a language.
type Direction int

const (
	// LeftToRight is the direction of Latin, Cyrillic, Ethiopic and most scripts.
	LeftToRight Direction = iota
	// RightToLeft is the direction of Arabic, Hebrew, Thaana and a few more.
	RightToLeft
)

// String returns "ltr" or "rtl", as in HTML's dir attribute.
func (d Direction) String() string {
	if d == RightToLeft {
		return "rtl"
	}
	return "ltr"
}

// DirectionOf returns the writing direction of the language with the given
// code, decided by its (explicit or likely) script. Arabic, Persian, Dari
// ("prs"), Pashto, Urdu, Sorani ("ckb"), Hebrew, Yiddish, Dhivehi and other
// languages in the Arab, Hebr, Thaa, Syrc, Nkoo, Adlm, Mand, Samr, Rohg or
// Yezi scripts are RightToLeft. Everything else, including Tigrinya ("ti"),
// Somali ("so"), Ukrainian ("uk") and unparseable codes, is LeftToRight.
func DirectionOf(code string) Direction {
	t, err := parseCode(code)
	if err != nil {
		return LeftToRight
	}
	s, conf := t.Script()
	if conf == language.No {
		return LeftToRight
	}
	switch s.String() {
	case "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Mand", "Samr", "Rohg", "Yezi":
		return RightToLeft
	}
	return LeftToRight
}

// NativeName returns the language's name in itself, e.g. "Norsk bokmål",
// "English", "Українська", "العربية", "Soomaali", "ትግርኛ", "فارسی", with the
// first letter upper-cased by that language's casing rules where its script
// has case. It uses CLDR via golang.org/x/text/language/display, with these
// gaps filled:
//   - "prs" (Dari) is unknown to CLDR; it is named as "fa-AF": "دری".
//   - "ku" and "kmr" (Kurmanji) have no self name in x/text; they get "Kurdî".
//
// For any other code without a name (e.g. "dv") it returns the code itself.
func NativeName(code string) string {
	t, err := parseCode(code)
	if err != nil {
		return code
	}
	name := display.Self.Name(t)
	if name == "" {
		if b, _ := t.Base(); b.String() == "ku" || b.String() == "kmr" {
			name = "kurdî"
		}
	}
	if name == "" {
		return code
	}
	return titleFirstWord(t, name)
}

// titleFirstWord title-cases the leading run of letters and marks of s with
// t's casing rules (so Dutch "ij" becomes "IJ") and leaves the rest alone.
func titleFirstWord(t language.Tag, s string) string {
	end := len(s)
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			end = i
			break
		}
	}
	return cases.Title(t, cases.NoLower).String(s[:end]) + s[end:]
}
